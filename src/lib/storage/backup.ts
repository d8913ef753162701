/**
 * Backup files: export everything (or one mentee) as JSON, check a file strictly before
 * anything of it touches the database, and merge it in by id.
 *
 * A backup file holds records without their `date` (format 1 is unchanged); importing
 * brings each record up to date with the `upgradeRecord` hook, stores it that way and
 * works its `date` out with the `recordDate` hook (see `hooks.ts`).
 *
 * Merge rules (`applyImport`), per person and per record, by id:
 * - not on this tablet → added;
 * - the file's copy has a higher `revision` (or the same revision and a later
 *   `updatedAt`) → the file's copy replaces this tablet's;
 * - otherwise this tablet's copy stays.
 * Signed means sealed: a sealed record on this tablet (see `records.ts`) that is a
 * correction, or that a correction was started from, is replaced only by a copy that is
 * sealed too and has the same link to a newer version (`supersededBy`): an older copy of
 * a corrected record never undoes the correction.
 * Nothing on the tablet is ever deleted, and it all happens in one transaction: if any
 * part fails, nothing changes.
 */
import * as v from 'valibot';
import { t } from '../../i18n/storage';
import { StorageError } from './errors';
import { dateOf, upgraded } from './hooks';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupSchema,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_RECORDS,
  MENTOR_ID,
  checkFormValues,
  findForbiddenKey,
} from './schema';
import type { BackupFile, BackupRecord, Person, StoredRecord } from './schema';
import { isSealed } from './records';
import { nowIso, runRead, runWrite, touchLastChange } from './transactions';
import { noteBackup } from './health';

export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MAX_BACKUP_BYTES };
export type { BackupFile };

/** The Easy Read problems `parseBackupText` can report (words from the catalog, `storage.backup.*`). */
export const backupProblems = {
  get tooBig(): string {
    return t('storage.backup.tooBig', { megabytes: MAX_BACKUP_BYTES / (1024 * 1024) });
  },
  get notBackup(): string {
    return t('storage.backup.notBackup');
  },
  get newer(): string {
    return t('storage.backup.newer');
  },
  /** `part` says which part, e.g. "record 12, the answer "goal"". */
  damaged: (part: string): string => t('storage.backup.damaged', { part }),
};

/** The answer from `parseBackupText`. */
export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; problem: string };

/** Options for `exportBackup`. */
export interface ExportOptions {
  /** Only this mentee and their records (no mentor profile). Leave out for everything. */
  personId?: string;
  /** The app's version, written into the file. */
  appVersion: string;
  /** The time of the backup. */
  now: Date;
}

/**
 * Makes a backup of everything on this tablet (every plan version included), or of one
 * mentee when `personId` is given. Records are written as stored (not upgraded): the
 * tablet that opens the file upgrades them. Build the file text with `serializeBackup`.
 * @throws StorageError `not-found` when `personId` is not a mentee.
 */
export async function exportBackup(options: ExportOptions): Promise<BackupFile> {
  const { personId } = options;
  const { mentor, people, records } = await runRead(['people', 'records'], async (tx) => {
    if (personId !== undefined) {
      const person = await tx.objectStore('people').get(personId);
      if (!person || person.kind !== 'mentee') throw new StorageError('not-found');
      const range = IDBKeyRange.bound([personId], [personId, []]);
      const own = await tx.objectStore('records').index('by-person-updated').getAll(range);
      return { mentor: null, people: [person], records: own };
    }
    const everyone = await tx.objectStore('people').getAll();
    const all = await tx.objectStore('records').getAll();
    return {
      mentor: everyone.find((p) => p.kind === 'mentor') ?? null,
      people: everyone.filter((p) => p.kind === 'mentee'),
      records: all,
    };
  });
  const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: options.now.toISOString(),
    mentor: mentor ?? null,
    people: people.sort(byCreated),
    records: records.map(withoutDate).sort(byCreated),
  };
}

/** A stored record as a backup file holds it: without `date`. */
function withoutDate({ date: _date, ...record }: StoredRecord): BackupRecord {
  return record;
}

/** The text of a backup file (compact JSON). */
export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/**
 * The file name for a backup, with the local date: `workbook-backup-2026-11-22.json`, or
 * for one mentee `workbook-backup-mentee-2026-11-22.json`. Never a name: file names stay
 * in the browser's list of downloads.
 */
export function backupFileName(now: Date, part?: 'mentee'): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return part === undefined ? `workbook-backup-${date}.json` : `workbook-backup-${part}-${date}.json`;
}

/** A key or field name from the file, made safe to show. */
function shown(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9 _-]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}

/** Words for where in the file a problem is. */
function describePath(keys: readonly unknown[]): string {
  const [top, index, field, answer] = keys;
  if ((top === 'records' || top === 'people') && typeof index === 'number') {
    const number = String(index + 1);
    if (top === 'records') {
      if (field === 'data' && typeof answer === 'string') return t('storage.backup.part.recordAnswer', { number, answer: shown(answer) });
      if (typeof field === 'string') return t('storage.backup.part.recordPart', { number, part: shown(field) });
      return t('storage.backup.part.record', { number });
    }
    if (typeof field === 'string') return t('storage.backup.part.personPart', { number, part: shown(field) });
    return t('storage.backup.part.person', { number });
  }
  if (top === 'mentor') {
    return typeof index === 'string' ? t('storage.backup.part.mentorPart', { part: shown(index) }) : t('storage.backup.part.mentor');
  }
  if (typeof top === 'string') return t('storage.backup.part.part', { part: shown(top) });
  return t('storage.backup.part.wholeFile');
}

/** True for a record (not a person). */
function isRecord(x: object): x is BackupRecord {
  return 'formId' in x && 'data' in x;
}

/**
 * The tablet's records that an import must never put an older copy of back: sealed
 * corrections, and sealed versions a correction was started from. Reads the newer
 * versions in the same transaction.
 */
async function correctedOnTablet(
  existing: readonly (StoredRecord | undefined)[],
  get: (id: string) => Promise<StoredRecord | undefined>,
): Promise<(StoredRecord | undefined)[]> {
  const newer = await Promise.all(
    existing.map((r) => (r?.supersededBy !== undefined && isSealed(r) ? get(r.supersededBy) : Promise.resolve(undefined))),
  );
  return existing.map((r, i) => (r && isSealed(r) && (r.correction !== undefined || newer[i]?.correction !== undefined) ? r : undefined));
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Cross-checks the schema cannot express. Returns the damaged part, or undefined. */
function crossCheck(backup: BackupFile): string | undefined {
  if (backup.mentor && (backup.mentor.kind !== 'mentor' || backup.mentor.id !== MENTOR_ID)) return t('storage.backup.part.mentor');
  const personIds = new Set<string>();
  if (backup.mentor) personIds.add(backup.mentor.id);
  for (const [i, p] of backup.people.entries()) {
    const number = String(i + 1);
    if (p.kind !== 'mentee' || p.id === MENTOR_ID) return t('storage.backup.part.personPart', { number, part: 'kind' });
    if (personIds.has(p.id)) return t('storage.backup.part.personTwice', { number });
    personIds.add(p.id);
  }
  const recordIds = new Set<string>();
  for (const [i, r] of backup.records.entries()) {
    const number = String(i + 1);
    if (recordIds.has(r.id)) return t('storage.backup.part.recordTwice', { number });
    recordIds.add(r.id);
    if (!personIds.has(r.personId)) return t('storage.backup.part.recordWithoutPerson', { number });
  }
  return undefined;
}

/** Backups that came out of `parseBackupText`, so importing need not check them again. */
const checkedBackups = new WeakSet<BackupFile>();

/** Checks a backup object (with the same rules as a file). Returns the problem, or undefined. */
function checkBackupObject(raw: unknown): ParseBackupResult {
  const refuse = (problem: string): ParseBackupResult => ({ ok: false, problem });
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) return refuse(backupProblems.notBackup);
  const formatVersion = raw['formatVersion'];
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse(backupProblems.newer);
  }
  if (formatVersion !== BACKUP_FORMAT_VERSION) return refuse(backupProblems.damaged(t('storage.backup.part.formatVersion')));
  for (const [part, key] of [['people', 'storage.backup.part.tooManyPeople'], ['records', 'storage.backup.part.tooManyRecords']] as const) {
    const list = raw[part];
    if (Array.isArray(list) && list.length > MAX_BACKUP_RECORDS) {
      return refuse(backupProblems.damaged(t(key, { count: MAX_BACKUP_RECORDS })));
    }
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== undefined) return refuse(backupProblems.damaged(t('storage.backup.part.namedPart', { part: forbidden })));
  const result = v.safeParse(BackupSchema, raw, { abortEarly: true });
  if (!result.success) {
    const keys = result.issues[0]?.path?.map((item) => item.key) ?? [];
    return refuse(backupProblems.damaged(describePath(keys)));
  }
  // valibot built the output from checked fields only, as new objects.
  const backup = result.output;
  const damaged = crossCheck(backup);
  if (damaged !== undefined) return refuse(backupProblems.damaged(damaged));
  checkedBackups.add(backup);
  return { ok: true, backup };
}

/** The backup itself if it came from `parseBackupText`, else a checked copy; throws TypeError if bad. */
function checked(backup: BackupFile): BackupFile {
  if (checkedBackups.has(backup)) return backup;
  const result = checkBackupObject(backup);
  if (!result.ok) throw new TypeError(`Not a valid backup: ${result.problem}`);
  return result.backup;
}

/**
 * Checks a backup file's text completely before anything is imported. Never throws.
 * @param sizeBytes the file's size in bytes (`File#size`).
 * @returns the backup as new objects built only from checked fields, or an Easy Read problem.
 */
export function parseBackupText(text: string, sizeBytes: number): ParseBackupResult {
  const refuse = (problem: string): ParseBackupResult => ({ ok: false, problem });
  if (!(sizeBytes <= MAX_BACKUP_BYTES) || text.length > MAX_BACKUP_BYTES) return refuse(backupProblems.tooBig);
  let raw: unknown;
  try {
    // A byte-order mark is harmless; anything else that is not JSON is refused.
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    const looksLikeOurs = text.trimStart().startsWith('{') && text.includes(`"${BACKUP_FORMAT}"`);
    return refuse(looksLikeOurs ? backupProblems.damaged(t('storage.backup.part.cutShort')) : backupProblems.notBackup);
  }
  return checkBackupObject(raw);
}

/** How an incoming copy compares with this tablet's. */
type MergeDecision = 'new' | 'newer' | 'older-or-same';

/**
 * The merge rule: higher revision wins; on equal revisions, the later `updatedAt` wins.
 * @param corrected the tablet's copy when it is corrected (see `correctedOnTablet`): it
 *   stays unless the file's copy is sealed and has the same link to a newer version.
 */
function decideMerge(
  incoming: { revision: number; updatedAt: string },
  existing: { revision: number; updatedAt: string } | undefined,
  corrected?: StoredRecord,
): MergeDecision {
  if (!existing) return 'new';
  if (corrected && isRecord(incoming) && (!isSealed(incoming) || incoming.supersededBy !== corrected.supersededBy)) {
    return 'older-or-same';
  }
  if (incoming.revision > existing.revision) return 'newer';
  if (incoming.revision === existing.revision && incoming.updatedAt > existing.updatedAt) return 'newer';
  return 'older-or-same';
}

/** Counts for one form. */
interface FormImportCounts {
  newRecords: number;
  newerRecords: number;
  olderOrSameRecords: number;
}

/** What an import will do (`planImport`) or did (`applyImport`). */
export interface ImportPlan {
  newMentees: number;
  newerMentees: number;
  olderOrSameMentees: number;
  newRecords: number;
  newerRecords: number;
  olderOrSameRecords: number;
  /** True when the file's mentor profile is added or replaces this tablet's. */
  mentorChanged: boolean;
  /** Per form id. A null-prototype object, so any form id is a safe key. */
  byForm: Record<string, FormImportCounts>;
}

interface Decisions {
  plan: ImportPlan;
  people: { person: Person; decision: MergeDecision }[];
  records: { record: BackupRecord; decision: MergeDecision }[];
}

function decideAll(
  backup: BackupFile,
  incomingPeople: readonly Person[],
  existingPeople: readonly (Person | undefined)[],
  existingRecords: readonly (StoredRecord | undefined)[],
  corrected: readonly (StoredRecord | undefined)[],
): Decisions {
  const byForm = Object.create(null) as Record<string, FormImportCounts>;
  const plan: ImportPlan = {
    newMentees: 0,
    newerMentees: 0,
    olderOrSameMentees: 0,
    newRecords: 0,
    newerRecords: 0,
    olderOrSameRecords: 0,
    mentorChanged: false,
    byForm,
  };
  const people = incomingPeople.map((person, i) => {
    const decision = decideMerge(person, existingPeople[i]);
    if (person.kind === 'mentor') plan.mentorChanged = decision !== 'older-or-same';
    else if (decision === 'new') plan.newMentees += 1;
    else if (decision === 'newer') plan.newerMentees += 1;
    else plan.olderOrSameMentees += 1;
    return { person, decision };
  });
  const records = backup.records.map((record, i) => {
    const decision = decideMerge(record, existingRecords[i], corrected[i]);
    const counts = (byForm[record.formId] ??= { newRecords: 0, newerRecords: 0, olderOrSameRecords: 0 });
    if (decision === 'new') {
      plan.newRecords += 1;
      counts.newRecords += 1;
    } else if (decision === 'newer') {
      plan.newerRecords += 1;
      counts.newerRecords += 1;
    } else {
      plan.olderOrSameRecords += 1;
      counts.olderOrSameRecords += 1;
    }
    return { record, decision };
  });
  return { plan, people, records };
}

function incomingPeopleOf(backup: BackupFile): Person[] {
  return backup.mentor ? [backup.mentor, ...backup.people] : [...backup.people];
}

/**
 * Says what importing a backup would do, without changing anything.
 * @throws TypeError when `backup` did not come from `parseBackupText` and is not valid.
 */
export async function planImport(unchecked: BackupFile): Promise<ImportPlan> {
  const backup = checked(unchecked);
  const incomingPeople = incomingPeopleOf(backup);
  return runRead(['people', 'records'], async (tx) => {
    const peopleStore = tx.objectStore('people');
    const recordStore = tx.objectStore('records');
    const [existingPeople, existingRecords] = await Promise.all([
      Promise.all(incomingPeople.map((p) => peopleStore.get(p.id))),
      Promise.all(backup.records.map((r) => recordStore.get(r.id))),
    ]);
    const corrected = await correctedOnTablet(existingRecords, (id) => recordStore.get(id));
    return decideAll(backup, incomingPeople, existingPeople, existingRecords, corrected).plan;
  });
}

/**
 * Merges a backup from `parseBackupText` into this tablet, in one transaction (all or
 * nothing). Nothing on the tablet is deleted. Any other object is checked first.
 * @returns what was done.
 * @throws TypeError when `backup` is not valid; StorageError when the database fails
 *   (then nothing was changed).
 */
export async function applyImport(unchecked: BackupFile): Promise<ImportPlan> {
  const backup = checked(unchecked);
  const incomingPeople = incomingPeopleOf(backup);
  const toStore = backup.records.map(imported);
  const at = nowIso();
  return runWrite(['people', 'records', 'meta'], async (tx) => {
    const peopleStore = tx.objectStore('people');
    const recordStore = tx.objectStore('records');
    const [existingPeople, existingRecords] = await Promise.all([
      Promise.all(incomingPeople.map((p) => peopleStore.get(p.id))),
      Promise.all(backup.records.map((r) => recordStore.get(r.id))),
    ]);
    const corrected = await correctedOnTablet(existingRecords, (id) => recordStore.get(id));
    const decisions = decideAll(backup, incomingPeople, existingPeople, existingRecords, corrected);
    const writes: Promise<unknown>[] = [];
    // Every request gets a handler at once: if a later put throws, the transaction is
    // aborted and these reject, which must not become unhandled rejections.
    const track = (request: Promise<unknown>): void => {
      request.catch(() => undefined);
      writes.push(request);
    };
    for (const { person, decision } of decisions.people) {
      if (decision !== 'older-or-same') track(peopleStore.put(person));
    }
    for (const [i, { decision }] of decisions.records.entries()) {
      const record = toStore[i];
      if (record && decision !== 'older-or-same') track(recordStore.put(record));
    }
    if (writes.length > 0) track(touchLastChange(tx.objectStore('meta'), at));
    await Promise.all(writes);
    return decisions.plan;
  });
}

/**
 * A record from a backup as it is stored: brought up to date by the `upgradeRecord` hook
 * (new answers are checked like a save) and with its `date`.
 * @throws TypeError when the upgrade makes answers that cannot be saved (a bug in a form migration).
 */
function imported(record: BackupRecord): StoredRecord {
  const next = upgraded(record);
  const data = next.data === record.data ? next.data : checkFormValues(next.data);
  return { ...next, data, date: dateOf(next.formId, data) };
}

/**
 * Checks a backup file's text and, when it is good, merges it in.
 * @returns what was done, or the Easy Read problem (nothing was changed).
 * @throws StorageError when the database fails (nothing was changed).
 */
export async function importBackupText(
  text: string,
  sizeBytes: number,
): Promise<{ ok: true; result: ImportPlan } | { ok: false; problem: string }> {
  const parsed = parseBackupText(text, sizeBytes);
  if (!parsed.ok) return parsed;
  return { ok: true, result: await applyImport(parsed.backup) };
}

/** The times kept in `meta`. */
export interface WorkbookMeta {
  /** The last time any data changed. */
  lastChangeAt?: string;
  /** The last time a full backup was made. */
  lastBackupAt?: string;
}

/** Reads the times kept in `meta`. */
export function readMeta(): Promise<WorkbookMeta> {
  return runRead(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const [lastChangeAt, lastBackupAt] = await Promise.all([store.get('lastChangeAt'), store.get('lastBackupAt')]);
    const meta: WorkbookMeta = {};
    if (lastChangeAt !== undefined) meta.lastChangeAt = lastChangeAt;
    if (lastBackupAt !== undefined) meta.lastBackupAt = lastBackupAt;
    return meta;
  });
}

/** Records that a full backup was made (call when the backup file was handed to the user). */
export async function markBackupMade(now: Date): Promise<void> {
  await runWrite(['meta'], async (tx) => {
    await tx.objectStore('meta').put(now.toISOString(), 'lastBackupAt');
  });
  noteBackup(now.toISOString());
}

/** Seven days, in milliseconds. */
const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * True when the page should remind the user to make a backup: something changed and
 * there was never a backup, or the last backup is more than 7 days older than the last
 * change.
 */
export function backupReminderDue(meta: WorkbookMeta): boolean {
  if (meta.lastChangeAt === undefined) return false;
  if (meta.lastBackupAt === undefined) return true;
  return Date.parse(meta.lastChangeAt) - Date.parse(meta.lastBackupAt) > BACKUP_REMINDER_MS;
}
