/**
 * The agency's passing average for the internship evaluation, kept on the mentor profile.
 * Apart from `people.ts` (what every records page reads) because only Internship sets it.
 */
import { StorageError } from './errors';
import { MENTOR_ID } from './limits';
import type { Person } from './schema';
import { nowIso, runWrite, touchLastChange } from './transactions';

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
