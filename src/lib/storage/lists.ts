/**
 * A person's records of one form, one page at a time (the mentee page's lists). Apart from
 * `records.ts` so a form page's first load does without it.
 */
import { upgraded } from './hooks';
import { isInForce, type Lookup } from './records';
import type { StoredRecord } from './schema';
import { runRead } from './transactions';

/**
 * A person's records of one form in force (see `isInForce`), newest `date` first (records
 * without a date last; on the same date, the later made id first), one page at a time:
 * reads the records up to the page's end.
 * @param offset how many of the newest records in force to skip (for "Show more").
 */
export function listRecordsByDate(
  personId: string,
  formId: string,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<StoredRecord[]> {
  if (limit <= 0) return Promise.resolve([]);
  return runRead(['records'], async (tx) => {
    const out: StoredRecord[] = [];
    const range = IDBKeyRange.bound([personId, formId], [personId, formId, []]);
    const store = tx.objectStore('records');
    const lookup: Lookup = (id) => store.get(id);
    let cursor = await store.index('by-person-form-date').openCursor(range, 'prev');
    let skipped = 0;
    while (cursor && out.length < limit) {
      const record = upgraded(cursor.value);
      if (await isInForce(record, lookup)) {
        if (skipped < offset) skipped += 1;
        else out.push(record);
      }
      cursor = await cursor.continue();
    }
    return out;
  });
}

