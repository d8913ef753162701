/**
 * Mentees, and changes to a person: add, change, rename, list and delete them. Apart from
 * `people.ts` (what every records page reads and the mentor profile) so a form page's first
 * load does without them.
 */
import { StorageError } from './errors';
import { clearJournal } from './journal';
import { MAX_TEXT_LENGTH } from './limits';
import { cleanName, cleanShortText } from './people';
import type { Person } from './schema';
import { nowIso, runRead, runWrite, touchLastChange } from './transactions';

/** Changes to a person; leave out what stays the same. */
export interface PersonChanges {
  name?: string;
  note?: string;
  agency?: string;
  supervisor?: string;
}

/** What `deleteMentee` removed. */
export interface DeletedCounts {
  /** People removed (1). */
  people: number;
  /** Records removed with them. */
  records: number;
}

function cleanNote(note: string): string {
  if (note.length > MAX_TEXT_LENGTH) throw new TypeError(`A note must have at most ${MAX_TEXT_LENGTH} characters`);
  return note;
}

/**
 * Adds a mentee.
 * @throws TypeError when the name is empty or longer than 200 characters.
 */
export async function addMentee(input: { name: string; note?: string }): Promise<Person> {
  const name = cleanName(input.name);
  const note = cleanNote(input.note ?? '');
  const at = nowIso();
  const person: Person = {
    id: crypto.randomUUID(),
    kind: 'mentee',
    name,
    note,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  await runWrite(['people', 'meta'], async (tx) => {
    await tx.objectStore('people').add(person);
    await touchLastChange(tx.objectStore('meta'), at);
  });
  return person;
}

/**
 * Changes a person's name, note, agency or supervisor.
 * @param expectedRevision when given, throws a `conflict` StorageError if the person was changed since.
 * @throws StorageError `not-found` when there is no such person.
 */
export async function updatePerson(id: string, changes: PersonChanges, expectedRevision?: number): Promise<Person> {
  const clean: PersonChanges = {};
  if (changes.name !== undefined) clean.name = cleanName(changes.name);
  if (changes.note !== undefined) clean.note = cleanNote(changes.note);
  if (changes.agency !== undefined) clean.agency = cleanShortText(changes.agency);
  if (changes.supervisor !== undefined) clean.supervisor = cleanShortText(changes.supervisor);
  const at = nowIso();
  return runWrite(['people', 'meta'], async (tx) => {
    const store = tx.objectStore('people');
    const current = await store.get(id);
    if (!current) throw new StorageError('not-found');
    if (expectedRevision !== undefined && current.revision !== expectedRevision) throw new StorageError('conflict');
    const next: Person = { ...current, ...clean, updatedAt: at, revision: current.revision + 1 };
    await store.put(next);
    await touchLastChange(tx.objectStore('meta'), at);
    return next;
  });
}

/** Renames a mentee. Throws StorageError `not-found` when there is no such mentee. */
export function renameMentee(id: string, name: string): Promise<Person> {
  return updatePerson(id, { name });
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** All mentees, sorted by name (case does not matter). */
export async function listMentees(): Promise<Person[]> {
  const people = await runRead(['people'], (tx) => tx.objectStore('people').getAll());
  return people
    .filter((p) => p.kind === 'mentee')
    .sort((a, b) => byName.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
}

/**
 * Deletes a mentee and all their records, in one transaction (all or nothing).
 * Their unsaved-work journal entries go too.
 * @throws StorageError `not-found` when there is no such mentee.
 */
export async function deleteMentee(id: string): Promise<DeletedCounts> {
  const at = nowIso();
  const deletedIds = await runWrite(['people', 'records', 'meta'], async (tx) => {
    const people = tx.objectStore('people');
    const person = await people.get(id);
    if (!person || person.kind !== 'mentee') throw new StorageError('not-found');
    const ids: string[] = [];
    const range = IDBKeyRange.bound([id], [id, []]);
    let cursor = await tx.objectStore('records').index('by-person-updated').openCursor(range);
    while (cursor) {
      ids.push(cursor.primaryKey);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await people.delete(id);
    await touchLastChange(tx.objectStore('meta'), at);
    return ids;
  });
  for (const recordId of deletedIds) clearJournal(recordId);
  return { people: 1, records: deletedIds.length };
}
