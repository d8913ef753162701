/**
 * A synchronous `localStorage` journal of forms with unsaved typing.
 *
 * Why: an IndexedDB write started in `pagehide` or just before a reload often never
 * lands (notably in Chromium), but a `localStorage.setItem` is synchronous. The form
 * page writes the journal on every change (debounced) and on `pagehide`, and clears it
 * after a save completes. On the next visit, `reconcile` says which answers the journal
 * holds that the database does not.
 *
 * The journal never wins over newer saved data. After a browser crash the journal can
 * be older than the database (Chromium writes localStorage to disk only every few
 * seconds, IndexedDB at once), so each entry says what it was based on: the revision,
 * its time (`baseAt`) and, for the answers the typing changed, their saved value then
 * (`base`). `reconcile` offers an answer only when the database does not hold it and
 * did not change that answer later; keeping it changes those answers only
 * (`withChanges`), never the whole record. `session` names the page visit that wrote
 * the entry, so another tab still typing is not mistaken for lost work.
 *
 * Keys are `wb.journal.<recordId>`; values are JSON of a `JournalEntry` (`schema.ts`:
 * the same answers and signature rule as the database, but text of any length, since the
 * journal is for rescue). Entries are checked when read: a damaged entry is removed and
 * ignored, never thrown. The check needs the valibot schemas, which load only when an entry
 * is there to read (so `readJournal` and `listJournal` are async); writing and clearing
 * need no schema. Every entry at once (`listJournal`, `clearAllJournal`) is in `journal-all.ts`:
 * a form page does without it.
 */
import { ID_PATTERN, parseJsonSafely } from './limits';
import type { FormValues, JournalEntry, StoredRecord } from './schema';

export type { JournalEntry };

/** The prefix of every journal key. */
export const JOURNAL_PREFIX = 'wb.journal.';

/** The storage the journal uses; undefined when the browser blocks it. */
export function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The localStorage key for a record's journal entry. */
export function journalKey(recordId: string): string {
  return `${JOURNAL_PREFIX}${recordId}`;
}

/**
 * Writes a form's unsaved typing, synchronously.
 * @returns false when it could not be written (storage full or blocked); never throws.
 */
export function writeJournal(entry: JournalEntry, storage: Storage | undefined = defaultStorage()): boolean {
  if (!storage || !ID_PATTERN.test(entry.recordId)) return false;
  try {
    const value: JournalEntry = {
      recordId: entry.recordId,
      formId: entry.formId,
      personId: entry.personId,
      baseRevision: entry.baseRevision,
      ...(entry.baseAt === undefined ? {} : { baseAt: entry.baseAt }),
      ...(entry.base === undefined ? {} : { base: entry.base }),
      ...(entry.session === undefined ? {} : { session: entry.session }),
      data: entry.data,
      savedAt: entry.savedAt,
    };
    storage.setItem(journalKey(entry.recordId), JSON.stringify(value));
    return true;
  } catch {
    // QuotaExceededError (any browser's spelling) or SecurityError: report, do not throw.
    return false;
  }
}

/**
 * The checked entry in `text`, or undefined when it is damaged.
 * @throws only when the schemas cannot be loaded.
 */
async function parseEntry(text: string): Promise<JournalEntry | undefined> {
  let raw: unknown;
  try {
    raw = parseJsonSafely(text);
  } catch {
    return undefined;
  }
  const { checkJournalEntry } = await import('./schema');
  return checkJournalEntry(raw);
}

/** Removes a key; a storage that refuses is left as it is. */
export function removeQuietly(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do.
  }
}

/** The text of a record's journal entry; null when there is none or storage is blocked. */
function entryText(recordId: string, storage: Storage): string | null {
  try {
    return storage.getItem(journalKey(recordId));
  } catch {
    return null;
  }
}

/**
 * A record's journal entry, or undefined. A damaged entry (or one under the wrong key) is
 * removed. With no entry it answers at once; an entry's check loads the schemas first. If
 * they cannot be loaded, it answers undefined and keeps the entry for a later visit. Never throws.
 */
export async function readJournal(recordId: string, storage: Storage | undefined = defaultStorage()): Promise<JournalEntry | undefined> {
  if (!storage) return undefined;
  const text = entryText(recordId, storage);
  if (text === null) return undefined;
  let entry: JournalEntry | undefined;
  try {
    entry = await parseEntry(text);
  } catch {
    // The schemas did not load (offline before they were ever cached): not damaged, just unread.
    return undefined;
  }
  if (!entry || entry.recordId !== recordId) {
    // Removed only if it is still the text that was checked (a tab may have written since).
    if (entryText(recordId, storage) === text) removeQuietly(storage, journalKey(recordId));
    return undefined;
  }
  return entry;
}

/**
 * The page visit that wrote a record's journal entry, read without the schemas (clearing
 * runs after every save). Undefined when the entry names none, or is not JSON.
 */
function writerOf(text: string): string | undefined {
  try {
    const raw = parseJsonSafely(text);
    const session = typeof raw === 'object' && raw !== null ? (raw as { session?: unknown }).session : undefined;
    return typeof session === 'string' && ID_PATTERN.test(session) ? session : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a record's journal entry (after a save completed, or when the user says "no").
 * @param session when given, only an entry of this page visit (or of none) is removed:
 *   another tab's unsaved typing stays.
 */
export function clearJournal(recordId: string, storage: Storage | undefined = defaultStorage(), session?: string): void {
  if (!storage) return;
  if (session !== undefined) {
    const text = entryText(recordId, storage);
    const writer = text === null ? undefined : writerOf(text);
    // Another visit's entry stays (checked in full when it is next read: a damaged one goes then).
    if (writer !== undefined && writer !== session) return;
  }
  removeQuietly(storage, journalKey(recordId));
}

/** One answer (null: none). */
type Answer = FormValues[string];

/** One answer the journal holds that the database does not. */
export interface JournalChange {
  /** The answer's field name. */
  field: string;
  /** The answer in the database now (null: none). */
  saved: Answer;
  /** The answer in the journal (null: none). */
  unsaved: Answer;
}

/** What to do with a journal entry. */
export type Reconciliation =
  | { action: 'discard' }
  | {
      action: 'offer-recovery';
      /** When the typing was journalled: for "We found your unsaved work from <date, time>. Keep it?" */
      savedAt: string;
      /**
       * `not-saved`: the stored record is still the revision the typing started from.
       * `changed-elsewhere`: the record was saved since, but not these answers (another tab, a backup).
       * `record-missing`: the record is not in the database (it was never written, or storage was cleared).
       */
      reason: 'not-saved' | 'changed-elsewhere' | 'record-missing';
      /** The answers keeping it would change, in the journal's order. Never empty. */
      changes: JournalChange[];
    };

/** An empty answer ('', no ticks, none) is no answer. */
function normal(answer: Answer | undefined): Answer {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return null;
  return answer;
}

/** True when two answers are the same (an empty answer equals none). */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  const x = normal(a);
  const y = normal(b);
  if (x === y) return true;
  if (x === null || y === null) return false;
  if (typeof x === 'string' || typeof y === 'string') return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => item === y[i]);
  }
  return x.kind === y.kind && x.value === y.value && x.signedAt === y.signedAt;
}

/**
 * The `base` of a journal entry: for each answer `data` changed from `saved` (the answers
 * the typing started from), its value in `saved` (null: none).
 */
export function baseOfChanges(data: FormValues, saved: FormValues): FormValues {
  const base: FormValues = {};
  for (const field of new Set([...Object.keys(data), ...Object.keys(saved)])) {
    if (!sameAnswer(data[field], saved[field])) base[field] = normal(saved[field]);
  }
  return base;
}

/** `values` with the journal's answers put in, field by field. */
export function withChanges(values: FormValues, changes: readonly JournalChange[]): FormValues {
  const merged: FormValues = { ...values };
  for (const change of changes) merged[change.field] = change.unsaved;
  return merged;
}

/**
 * Decides what to do with a journal entry, given the stored record (pure). An answer the
 * journal changed is offered when the database does not hold it and either
 * - the record was not saved since the typing started (same revision and time), or
 * - the database still holds that answer as it was when the typing started (another
 *   tab or a backup changed other answers only), or
 * - the journal was written after the database's last save.
 * So a journal older than the database (a crash before localStorage reached the disk)
 * never undoes a saved answer. Answers that the database holds already are left out;
 * with none left, the entry is discarded. Entries without `base` (written before it
 * existed) count every answer they hold that differs as changed.
 */
export function reconcile(entry: JournalEntry, stored: StoredRecord | undefined): Reconciliation {
  const data = entry.data;
  if (!stored) {
    const base = entry.base;
    const changes = Object.keys(base ?? data)
      .map((field) => ({ field, saved: null, unsaved: normal(data[field]) }))
      .filter((change) => (base ? !sameAnswer(change.unsaved, base[change.field]) : change.unsaved !== null));
    if (changes.length === 0) return { action: 'discard' };
    return { action: 'offer-recovery', savedAt: entry.savedAt, reason: 'record-missing', changes };
  }
  const unchangedSince = stored.revision === entry.baseRevision && (entry.baseAt === undefined || entry.baseAt === stored.updatedAt);
  const journalIsNewer = entry.savedAt > stored.updatedAt;
  const fields = Object.keys(entry.base ?? data);
  const changes: JournalChange[] = [];
  for (const field of fields) {
    const unsaved = normal(data[field]);
    const saved = normal(stored.data[field]);
    if (sameAnswer(unsaved, saved)) continue;
    const savedAnswerIsTheBase = entry.base !== undefined && sameAnswer(saved, entry.base[field]);
    if (unchangedSince || savedAnswerIsTheBase || journalIsNewer) changes.push({ field, saved, unsaved });
  }
  if (changes.length === 0) return { action: 'discard' };
  return { action: 'offer-recovery', savedAt: entry.savedAt, reason: unchangedSince ? 'not-saved' : 'changed-elsewhere', changes };
}
