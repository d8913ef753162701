/**
 * The backup reminder (`BackupReminder.astro`): shows itself when a backup is due, saves
 * a backup file in one tap, and "Not now" hides it for this tab's session. Plain DOM, so
 * the home page can load it after everything else.
 */
import { t } from '~/i18n/settings';
import { databaseExists, backupReminderDue, readMeta, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { BACKUP_MADE_EVENT, savedFileText } from './backup-download';

/** sessionStorage key: the person said "Not now" in this tab. */
const REMINDER_DISMISSED_KEY = 'wb.backupReminderDismissed';

function dismissed(): boolean {
  try {
    return sessionStorage.getItem(REMINDER_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

function dismiss(): void {
  try {
    sessionStorage.setItem(REMINDER_DISMISSED_KEY, '1');
  } catch {
    // Then it only hides until the page is left.
  }
}

/** Wires up the reminder on this page, if it has one, and shows it when a backup is due. */
export async function startBackupReminder(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-backup-reminder]');
  if (!box || dismissed()) return;
  const ask = box.querySelector<HTMLElement>('[data-reminder-ask]');
  const done = box.querySelector<HTMLElement>('[data-reminder-done]');
  const text = box.querySelector<HTMLElement>('[data-reminder-text]');
  const status = box.querySelector<HTMLElement>('[data-reminder-status]');
  const save = box.querySelector<HTMLButtonElement>('[data-reminder-save]');
  if (!ask || !done || !text || !status || !save) return;

  const hide = (): void => {
    box.hidden = true;
  };
  box.querySelector('[data-reminder-dismiss]')?.addEventListener('click', () => {
    dismiss();
    hide();
  });
  box.querySelector('[data-reminder-close]')?.addEventListener('click', hide);
  let savingHere = false;
  const saveNow = async (): Promise<void> => {
    save.disabled = true;
    savingHere = true;
    try {
      // The backup code loads when the button is pressed: the reminder itself only reads.
      const { saveFullBackup } = await import('./backup-files');
      status.textContent = savedFileText(await saveFullBackup());
    } catch (e) {
      status.textContent = t('settings.noFileMade', { problem: await storageProblemText(toStorageError(e)) });
    }
    save.disabled = false;
    savingHere = false;
    ask.hidden = true;
    done.hidden = false;
    done.focus();
  };
  save.addEventListener('click', () => void saveNow());
  // A backup made elsewhere on the page (Settings) answers the reminder too.
  addEventListener(BACKUP_MADE_EVENT, () => {
    if (!savingHere) hide();
  });

  if (!(await databaseExists())) return;
  try {
    const meta = await readMeta();
    if (!backupReminderDue(meta)) return;
    text.textContent = t(meta.lastBackupAt === undefined ? 'settings.reminderFirst' : 'settings.reminderOld');
    box.hidden = false;
  } catch {
    // The reminder is a bonus: if storage cannot be read, the pages that need it say so.
  }
}
