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
 * - the file's copy was changed later (`updatedAt`; on the same time, the higher
 *   `revision`) → it replaces this tablet's, unless the person chose to keep theirs
 *   (`keep`). The revision alone never decides: autosave raises it on every save;
 * - otherwise this tablet's copy stays.
 * A record id that is a record of another form or another person on this tablet is a
 * collision: the whole file is refused (`ImportPlan.collisions`), nothing changes.
 * Signed means sealed: an unsigned copy never replaces a sealed record (see `records.ts`;
 * `ImportPlan.keptSigned` names them), and a sealed record on this tablet that is a
 * correction, or that a correction was started from, is replaced only by a copy that is
 * sealed too and has the same link to a newer version (`supersededBy`): an older copy of
 * a corrected record never undoes the correction, and the chain of versions stays whole.
 * Nothing on the tablet is ever deleted, and it all happens in one transaction: if any
 * part fails, nothing changes.
 */
import * as v from 'valibot';
import { t } from '../../i18n/storage-backup';
import { StorageError } from './errors';
import { answersProblemOf, dateOf, upgraded } from './hooks';
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

/** A name a newer version of the workbook could give a new part: camelCase, like every part today. */
const NEW_PART_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;

/**
 * True for an issue that is only a part this version does not know (a strict object's
 * unknown key with a plausible name), as a newer version of the workbook may add.
 */
function isUnknownPart(issue: v.BaseIssue<unknown>): boolean {
  const key = issue.path?.at(-1)?.key;
  return issue.type === 'strict_object' && typeof key === 'string' && NEW_PART_NAME.test(key);
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
    const issue = result.issues[0];
    if (issue && isUnknownPart(issue)) {
      // A part this version does not know: from a newer version, if nothing else is wrong.
      const damage = v.safeParse(BackupSchema, raw, { abortEarly: false }).issues?.find((i) => !isUnknownPart(i));
      if (damage === undefined) return refuse(backupProblems.newer);
      return refuse(backupProblems.damaged(describePath(damage.path?.map((item) => item.key) ?? [])));
    }
    return refuse(backupProblems.damaged(describePath(issue?.path?.map((item) => item.key) ?? [])));
  }
  // valibot built the output from checked fields only, as new objects.
  const backup = result.output;
  const damaged = crossCheck(backup);
  if (damaged !== undefined) return refuse(backupProblems.damaged(damaged));
  for (const [i, record] of backup.records.entries()) {
    const problem = answersProblemOf(record);
    if (problem === undefined) continue;
    if ('newer' in problem) return refuse(backupProblems.newer);
    const number = String(i + 1);
    return refuse(
      backupProblems.damaged(
        problem.field === '' ? t('storage.backup.part.record', { number }) : t('storage.backup.part.recordAnswer', { number, answer: shown(problem.field) }),
      ),
    );
  }
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

/**
 * How an incoming copy compares with this tablet's: `new` (not here), `newer` (it
 * replaces this tablet's), `older-or-same`, `kept` (newer, but the person keeps theirs),
 * `signed` (newer, but this tablet's copy is signed and the file's is not: it stays),
 * `collision` (the id is a record of another form or person here: the file is refused).
 */
type MergeDecision = 'new' | 'newer' | 'older-or-same' | 'kept' | 'signed' | 'collision';

/** What the merge rule looks at. */
interface Mergeable {
  id: string;
  revision: number;
  updatedAt: string;
}

/**
 * The merge rule: the copy changed last wins (`updatedAt`); on the same time, the higher
 * revision. The revision alone never decides: autosave raises it on every save, so an
 * old copy can have a high one.
 */
function isLaterChange(incoming: Mergeable, existing: Mergeable): boolean {
  if (incoming.updatedAt !== existing.updatedAt) return incoming.updatedAt > existing.updatedAt;
  return incoming.revision > existing.revision;
}

/**
 * Decides one record.
 * @param corrected the tablet's copy when it is corrected (see `correctedOnTablet`): it
 *   stays unless the file's copy is sealed and has the same link to a newer version.
 */
function decideRecord(incoming: BackupRecord, existing: StoredRecord | undefined, corrected: StoredRecord | undefined, keep: ReadonlySet<string>): MergeDecision {
  if (!existing) return 'new';
  if (existing.formId !== incoming.formId || existing.personId !== incoming.personId) return 'collision';
  if (corrected && (!isSealed(incoming) || incoming.supersededBy !== corrected.supersededBy)) return 'older-or-same';
  if (!isLaterChange(incoming, existing)) return 'older-or-same';
  // Signed means sealed: an unsigned copy never replaces a signed one.
  if (isSealed(existing) && !isSealed(incoming)) return 'signed';
  return keep.has(incoming.id) ? 'kept' : 'newer';
}

/** Decides one person (the mentor profile or a mentee). */
function decidePerson(incoming: Person, existing: Person | undefined, keep: ReadonlySet<string>): MergeDecision {
  if (!existing) return 'new';
  if (!isLaterChange(incoming, existing)) return 'older-or-same';
  return keep.has(incoming.id) ? 'kept' : 'newer';
}

/** One side of a record or mentee in the review: this tablet's copy or the file's. */
export interface ImportSide {
  /** The record's form id; '' for a mentee. */
  formId: string;
  /** The person it belongs to (`MENTOR_ID` for the mentor's own forms). */
  personId: string;
  /** That person's name on this side ('' when this side does not know them). */
  personName: string;
  /** The record's own date ('YYYY-MM-DD', or '' when it has none; '' for a mentee). */
  date: string;
  /** When this copy was last changed (ISO 8601). */
  changedAt: string;
  /** True for a sealed record (finished and signed). */
  signed: boolean;
}

/** A record or mentee that is on both sides and differs, for the review. */
export interface ImportItem {
  /** The record's or mentee's id: pass it in `keep` to keep this tablet's copy. */
  id: string;
  tablet: ImportSide;
  file: ImportSide;
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
  /** Records that stay as they are: older or the same, kept by choice, or signed here. */
  olderOrSameRecords: number;
  /** True when the file's mentor profile is added or replaces this tablet's. */
  mentorChanged: boolean;
  /** Per form id. A null-prototype object, so any form id is a safe key. */
  byForm: Record<string, FormImportCounts>;
  /** Mentees (and the mentor profile) whose file copy replaces this tablet's: name, note, dates. */
  replacedPeople: ImportItem[];
  /** Records whose file copy replaces this tablet's (the person may keep theirs). */
  replacedRecords: ImportItem[];
  /** Records whose file copy is newer but unsigned, while this tablet's is signed: this tablet's stays. */
  keptSigned: ImportItem[];
  /**
   * Records in the file whose id is a record of another form or person on this tablet.
   * A file with any is refused: `applyImport` changes nothing.
   */
  collisions: ImportItem[];
}

/** Options for `planImport` and `applyImport`. */
export interface ImportOptions {
  /** Ids of records and people whose copy on this tablet stays, even where the file's is newer. */
  keep?: Iterable<string>;
}

/** What this tablet holds for the ids in a backup, read in one transaction. */
interface TabletCopies {
  people: (Person | undefined)[];
  records: (StoredRecord | undefined)[];
  corrected: (StoredRecord | undefined)[];
  /** Names of the people this tablet's copies belong to, by id. */
  names: Map<string, string>;
}

interface Decisions {
  plan: ImportPlan;
  people: { person: Person; decision: MergeDecision }[];
  records: { record: BackupRecord; decision: MergeDecision }[];
}

function sideOf(copy: BackupRecord, date: string, names: ReadonlyMap<string, string>): ImportSide {
  return { formId: copy.formId, personId: copy.personId, personName: names.get(copy.personId) ?? '', date, changedAt: copy.updatedAt, signed: isSealed(copy) };
}

function personSide(person: Person): ImportSide {
  return { formId: '', personId: person.id, personName: person.name, date: '', changedAt: person.updatedAt, signed: false };
}

function decideAll(backup: BackupFile, incomingPeople: readonly Person[], tablet: TabletCopies, keep: ReadonlySet<string>): Decisions {
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
    replacedPeople: [],
    replacedRecords: [],
    keptSigned: [],
    collisions: [],
  };
  const fileNames = new Map(incomingPeople.map((p) => [p.id, p.name]));
  const people = incomingPeople.map((person, i) => {
    const existing = tablet.people[i];
    const decision = decidePerson(person, existing, keep);
    if (existing && (decision === 'newer' || decision === 'kept')) {
      plan.replacedPeople.push({ id: person.id, tablet: personSide(existing), file: personSide(person) });
    }
    if (person.kind === 'mentor') plan.mentorChanged = decision === 'new' || decision === 'newer';
    else if (decision === 'new') plan.newMentees += 1;
    else if (decision === 'newer') plan.newerMentees += 1;
    else plan.olderOrSameMentees += 1;
    return { person, decision };
  });
  const records = backup.records.map((record, i) => {
    const existing = tablet.records[i];
    const decision = decideRecord(record, existing, tablet.corrected[i], keep);
    if (existing && decision !== 'new' && decision !== 'older-or-same') {
      const item: ImportItem = {
        id: record.id,
        tablet: sideOf(existing, existing.date, tablet.names),
        file: sideOf(record, dateOf(record.formId, upgraded(record).data), fileNames),
      };
      if (decision === 'collision') plan.collisions.push(item);
      else if (decision === 'signed') plan.keptSigned.push(item);
      else plan.replacedRecords.push(item);
    }
    const counts = (byForm[record.formId] ??= { newRecords: 0, newerRecords: 0, olderOrSameRecords: 0 });
    if (decision === 'new') {
      plan.newRecords += 1;
      counts.newRecords += 1;
    } else if (decision === 'newer') {
      plan.newerRecords += 1;
      counts.newerRecords += 1;
    } else if (decision !== 'collision') {
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

/** Reads this tablet's copies of everything in the backup, and the names of their people. */
async function readTabletCopies(
  peopleStore: { get(id: string): Promise<Person | undefined> },
  recordStore: { get(id: string): Promise<StoredRecord | undefined> },
  incomingPeople: readonly Person[],
  backup: BackupFile,
): Promise<TabletCopies> {
  const [people, records] = await Promise.all([
    Promise.all(incomingPeople.map((p) => peopleStore.get(p.id))),
    Promise.all(backup.records.map((r) => recordStore.get(r.id))),
  ]);
  const corrected = await correctedOnTablet(records, (id) => recordStore.get(id));
  const names = new Map<string, string>();
  const personIds = new Set(records.flatMap((r) => (r ? [r.personId] : [])));
  const owners = await Promise.all([...personIds].map((id) => peopleStore.get(id)));
  for (const person of owners) if (person) names.set(person.id, person.name);
  return { people, records, corrected, names };
}

/**
 * Says what importing a backup would do, without changing anything: counts, and each
 * record and mentee the file would replace, with both sides' dates (for the review).
 * @throws TypeError when `backup` did not come from `parseBackupText` and is not valid.
 */
export async function planImport(unchecked: BackupFile, options: ImportOptions = {}): Promise<ImportPlan> {
  const backup = checked(unchecked);
  const incomingPeople = incomingPeopleOf(backup);
  const keep = new Set(options.keep ?? []);
  return runRead(['people', 'records'], async (tx) => {
    const tablet = await readTabletCopies(tx.objectStore('people'), tx.objectStore('records'), incomingPeople, backup);
    return decideAll(backup, incomingPeople, tablet, keep).plan;
  });
}

/**
 * Merges a backup from `parseBackupText` into this tablet, in one transaction (all or
 * nothing). Nothing on the tablet is deleted. Any other object is checked first.
 * @param options.keep ids whose copy on this tablet stays (the person chose "Keep mine").
 * @returns what was done.
 * @throws TypeError when `backup` is not valid; StorageError `conflict` when a record in
 *   the file has the id of a record of another form or person here (see
 *   `ImportPlan.collisions`); StorageError when the database fails. Then nothing was changed.
 */
export async function applyImport(unchecked: BackupFile, options: ImportOptions = {}): Promise<ImportPlan> {
  const backup = checked(unchecked);
  const incomingPeople = incomingPeopleOf(backup);
  const keep = new Set(options.keep ?? []);
  const toStore = backup.records.map(imported);
  const at = nowIso();
  return runWrite(['people', 'records', 'meta'], async (tx) => {
    const peopleStore = tx.objectStore('people');
    const recordStore = tx.objectStore('records');
    const tablet = await readTabletCopies(peopleStore, recordStore, incomingPeople, backup);
    const decisions = decideAll(backup, incomingPeople, tablet, keep);
    if (decisions.plan.collisions.length > 0) throw new StorageError('conflict');
    const writes: Promise<unknown>[] = [];
    // Every request gets a handler at once: if a later put throws, the transaction is
    // aborted and these reject, which must not become unhandled rejections.
    const track = (request: Promise<unknown>): void => {
      request.catch(() => undefined);
      writes.push(request);
    };
    for (const { person, decision } of decisions.people) {
      if (decision === 'new' || decision === 'newer') track(peopleStore.put(person));
    }
    for (const [i, { decision }] of decisions.records.entries()) {
      const record = toStore[i];
      if (record && (decision === 'new' || decision === 'newer')) track(recordStore.put(record));
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
