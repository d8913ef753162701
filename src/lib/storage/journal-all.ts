/**
 * Every journal entry at once: listed (Settings counts unsaved forms) and removed (when
 * everything is deleted). Apart from `journal.ts`, which every form page loads, because only
 * those pages need it.
 */
import { JOURNAL_PREFIX, defaultStorage, readJournal, removeQuietly, type JournalEntry } from './journal';

/** The keys of every journal entry; undefined when storage cannot be read. */
function journalKeys(storage: Storage): string[] | undefined {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
  } catch {
    return undefined;
  }
  return keys;
}

/** Every journal entry, newest first. Damaged entries are removed. */
export async function listJournal(storage: Storage | undefined = defaultStorage()): Promise<JournalEntry[]> {
  const keys = storage && journalKeys(storage);
  if (!storage || !keys) return [];
  const entries: JournalEntry[] = [];
  for (const key of keys) {
    const entry = await readJournal(key.slice(JOURNAL_PREFIX.length), storage);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Removes every journal entry (used when everything is deleted). */
export function clearAllJournal(storage: Storage | undefined = defaultStorage()): void {
  const keys = storage && journalKeys(storage);
  if (!storage || !keys) return;
  for (const key of keys) removeQuietly(storage, key);
}
