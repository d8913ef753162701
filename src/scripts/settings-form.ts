/**
 * The display settings form: applies a choice at once and saves it on the device.
 * Plain DOM code (no Alpine): it is small, and it keeps content pages light.
 */
import { loadSettings, saveSettings, themes, textSizes, type Settings } from '~/lib/settings';


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
    const what = picked?.name === 'theme' ? 'Colours' : 'Text size';
    const label = picked?.closest('label')?.querySelector('.wb-choice__label')?.textContent ?? '';
    status.textContent = stored
      ? `Saved. ${what}: ${label.trim()}.`
      : 'This tablet would not save your choice. It will work until you close the workbook.';
  });
}
