/**
 * Handing files to the person: a download made in the browser (a Blob), so nothing
 * ever leaves the tablet over the network. No storage code here: form pages use it to
 * save the form on screen even when IndexedDB is dead.
 */
import { t } from '~/i18n/settings';

/** The event a page hears when a full backup file was made (Settings and the reminder listen). */
export const BACKUP_MADE_EVENT = 'wb-backup-made';

/** Starts the download of a text file. Works without IndexedDB. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the slowest download to start; the file itself is then the browser's.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file that was handed to the person. */
export interface SavedFile {
  fileName: string;
  bytes: number;
}

/** "The backup file is saved. …" for a status message. */
export function savedFileText(file: SavedFile): string {
  return t('settings.fileSaved', { fileName: file.fileName });
}
