/**
 * What a mentee's page reads before it can show anything (headless, no Alpine): the
 * person, and for each of the mentee forms its records and how many there are. Most forms
 * have a few records, read whole; a paged form (its listing's `pageSize`, the meetings)
 * can have hundreds, so only its newest page is read, by date, and the rest is counted.
 *
 * Every read starts at once (the person, each form's page and count): none waits for
 * another, so the page waits for the slowest one, not for their sum (before issue 17 the
 * forms were read only after the person).
 */
import { listingOf, loadListings } from '~/lib/forms/listings';
import { countRecords, getPerson, listRecordsByDate, listRecordsForPerson, type Person, type StoredRecord } from '~/lib/storage';

/** A mentee's page's data. */
export interface MenteeRead {
  /** Undefined when no person has this id. */
  person: Person | undefined;
  /** Each form's records: all of them, or a paged form's newest page (newest date first). */
  records: Record<string, StoredRecord[]>;
  /** How many records each form has in all (in force). */
  counts: Record<string, number>;
}

/** Reads one form's records (a paged form's newest page only) and their number. */
async function readForm(personId: string, formId: string): Promise<[StoredRecord[], number]> {
  const pageSize = listingOf(formId).pageSize;
  if (pageSize === undefined) {
    const all = await listRecordsForPerson(personId, { formId });
    return [all, all.length];
  }
  return Promise.all([listRecordsByDate(personId, formId, { limit: pageSize }), countRecords(personId, formId)]);
}

/**
 * Reads the person `personId` and their records of `formIds`, all at once. An empty id
 * reads nothing (no person). Rejects as storage does (a StorageError, or what it wraps).
 */
export async function readMentee(personId: string, formIds: readonly string[]): Promise<MenteeRead> {
  if (!personId) return { person: undefined, records: {}, counts: {} };
  // The person is read while the listings load (they say which forms are paged).
  const [person, read] = await Promise.all([
    getPerson(personId),
    loadListings(formIds).then(() => Promise.all(formIds.map((formId) => readForm(personId, formId)))),
  ]);
  return {
    person,
    records: Object.fromEntries(formIds.map((formId, i) => [formId, read[i]?.[0] ?? []])),
    counts: Object.fromEntries(formIds.map((formId, i) => [formId, read[i]?.[1] ?? 0])),
  };
}
