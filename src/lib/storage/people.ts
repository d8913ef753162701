/**
 * Mentees and the one mentor profile (the user).
 */
import { StorageError } from './errors';
import { clearJournal } from './journal';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MENTOR_ID } from './limits';
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

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME_LENGTH) {
    throw new TypeError(`A name must have 1 to ${MAX_NAME_LENGTH} characters`);
  }
  return trimmed;
}

function cleanShortText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_LENGTH) throw new TypeError(`This must have at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
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

/** One person (mentee or mentor), or undefined. */
export function getPerson(id: string): Promise<Person | undefined> {
  return runRead(['people'], (tx) => tx.objectStore('people').get(id));
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

/** The mentor profile (the user), or undefined before it is made. */
export function getMentorProfile(): Promise<Person | undefined> {
  return getPerson(MENTOR_ID);
}

/**
 * Makes or changes the mentor profile (there is only ever one).
 * @throws TypeError when the name is empty or any part is longer than 200 characters.
 */
export async function saveMentorProfile(input: { name: string; agency: string; supervisor: string }): Promise<Person> {
  const name = cleanName(input.name);
  const agency = cleanShortText(input.agency);
  const supervisor = cleanShortText(input.supervisor);
  const at = nowIso();
  return runWrite(['people', 'meta'], async (tx) => {
    const store = tx.objectStore('people');
    const current = await store.get(MENTOR_ID);
    const next: Person = current
      ? { ...current, name, agency, supervisor, updatedAt: at, revision: current.revision + 1 }
      : { id: MENTOR_ID, kind: 'mentor', name, note: '', agency, supervisor, createdAt: at, updatedAt: at, revision: 1 };
    await store.put(next);
    await touchLastChange(tx.objectStore('meta'), at);
    return next;
  });
}

/**
 * Keeps the agency's passing average for the internship evaluation on the mentor profile,
 * so it travels in backup files; `undefined` removes it (no passing average: the people decide).
 * @throws StorageError `not-found` before the mentor profile exists (the name comes first).
 * @throws RangeError when it is not a number from 1 to 5 with at most 2 decimals.
 */
export async function saveMentorPassingAverage(value: number | undefined): Promise<Person> {
  if (value !== undefined && !(value >= 1 && value <= 5 && Math.round(value * 100) === value * 100)) throw new RangeError('A passing average is a number from 1 to 5');
  const at = nowIso();
  return runWrite(['people', 'meta'], async (tx) => {
    const store = tx.objectStore('people');
    const current = await store.get(MENTOR_ID);
    if (!current) throw new StorageError('not-found');
    const { passingAverage: _old, ...rest } = current;
    const next: Person = { ...rest, ...(value === undefined ? {} : { passingAverage: value }), updatedAt: at, revision: current.revision + 1 };
    await store.put(next);
    await touchLastChange(tx.objectStore('meta'), at);
    return next;
  });
}
