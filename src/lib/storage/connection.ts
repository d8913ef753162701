/**
 * The connection to the workbook's IndexedDB database: the only place records live.
 * Nothing is sent anywhere. (Layout and upgrades: `migrations.ts`; shapes: `schema.ts`;
 * transactions: `transactions.ts`.)
 *
 * ## Lifecycle
 *
 * One memoised connection (`getDb`). When another tab opens a newer version (or deletes
 * the database) we close ours at once, forget it and emit `version-changed`. When the
 * browser closes it (`terminated`) we forget it and reopen on next use (`runWrite` and
 * `runRead` retry once on a fresh connection when theirs went away). If opening is
 * blocked by a tab that does not let go, the open settles within 2 s with a `blocked`
 * StorageError; so does deleting the database (`erase.ts`).
 */
import { openDB } from 'idb';
import { StorageError, toStorageError } from './errors';
import { emitStorageEvent } from './events';
import { lossIfEmpty, noteDatabaseCreated } from './health';
import { upgradeSteps } from './migrations';
import type { UpgradeStep, WorkbookDB, WorkbookDatabase } from './migrations';

// The name, and a look for the database that needs no connection (and no idb): `exists.ts`.
export { DB_NAME, databaseExists } from './exists';
import { DB_NAME } from './exists';

/** How long to wait for other tabs to let go before an open fails as `blocked`. */
export const BLOCKED_TIMEOUT_MS = 1000;

/** Options for `openWorkbookDb`. */
export interface OpenOptions {
  /** The upgrade steps (tests inject failing ones); the version opened is `steps.length`. */
  steps?: readonly UpgradeStep[];
  /** How long to wait when blocked before failing (default `BLOCKED_TIMEOUT_MS`). */
  blockedTimeoutMs?: number;
  /**
   * How long an open may make no progress at all (no `blocked`, no upgrade, no success)
   * before failing as `blocked` (default 3 × the blocked timeout). This happens to an
   * open queued behind an earlier one that is still blocked: it never hears `blocked`.
   */
  stalledTimeoutMs?: number;
  /** Called after the connection was closed because another tab wants a new version or to delete. */
  onVersionChange?: (deleted: boolean) => void;
  /** Called when the browser closed the connection. */
  onTerminated?: () => void;
}

/**
 * Opens a new connection, running upgrade steps as needed (not memoised: use `getDb`).
 * Rejects with a StorageError: `blocked` (other tabs hold an old version open for
 * longer than the timeout), `version-changed` (the stored database is newer than this
 * code), `unavailable`, `quota` or `unknown` (an upgrade step failed; nothing changed).
 * The connection closes itself when another tab needs a version change.
 */
export function openWorkbookDb(options: OpenOptions = {}): Promise<WorkbookDatabase> {
  const steps = options.steps ?? upgradeSteps;
  const version = steps.length;
  return new Promise<WorkbookDatabase>((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // No timer yet: `fail` may run (and clear it) before the timer starts below.
    let stalled: ReturnType<typeof setTimeout> | undefined = undefined;
    const fail = (error: unknown): void => {
      if (timer !== undefined) clearTimeout(timer);
      clearTimeout(stalled);
      if (settled) return;
      settled = true;
      reject(toStorageError(error));
    };

    try {
      indexedDbFactory();
    } catch (error) {
      fail(error);
      return;
    }

    let opening: Promise<WorkbookDatabase>;
    try {
      opening = openDB<WorkbookDB>(DB_NAME, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          clearTimeout(stalled);
          tx.done.catch(() => undefined);
          if (oldVersion === 0) noteDatabaseCreated();
          const target = newVersion ?? version;
          const run = async (): Promise<void> => {
            for (let v = oldVersion; v < target; v += 1) {
              const step = steps[v];
              if (step === undefined) throw new Error(`No upgrade step from version ${v}`);
              await step(db, tx);
            }
          };
          run().catch((error: unknown) => {
            upgradeError = error;
            try {
              tx.abort();
            } catch {
              // The transaction has already finished; nothing more we can do.
            }
          });
        },
        blocked() {
          clearTimeout(stalled);
          emitStorageEvent({ type: 'blocked' });
          if (timer === undefined && !settled) {
            timer = setTimeout(() => fail(new StorageError('blocked')), options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS);
          }
        },
        blocking(_currentVersion, blockedVersion, event) {
          try {
            (event.target as IDBDatabase).close();
          } finally {
            options.onVersionChange?.(blockedVersion === null);
          }
        },
        terminated() {
          options.onTerminated?.();
        },
      });
    } catch (error) {
      fail(error);
      return;
    }

    // Queued behind an earlier open that is still blocked, this one hears nothing: never hang.
    stalled = setTimeout(
      () => fail(new StorageError('blocked')),
      options.stalledTimeoutMs ?? 3 * (options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS),
    );
    opening.then(
      (db) => {
        if (timer !== undefined) clearTimeout(timer);
        clearTimeout(stalled);
        if (settled) {
          // We already said "blocked"; this late connection is not wanted.
          db.close();
          return;
        }
        settled = true;
        resolve(db);
      },
      (error: unknown) => fail(upgradeError ?? error),
    );
  });
}

let dbPromise: Promise<WorkbookDatabase> | null = null;

/** The shared connection, opened on first use and reopened after it was lost. */
export function getDb(): Promise<WorkbookDatabase> {
  if (dbPromise) return dbPromise;
  const promise: Promise<WorkbookDatabase> = openWorkbookDb({
    onVersionChange: (deleted) => {
      if (dbPromise === promise) dbPromise = null;
      // Deleted while the marker still says "saved here": not "Delete everything" (it
      // removes the marker first) but the browser or something else throwing it away.
      const lost = deleted ? lossIfEmpty() : undefined;
      emitStorageEvent(lost ? { type: 'version-changed', deleted, lost } : { type: 'version-changed', deleted });
    },
    onTerminated: () => {
      if (dbPromise === promise) dbPromise = null;
      emitStorageEvent({ type: 'terminated' });
    },
  });
  dbPromise = promise;
  promise.catch(() => {
    if (dbPromise === promise) dbPromise = null;
  });
  return promise;
}

/** Closes the shared connection (if any). The next call to storage opens it again. */
export async function closeDb(): Promise<void> {
  const promise = dbPromise;
  dbPromise = null;
  if (!promise) return;
  try {
    (await promise).close();
  } catch {
    // It never opened.
  }
}

/**
 * Forgets a connection that failed, closing it first, so the next use opens a new one.
 * @internal for `transactions.ts`.
 */
export function forgetConnection(db: WorkbookDatabase | undefined): void {
  if (db) {
    try {
      db.close();
    } catch {
      // Already closed.
    }
  }
  dbPromise = null;
}

/** The IndexedDB factory, or a StorageError when this browser will not give one. */
export function indexedDbFactory(): IDBFactory {
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch (error) {
    throw toStorageError(error);
  }
  if (factory === undefined || factory === null) throw new StorageError('unavailable');
  return factory;
}
