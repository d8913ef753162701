/**
 * The Settings page: the display settings form (applies a choice at once and saves it on
 * the device) and the "Keep your work safe" section. Plain DOM code (no Alpine), so
 * Settings stays light and does not split Alpine out of the form pages' bundle.
 */
import '~/forms/storage-setup';
import { t } from '~/i18n/settings';
import { loadSettings, saveSettings, themes, textSizes, type Settings } from '~/lib/settings';
import { startStorageSection } from './components/storage-settings';
import { startBackupReminder } from './components/backup-reminder';

/** Starts the "Keep your work safe" section and its backup reminder. */
export function startStorageSettings(): void {
  startStorageSection();
  void startBackupReminder();
}

/** Wires up the form marked `data-settings-form`, if the page has one. */
export function startSettingsForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-settings-form]');
  const status = document.querySelector<HTMLElement>('[data-settings-status]');
  if (!form || !status) return;

  const current = loadSettings();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    input.checked = current[input.name as keyof Settings] === input.value;
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const data = new FormData(form);
    const theme = themes.find((t) => t === data.get('theme')) ?? current.theme;
    const textSize = textSizes.find((s) => s === data.get('textSize')) ?? current.textSize;
    const stored = saveSettings({ theme, textSize });
    const picked = event.target instanceof HTMLInputElement ? event.target : null;
    const setting = t(picked?.name === 'theme' ? 'settings.colors' : 'settings.textSize');
    const choice = (picked?.closest('label')?.querySelector('.wb-choice__label')?.textContent ?? '').trim();
    status.textContent = stored ? t('settings.saved', { setting, choice }) : t('settings.notSaved');
  });
}
