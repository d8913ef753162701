/**
 * Is the database still the one this tablet wrote? A small marker outside IndexedDB
 * (`localStorage`, key `wb.health`) remembers when the workbook last saved something and
 * when the last full backup file was made.
 *
 * Why: a browser may throw away a whole IndexedDB database under the page (Chromium does
 * when a write fails on a full disk), or something outside the workbook deletes it. Then
 * the database is empty, and a save says "not found". The marker survives that, so the
 * page can say the truth: the saved work is gone, the typing on screen is still there,
 * and the last backup file (with its date) brings the rest back.
 *
 * Lifecycle: written after every committed write that changed data (`noteSaved`, from
 * `runWrite`) and when a backup file is made (`noteBackup`); removed by "Delete
 * everything" (`forgetMarker`), so deleting on purpose is never reported as a loss.
 * The marker is a hint only: when localStorage is blocked or full, nothing is reported.
 */
/** The localStorage key of the marker. */
export const HEALTH_KEY = 'wb.health';

/** What the marker says. */
export interface HealthMarker {
  /** When the workbook last saved data (the database's `lastChangeAt`). */
  savedAt?: string;
  /** When the last full backup file was made. */
  backupAt?: string;
}

/** A timestamp as `Date#toISOString()` writes it (valibot's `isoTimestamp` pattern). */
const TIMESTAMP = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

/**
 * The marker in parsed JSON; undefined when it is damaged (not an object, or a time that is
 * not a timestamp). Checked by hand, not with a schema: this runs after every save.
 */
export function markerFrom(raw: unknown): HealthMarker | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { savedAt, backupAt } = raw as Record<string, unknown>;
  const marker: HealthMarker = {};
  for (const [key, value] of [['savedAt', savedAt], ['backupAt', backupAt]] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || !TIMESTAMP.test(value)) return undefined;
    marker[key] = value;
  }
  return marker;
}

/** The saved work is gone from the database. */
export interface Loss {
  /** When the last full backup file was made, if ever. */
  lastBackupAt: string | undefined;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the marker; an empty one when there is none, it is damaged, or storage is blocked. */
export function readMarker(storage: Storage | undefined = defaultStorage()): HealthMarker {
  try {
    const text = storage?.getItem(HEALTH_KEY);
    if (!text) return {};
    return markerFrom(JSON.parse(text)) ?? {};
  } catch {
    return {};
  }
}

function writeMarker(marker: HealthMarker, storage: Storage | undefined): void {
  try {
    storage?.setItem(HEALTH_KEY, JSON.stringify(marker));
  } catch {
    // Full or blocked: the marker is only a hint.
  }
}

/** Notes that data was saved at `at` (after the transaction committed). */
export function noteSaved(at: string, storage: Storage | undefined = defaultStorage()): void {
  knownLoss = undefined;
  writeMarker({ ...readMarker(storage), savedAt: at }, storage);
}

/** Notes that a full backup file was made at `at`. */
export function noteBackup(at: string, storage: Storage | undefined = defaultStorage()): void {
  writeMarker({ ...readMarker(storage), backupAt: at }, storage);
}

/** Removes the marker ("Delete everything": nothing is lost when it is deleted on purpose). */
export function forgetMarker(storage: Storage | undefined = defaultStorage()): void {
  knownLoss = undefined;
  try {
    storage?.removeItem(HEALTH_KEY);
  } catch {
    // Blocked: then there was no marker either.
  }
}

/** A loss found while this page runs (the database was made anew under a marker). */
let knownLoss: Loss | undefined;

/**
 * The loss the marker shows when the database is missing or empty: the workbook saved
 * before, so an empty database means it was thrown away.
 * @returns undefined when the marker says nothing was ever saved here.
 */
export function lossIfEmpty(storage: Storage | undefined = defaultStorage()): Loss | undefined {
  const marker = readMarker(storage);
  return marker.savedAt === undefined ? undefined : { lastBackupAt: marker.backupAt };
}

/**
 * Called when the database had to be created from nothing: if the workbook saved here
 * before, that is a loss, kept for the rest of this page (`knownLossNow`).
 */
export function noteDatabaseCreated(storage: Storage | undefined = defaultStorage()): void {
  knownLoss = lossIfEmpty(storage) ?? knownLoss;
}

/** The loss found on this page, if any. */
export function knownLossNow(): Loss | undefined {
  return knownLoss;
}
