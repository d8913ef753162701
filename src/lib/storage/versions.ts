/**
 * Versions of a record: "Change my plan" (a new plan version) and "Change it" on a sealed
 * record (a correction, see "Signed means sealed" in `records.ts`), and reading every
 * version of a record. Apart from `records.ts` so that pages load it only when they make
 * or show versions (a form page loads it with a saved record's history).
 */
import { StorageError } from './errors';
import { upgraded } from './hooks';
import { MAX_REASON_LENGTH } from './limits';
import { checkFormVersion, forWrite, isSealed, loadSchema, signedAnswers, withDate } from './records';
import type { Correction, FormValues, StoredRecord } from './schema';
import { nowIso, runRead, runWrite, touchLastChange } from './transactions';

/**
 * "Change my plan", and "Change it" on a sealed record (a correction): copies a record
 * into a new draft that `supersedes` it, and marks the old one `supersededBy` the new one
 * (revision + 1), in one transaction.
 * @param options.data answers for the new draft (default: a copy of the old answers;
 *   the page passes them with signatures cleared). `options.formVersion`: the form
 *   version for the new draft (default: the old one's). `options.correction`: makes the
 *   draft a correction with this reason (one line, 1–200 characters); the old record
 *   must be sealed, and the signatures it holds are the ones needed again.
 * @returns the new draft.
 * @throws StorageError `conflict` (with the old record) when it was already replaced by a
 *   version that still exists, or for a correction of a record that is not sealed;
 *   `not-found` when it is gone.
 * @throws TypeError when the reason is empty, too long or more than one line.
 */
export async function startNewVersion(
  recordId: string,
  options: { data?: FormValues; formVersion?: number; correction?: { reason: string } } = {},
): Promise<StoredRecord> {
  const { checkFormValues } = await loadSchema();
  const data = options.data === undefined ? undefined : checkFormValues(options.data);
  if (options.formVersion !== undefined) checkFormVersion(options.formVersion);
  const reason = options.correction?.reason.trim();
  if (reason !== undefined && (reason === '' || reason.length > MAX_REASON_LENGTH || /[\r\n]/u.test(reason))) {
    throw new TypeError('A correction needs a reason in one line');
  }
  const at = nowIso();
  const newId = crypto.randomUUID();
  return runWrite(['records', 'meta'], async (tx) => {
    const store = tx.objectStore('records');
    const stored = await store.get(recordId);
    if (!stored) throw new StorageError('not-found');
    const old = forWrite(stored, checkFormValues);
    if (old.supersededBy !== undefined && (await store.getKey(old.supersededBy)) !== undefined) {
      throw new StorageError('conflict', { record: old });
    }
    if (reason !== undefined && !isSealed(old)) throw new StorageError('conflict', { record: old });
    const correction: Correction | undefined =
      reason === undefined ? undefined : { reason, at, signedBefore: signedAnswers(old.data) };
    const draft = withDate({
      id: newId,
      formId: old.formId,
      formVersion: options.formVersion ?? old.formVersion,
      personId: old.personId,
      createdAt: at,
      updatedAt: at,
      status: 'draft',
      revision: 1,
      data: data ?? structuredClone(old.data),
      supersedes: old.id,
      ...(correction ? { correction } : {}),
      date: '',
    });
    await store.put({ ...old, supersededBy: newId, updatedAt: at, revision: old.revision + 1 });
    await store.add(draft);
    await touchLastChange(tx.objectStore('meta'), at);
    return draft;
  });
}

/**
 * Every version of a plan or a corrected record that the record belongs to, newest version first: it follows
 * `supersedes` back and `supersededBy` forward. Missing versions end the chain there.
 */
export function versionHistory(recordId: string): Promise<StoredRecord[]> {
  return runRead(['records'], async (tx) => {
    const store = tx.objectStore('records');
    const start = await store.get(recordId);
    if (!start) return [];
    const seen = new Set<string>([start.id]);
    const older: StoredRecord[] = [];
    const newer: StoredRecord[] = [];
    for (let id = start.supersedes; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const r = await store.get(id);
      if (!r) break;
      older.push(r);
      id = r.supersedes;
    }
    for (let id = start.supersededBy; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const r = await store.get(id);
      if (!r) break;
      newer.push(r);
      id = r.supersededBy;
    }
    return [...newer.reverse(), start, ...older].map(upgraded);
  });
}

