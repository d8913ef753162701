/**
 * People as every records page reads them: one person, and the one mentor profile (the
 * user), which a form page makes when it asks the name. Adding, changing, listing and deleting
 * mentees are in `mentees.ts`, the agency's passing average in `passing-average.ts`: the pages
 * that do that load them, a form page does not.
 */
import { MAX_NAME_LENGTH, MENTOR_ID } from './limits';
import type { Person } from './schema';
import { nowIso, runRead, runWrite, touchLastChange } from './transactions';

/** A person's name, trimmed. @throws TypeError when it is empty or longer than 200 characters. */
export function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME_LENGTH) {
    throw new TypeError(`A name must have 1 to ${MAX_NAME_LENGTH} characters`);
  }
  return trimmed;
}

/** A short text (agency, supervisor), trimmed. @throws TypeError when it is longer than 200 characters. */
export function cleanShortText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_LENGTH) throw new TypeError(`This must have at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

/** One person (mentee or mentor), or undefined. */
export function getPerson(id: string): Promise<Person | undefined> {
  return runRead(['people'], (tx) => tx.objectStore('people').get(id));
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
