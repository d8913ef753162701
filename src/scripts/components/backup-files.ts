/**
 * Backup files of what is stored: everything (Settings, the reminder) or one mentee
 * (the mentee page loads this only when its button is pressed).
 */
import { APP_VERSION } from '~/lib/backup-ui/app-version';
import { backupFileName, exportBackup, markBackupMade, serializeBackup } from '~/lib/storage';
import { BACKUP_MADE_EVENT, downloadText, type SavedFile } from './backup-download';

/**
 * Makes a backup file of everything on this tablet, hands it to the person, and records
 * when (for Settings and the reminder).
 * @throws StorageError when storage cannot be read.
 */
export async function saveFullBackup(now = new Date()): Promise<SavedFile> {
  const text = serializeBackup(await exportBackup({ appVersion: APP_VERSION, now }));
  const fileName = backupFileName(now);
  downloadText(fileName, text);
  await markBackupMade(now);
  dispatchEvent(new CustomEvent(BACKUP_MADE_EVENT, { detail: now.toISOString() }));
  return { fileName };
}

/**
 * Makes a backup file of one mentee and their forms. Not a full backup, so the "last
 * backup" date does not change.
 */
export async function saveMenteeBackup(personId: string, now = new Date()): Promise<SavedFile> {
  const text = serializeBackup(await exportBackup({ personId, appVersion: APP_VERSION, now }));
  const fileName = backupFileName(now, 'mentee');
  downloadText(fileName, text);
  return { fileName };
}
