/**
 * Deleting everything on the tablet (Settings). Apart from `records.ts` so a records page's
 * first load does without it.
 */
import { deleteDatabase } from './connection';
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
