/**
 * Handing files to the person: a download made in the browser (a Blob), so nothing
 * ever leaves the tablet over the network. No storage code here: form pages use it to
 * save the form on screen even when IndexedDB is dead.
 */
import { t } from '~/i18n/settings';

export { downloadText } from './download-text';

/** The event a page hears when a full backup file was made (Settings and the reminder listen). */
export const BACKUP_MADE_EVENT = 'wb-backup-made';

/** A file that was handed to the person. */
export interface SavedFile {
  fileName: string;
}

/** "The backup file is saved. …" for a status message. */
export function savedFileText(file: SavedFile): string {
  return t('settings.fileSaved', { fileName: file.fileName });
}
