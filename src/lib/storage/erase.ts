/**
 * Deleting everything on the tablet (Settings). Apart from `records.ts` so a records page's
 * first load does without it.
 */
import { deleteDB } from 'idb';
import { BLOCKED_TIMEOUT_MS, closeDb, indexedDbFactory } from './connection';
import { StorageError, toStorageError } from './errors';
import { emitStorageEvent } from './events';
import { DB_NAME } from './exists';
import { forgetMarker } from './health';
import { clearAllJournal } from './journal-all';

/**
 * Deletes everything on this tablet: the whole database (our connection is closed first),
 * the supervisor view's store of handover files, and every journal entry. Display
 * settings stay.
 * @throws StorageError `blocked` when another tab keeps the workbook open (it is deleted
 *   once that tab closes).
 */
export async function deleteEverything(): Promise<void> {
  clearAllJournal();
  // First, so no tab takes the deletion for a database the browser threw away.
  forgetMarker();
  // The supervisor view's store: its code loads only here (the one page that deletes it).
  const { deleteSupervisorStore } = await import('./supervisor');
  await deleteSupervisorStore();
  await deleteDatabase();
}

/**
 * Deletes the whole database, closing our connection first. Other tabs running this
 * code close theirs when asked; if one does not within the blocked timeout, throws a
 * `blocked` StorageError (the browser still deletes once that tab closes).
 */
async function deleteDatabase(blockedTimeoutMs = BLOCKED_TIMEOUT_MS): Promise<void> {
  await closeDb();
  indexedDbFactory();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: StorageError) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => {
    giveUp = reject;
  });
  const deleting = deleteDB(DB_NAME, {
    blocked() {
      emitStorageEvent({ type: 'blocked' });
      timer ??= setTimeout(() => giveUp(new StorageError('blocked')), blockedTimeoutMs);
    },
  });
  try {
    await Promise.race([deleting, blocked]);
  } catch (error) {
    deleting.catch(() => undefined);
    throw toStorageError(error);
  } finally {
    clearTimeout(timer);
  }
}
