/**
 * Filled forms ("records"): make, save, finish, list, version and delete them. A person's
 * records one page at a time (`lists.ts`) and deleting everything (`erase.ts`) are files of
 * their own: a form page's first load does without them.
 *
 * Every write is one transaction that also sets `meta.lastChangeAt`, and resolves only
 * after the transaction completed. Saves carry the revision the page loaded; if the
 * stored revision differs (another tab saved first), the save is refused with a
 * `conflict` StorageError that carries the stored record.
 *
 * Storage knows no form (see `hooks.ts`): every record returned has been through the
 * `upgradeRecord` hook, every write brings the record up to date the same way and sets
 * its `date` with the `recordDate` hook.
 *
 * ## Signed means sealed
 *
 * A record is sealed when it is finished and holds a signature (a `Signature` answer:
 * those only come from signature fields). A sealed record is never saved over nor made a
 * draft again (`conflict`); "Change it" makes a correction instead: `startNewVersion`
 * with `correction` (`versions.ts`), a new draft that `supersedes` it, signatures cleared, with the reason.
 * A correction is sealed only when it is finished and every signature of the version it
 * replaces is signed again. Until then the old version stays in force: lists and
 * `latestRecord` show the old version and leave the correction out; once it is sealed,
 * they show it and leave out the version it replaced (see `isInForce`). `getRecord` and
 * `versionHistory` still read every version.
 *
 * Reads check no shapes (the database holds only what a write checked); every write checks
 * its answers with the valibot schemas (`schema.ts`), which the first write loads.
 */
import { StorageError } from './errors';
import { dateOf, upgraded } from './hooks';
import { clearJournal } from './journal';
import { FORM_ID_PATTERN, ID_PATTERN, MAX_FORM_VERSION, isSignature } from './limits';
import type { Correction, FormValues, StoredRecord } from './schema';
import { nowIso, runRead, runWrite, touchLastChange } from './transactions';

/** What `createRecord` needs. */
export interface NewRecord {
  /**
   * The new record's id, when the page made one up front (so the journal and the URL can
   * name it before the first save). Default: `crypto.randomUUID()`.
   */
  id?: string;
  /** Kebab-case form id, e.g. `my-form`. */
  formId: string;
  /** The form definition's version. */
  formVersion: number;
  /** The mentee's id, or `MENTOR_ID` for the mentor's own forms. The person must exist. */
  personId: string;
  data: FormValues;
}

/** Options for `listRecordsForPerson`. */
export interface ListOptions {
  /** Only this form. */
  formId?: string;
  /** At most this many (the newest). */
  limit?: number;
}

function checkFormId(formId: string): void {
  if (!FORM_ID_PATTERN.test(formId)) throw new TypeError(`Not a form id: ${formId.slice(0, 50)}`);
}

export function checkFormVersion(formVersion: number): void {
  if (!Number.isInteger(formVersion) || formVersion < 1 || formVersion > MAX_FORM_VERSION) {
    throw new TypeError('A form version is a whole number from 1');
  }
}

/** The answer check of a save (`checkFormValues` in `schema.ts`). */
type CheckValues = (values: unknown) => FormValues;

/**
 * The valibot schemas, for a write: loaded by the first one (before its transaction starts:
 * a transaction must not wait for anything but its own requests).
 */
export function loadSchema(): Promise<typeof import('./schema')> {
  return import('./schema');
}

/**
 * The record brought up to date for a write: upgraded by the `upgradeRecord` hook (its
 * new answers checked like a save, with `check`), with its `date` worked out again.
 */
export function forWrite(record: StoredRecord, check: CheckValues): StoredRecord {
  const next = upgraded(record);
  if (next !== record) {
    checkFormVersion(next.formVersion);
    if (next.data !== record.data) next.data = check(next.data);
  }
  return withDate(next);
}

/** The record with its `date` from the `recordDate` hook (a copy when it changes). */
export function withDate(record: StoredRecord): StoredRecord {
  const date = dateOf(record.formId, record.data);
  return record.date === date ? record : { ...record, date };
}

/** True when an answer is a signature (by the one signature rule, checked by hand: see `limits.ts`). */
const isSignatureAnswer = isSignature;

/** The names of the answers that hold a signature. */
export function signedAnswers(data: FormValues): string[] {
  return Object.keys(data).filter((key) => isSignatureAnswer(data[key]));
}

/** What `isSealed` and the session read of a record. */
type SealFacts = Pick<StoredRecord, 'status' | 'data'> & { correction?: Correction | undefined };

/**
 * True when a correction has every signature of the version it replaced signed again
 * (finished or not).
 */
export function isSignedAgain(record: SealFacts): boolean {
  const correction = record.correction;
  return correction !== undefined && correction.signedBefore.every((key) => isSignatureAnswer(record.data[key]));
}

/**
 * "Signed means sealed": a finished record that holds a signature; for a correction,
 * a finished one with every signature of the replaced version signed again.
 */
export function isSealed(record: SealFacts): boolean {
  if (record.status !== 'finished') return false;
  return record.correction ? isSignedAgain(record) : signedAnswers(record.data).length > 0;
}

/** True for a correction that is not sealed yet: the version it replaces is still in force. */
export function isPendingCorrection(record: SealFacts): boolean {
  return record.correction !== undefined && !isSealed(record);
}

/** Reads a record by id within a read transaction (for `isInForce`). */
export type Lookup = (id: string) => Promise<StoredRecord | undefined>;

/**
 * True when a record is the one in force: not a correction still waiting to be finished
 * and signed again, and not replaced by a sealed correction. Plan versions (no
 * `correction`) are all listed, as before.
 */
export async function isInForce(record: StoredRecord, lookup: Lookup): Promise<boolean> {
  return isInForceGiven(record, record.supersededBy === undefined ? undefined : await lookup(record.supersededBy));
}

/**
 * The rule of `isInForce` with the version that replaced `record` already read (undefined
 * when there is none or it is not known). For records read from a file (the handover).
 */
export function isInForceGiven<R extends SealFacts & { formId: string; formVersion: number; supersededBy?: string | undefined }>(record: R, newer: R | undefined): boolean {
  if (isPendingCorrection(record)) return false;
  if (record.supersededBy === undefined) return true;
  return !(newer?.correction !== undefined && isSealed(upgraded(newer)));
}

/** Keeps the records in force (see `isInForce`), in order. */
async function keepInForce(records: StoredRecord[], lookup: Lookup): Promise<StoredRecord[]> {
  const keep = await Promise.all(records.map((r) => isInForce(r, lookup)));
  return records.filter((_, i) => keep[i]);
}

/**
 * How many records of one form a person has in force (see `isInForce`): the number
 * `listRecordsByDate` lists in all, so "Show more" and "meeting 5" count a corrected
 * record once. Without reading every record: all of them are counted by the index, and only
 * the few that may not be in force are read (corrections, and versions that were replaced:
 * a record with neither is always in force), so 500 meetings cost one count.
 */
export function countRecords(personId: string, formId: string): Promise<number> {
  return runRead(['records'], async (tx) => {
    const store = tx.objectStore('records');
    const lookup: Lookup = (id) => store.get(id);
    const range = IDBKeyRange.bound([personId, formId], [personId, formId, []]);
    const [all, corrections, replaced] = await Promise.all([
      store.index('by-person-form').count([personId, formId]),
      store.index('by-person-form-correction').getAll(range),
      store.index('by-person-form-replaced').getAll(range),
    ]);
    const mayNotCount = new Map([...corrections, ...replaced].map((r) => [r.id, r]));
    let notInForce = 0;
    for (const record of mayNotCount.values()) if (!(await isInForce(upgraded(record), lookup))) notInForce += 1;
    return all - notInForce;
  });
}

/**
 * Makes a new draft record (revision 1).
 * @throws StorageError `not-found` when the person does not exist; `conflict` (with the
 *   stored record) when a record with the given `id` exists already.
 * @throws TypeError when the id, form id, version or answers are not valid (a bug in the page).
 */
export async function createRecord(input: NewRecord): Promise<StoredRecord> {
  if (input.id !== undefined && !ID_PATTERN.test(input.id)) throw new TypeError('Not a record id');
  checkFormId(input.formId);
  checkFormVersion(input.formVersion);
  const { checkFormValues } = await loadSchema();
  const data = checkFormValues(input.data);
  const at = nowIso();
  const record: StoredRecord = {
    id: input.id ?? crypto.randomUUID(),
    formId: input.formId,
    formVersion: input.formVersion,
    personId: input.personId,
    createdAt: at,
    updatedAt: at,
    status: 'draft',
    revision: 1,
    data,
    date: dateOf(input.formId, data),
  };
  await runWrite(['people', 'records', 'meta'], async (tx) => {
    const person = await tx.objectStore('people').get(input.personId);
    if (!person) throw new StorageError('not-found');
    const existing = await tx.objectStore('records').get(record.id);
    if (existing) throw new StorageError('conflict', { record: upgraded(existing) });
    await tx.objectStore('records').add(record);
    await touchLastChange(tx.objectStore('meta'), at);
  });
  return record;
}

/**
 * Reads, checks the revision, changes and writes one record in one transaction. `change`
 * gets the record brought up to date; the result gets its `date` worked out again.
 */
async function changeRecord(
  id: string,
  expectedRevision: number | undefined,
  change: (current: StoredRecord, at: string) => StoredRecord,
  options: { durability?: 'strict' } = {},
): Promise<StoredRecord> {
  const { checkFormValues } = await loadSchema();
  const at = nowIso();
  return runWrite(
    ['records', 'meta'],
    async (tx) => {
      const store = tx.objectStore('records');
      const stored = await store.get(id);
      if (!stored) throw new StorageError('not-found');
      const current = forWrite(stored, checkFormValues);
      if (expectedRevision !== undefined && current.revision !== expectedRevision) {
        throw new StorageError('conflict', { record: current });
      }
      const next = withDate(change(current, at));
      await store.put(next);
      await touchLastChange(tx.objectStore('meta'), at);
      return next;
    },
    options,
  );
}

/**
 * Saves answers. Resolves with the saved record (revision + 1) only once it is stored.
 * @param expectedRevision the revision the page loaded or last saved.
 * @throws StorageError `conflict` (with `error.record`, the stored one) when the stored
 *   revision differs; `not-found` when the record is gone.
 */
export async function saveRecord(id: string, data: FormValues, expectedRevision: number): Promise<StoredRecord> {
  const { checkFormValues } = await loadSchema();
  const clean = checkFormValues(data);
  return changeRecord(id, expectedRevision, (current, at) => ({
    ...unsealed(current),
    data: clean,
    updatedAt: at,
    revision: current.revision + 1,
  }));
}

/** The record, when it may change; a sealed record refuses with `conflict` (it needs a correction). */
function unsealed(current: StoredRecord): StoredRecord {
  if (isSealed(current)) throw new StorageError('conflict', { record: current });
  return current;
}

/**
 * Saves answers and marks the record finished, with strict durability (flushed to disk
 * before it resolves). Same errors as `saveRecord`.
 */
export async function finishRecord(id: string, data: FormValues, expectedRevision: number): Promise<StoredRecord> {
  const { checkFormValues } = await loadSchema();
  const clean = checkFormValues(data);
  return changeRecord(
    id,
    expectedRevision,
    (current, at) => ({ ...unsealed(current), data: clean, status: 'finished', finishedAt: at, updatedAt: at, revision: current.revision + 1 }),
    { durability: 'strict' },
  );
}

/**
 * Makes a finished record a draft again, so it can be changed.
 * @param expectedRevision when given, refuses with `conflict` if the record changed since.
 * @throws StorageError `conflict` also when the record is sealed (it needs a correction).
 */
export function reopenRecord(id: string, expectedRevision?: number): Promise<StoredRecord> {
  return changeRecord(id, expectedRevision, (current, at) => ({
    ...unsealed(current),
    status: 'draft',
    updatedAt: at,
    revision: current.revision + 1,
  }));
}

/** One record, or undefined. */
export function getRecord(id: string): Promise<StoredRecord | undefined> {
  return runRead(['records'], async (tx) => {
    const record = await tx.objectStore('records').get(id);
    return record && upgraded(record);
  });
}

function newestFirst(a: StoredRecord, b: StoredRecord): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * A person's records in force (see `isInForce`), newest change first (every plan
 * version included). Without `formId` it walks the `by-person-updated` index backwards
 * and stops at `limit`; with `formId` it reads that form's records by `by-person-form`
 * and sorts.
 */
export function listRecordsForPerson(personId: string, options: ListOptions = {}): Promise<StoredRecord[]> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return Promise.resolve([]);
  const { formId } = options;
  if (formId !== undefined) {
    return runRead(['records'], async (tx) => {
      const all = (await tx.objectStore('records').index('by-person-form').getAll([personId, formId])).map(upgraded);
      const byId = new Map(all.map((r) => [r.id, r]));
      const inForce = await keepInForce(all, (id) => Promise.resolve(byId.get(id)));
      return inForce.sort(newestFirst).slice(0, limit);
    });
  }
  return runRead(['records'], async (tx) => {
    const out: StoredRecord[] = [];
    const store = tx.objectStore('records');
    const range = IDBKeyRange.bound([personId], [personId, []]);
    let cursor = await store.index('by-person-updated').openCursor(range, 'prev');
    while (cursor) {
      const record = upgraded(cursor.value);
      if (await isInForce(record, (id) => store.get(id))) out.push(record);
      if (out.length >= limit) break;
      cursor = await cursor.continue();
    }
    return out;
  });
}

/**
 * The person's current record of a form: the newest one in force that has not been
 * replaced by a newer version (a `supersededBy` pointing to a record that is not listed
 * does not count: it is gone, or a correction not signed again yet).
 */
export async function latestRecord(personId: string, formId: string): Promise<StoredRecord | undefined> {
  const all = await listRecordsForPerson(personId, { formId });
  const ids = new Set(all.map((r) => r.id));
  return all.find((r) => r.supersededBy === undefined || !ids.has(r.supersededBy)) ?? all[0];
}

/**
 * Deletes one record (and its journal entry).
 * @returns the deleted record (brought up to date like every record read), for
 *   `restoreRecord` ("Undo").
 * @throws StorageError `not-found` when it is not there.
 */
export async function deleteRecord(id: string): Promise<StoredRecord> {
  const at = nowIso();
  const deleted = await runWrite(['records', 'meta'], async (tx) => {
    const store = tx.objectStore('records');
    const current = await store.get(id);
    if (!current) throw new StorageError('not-found');
    await store.delete(id);
    await touchLastChange(tx.objectStore('meta'), at);
    return upgraded(current);
  });
  clearJournal(id);
  return deleted;
}

/**
 * Puts a deleted record back as it was ("Undo"), brought up to date like every write.
 * @throws StorageError `conflict` (with the stored one) when a record with that id exists;
 *   `not-found` when its person is gone.
 * @throws TypeError when `record` is not a valid record.
 */
export async function restoreRecord(record: StoredRecord): Promise<StoredRecord> {
  const { checkFormValues, checkRestoredRecord } = await loadSchema();
  const parsed = checkRestoredRecord(record);
  if (!parsed) throw new TypeError('Not a record that can be restored');
  const clean = forWrite(parsed, checkFormValues);
  const at = nowIso();
  await runWrite(['people', 'records', 'meta'], async (tx) => {
    if (!(await tx.objectStore('people').get(clean.personId))) throw new StorageError('not-found');
    const store = tx.objectStore('records');
    const existing = await store.get(clean.id);
    if (existing) throw new StorageError('conflict', { record: upgraded(existing) });
    await store.add(clean);
    await touchLastChange(tx.objectStore('meta'), at);
  });
  return clean;
}
