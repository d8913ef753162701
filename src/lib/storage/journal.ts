/**
 * A synchronous `localStorage` journal of forms with unsaved typing.
 *
 * Why: an IndexedDB write started in `pagehide` or just before a reload often never
 * lands (notably in Chromium), but a `localStorage.setItem` is synchronous. The form
 * page writes the journal on every change (debounced) and on `pagehide`, and clears it
 * after a save completes. On the next visit, `reconcile` says whether the journal holds
 * typing that the database does not.
 *
 * Keys are `wb.journal.<recordId>`; values are JSON of a `JournalEntry` (`schema.ts`:
 * the same answers and signature rule as the database, but text of any length, since the
 * journal is for rescue). Entries are checked when read: a damaged entry is removed and
 * ignored, never thrown.
 */
import * as v from 'valibot';
import { ID_PATTERN, JournalEntrySchema, parseJsonSafely } from './schema';
import type { FormValues, JournalEntry, StoredRecord } from './schema';

export type { JournalEntry };

/** The prefix of every journal key. */
const JOURNAL_PREFIX = 'wb.journal.';

/** The storage the journal uses; undefined when the browser blocks it. */
function defaultStorage(): Storage | undefined {
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

function parseEntry(text: string | null): JournalEntry | undefined {
  if (text === null) return undefined;
  try {
    const result = v.safeParse(JournalEntrySchema, parseJsonSafely(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

function removeQuietly(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do.
  }
}

/** A record's journal entry, or undefined. A damaged entry (or one under the wrong key) is removed. */
export function readJournal(recordId: string, storage: Storage | undefined = defaultStorage()): JournalEntry | undefined {
  if (!storage) return undefined;
  const key = journalKey(recordId);
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return undefined;
  }
  const entry = parseEntry(text);
  if (text !== null && (!entry || entry.recordId !== recordId)) {
    removeQuietly(storage, key);
    return undefined;
  }
  return entry;
}

/** Every journal entry, newest first. Damaged entries are removed. */
export function listJournal(storage: Storage | undefined = defaultStorage()): JournalEntry[] {
  if (!storage) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  const entries: JournalEntry[] = [];
  for (const key of keys) {
    const entry = readJournal(key.slice(JOURNAL_PREFIX.length), storage);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Removes a record's journal entry (after a save completed, or when the user says "no"). */
export function clearJournal(recordId: string, storage: Storage | undefined = defaultStorage()): void {
  if (storage) removeQuietly(storage, journalKey(recordId));
}

/** Removes every journal entry (used when everything is deleted). */
export function clearAllJournal(storage: Storage | undefined = defaultStorage()): void {
  if (!storage) return;
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
  } catch {
    return;
  }
  for (const key of keys) removeQuietly(storage, key);
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
       * `changed-elsewhere`: the record was saved since (another tab or a backup) with different answers.
       * `record-missing`: the record is not in the database (it was never written, or storage was cleared).
       */
      reason: 'not-saved' | 'changed-elsewhere' | 'record-missing';
    };

/** True when two sets of answers are the same (key order does not matter). */
function sameAnswers(a: FormValues, b: FormValues): boolean {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameAnswer(a[key], b[key]));
}

function sameAnswer(a: FormValues[string] | undefined, b: FormValues[string] | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a.kind === b.kind && a.value === b.value && a.signedAt === b.signedAt;
}

/**
 * Decides what to do with a journal entry, given the stored record (pure).
 *
 * Rules, in order:
 * 1. The stored answers equal the journal's → `discard` (the save landed; the revision
 *    does not matter).
 * 2. No stored record → `offer-recovery`, reason `record-missing`.
 * 3. The stored revision is the journal's base revision (or older) → `offer-recovery`,
 *    reason `not-saved`: the typing never reached the database.
 * 4. The stored revision is newer with different answers → `offer-recovery`, reason
 *    `changed-elsewhere`: we never throw typing away silently; the page shows both.
 * Every `offer-recovery` carries `savedAt` for the message.
 */
export function reconcile(entry: JournalEntry, stored: StoredRecord | undefined): Reconciliation {
  if (stored && sameAnswers(entry.data, stored.data)) return { action: 'discard' };
  if (!stored) return { action: 'offer-recovery', savedAt: entry.savedAt, reason: 'record-missing' };
  if (stored.revision <= entry.baseRevision) return { action: 'offer-recovery', savedAt: entry.savedAt, reason: 'not-saved' };
  return { action: 'offer-recovery', savedAt: entry.savedAt, reason: 'changed-elsewhere' };
}
