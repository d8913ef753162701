/**
 * Settings → "Keep your work safe" (`StorageSection.astro`), in plain DOM. It says whether
 * the browser promised to keep the data, how much space is used and when the last backup
 * file was made; saves a backup file; opens one (size first, then a strict check of the
 * whole file, then what will change, then the person confirms; all or nothing); and
 * deletes everything on this tablet after a question that names what will go.
 */
import {
  MAX_BACKUP_BYTES,
  applyImport,
  backupProblems,
  exportBackup,
  listJournal,
  onStorageEvent,
  parseBackupText,
  planImport,
  readMeta,
  spaceFor,
  judgeSpace,
  toStorageError,
  type BackupFile,
  type StorageError,
} from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { t } from '~/i18n/settings';
import { APP_VERSION } from '~/lib/backup-ui/app-version';
import {
  describeBackupFile,
  describeCollision,
  describeEverything,
  describeImportPlan,
  describeKeptSigned,
  describeLastBackup,
  describePersistence,
  describeReplaced,
  describeUsage,
  importChangesNothing,
} from '~/lib/backup-ui/words';
import { BACKUP_MADE_EVENT, savedFileText } from './backup-download';
import { saveFullBackup } from './backup-files';
import { fillReviewList, keptIds } from './backup-review';
import { askToPersist, isPersisted } from './storage-persist';
import { announceRecordsChanged } from './storage-channel';
import { deleteEverythingOnDevice } from './storage-delete';
import { focusWhenShown } from './focus-when-shown';
import { closeDialog, openDialog } from './modal-dialog';

function fillList(list: HTMLElement | null, lines: readonly string[]): void {
  list?.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
}

/** Wires up the section marked `data-storage-settings`, if the page has one. */
export function startStorageSection(): void {
  const root = document.querySelector<HTMLElement>('[data-storage-settings]');
  if (!root) return;
  const $ = <T extends HTMLElement = HTMLElement>(name: string): T | null => root.querySelector<T>(`[data-ss-${name}]`);
  const setText = (name: string, text: string): void => {
    const el = $(name);
    if (el) el.textContent = text;
  };
  const show = (name: string, on: boolean): void => {
    const el = $(name);
    if (el) el.hidden = !on;
  };

  /** The file chosen and checked, with its size in bytes: about what the import stores (its space is checked when chosen and again before writing). */
  let chosen: { backup: BackupFile; bytes: number } | undefined;
  /** True once everything was deleted: do not read storage again (that would make a new, empty database). */
  let wiped = false;

  async function refresh(): Promise<void> {
    const persisted = await isPersisted();
    setText('persisted', describePersistence(persisted));
    show('ask-persist', persisted === false);
    let estimate: StorageEstimate | undefined;
    try {
      estimate = typeof navigator.storage?.estimate === 'function' ? await navigator.storage.estimate() : undefined;
    } catch {
      estimate = undefined;
    }
    setText('usage', describeUsage(estimate));
    // Warn early: a write on a full tablet can lose everything (see storage's health.ts).
    if (judgeSpace(estimate) === 'low') {
      setText('page-problem', t('settings.spaceLow'));
      show('page-problem', true);
    }
    if (wiped) {
      setText('last-backup', describeLastBackup(undefined));
      return;
    }
    try {
      setText('last-backup', describeLastBackup((await readMeta()).lastBackupAt));
    } catch (e) {
      setText('last-backup', t('settings.lastBackupUnknown'));
      setText('page-problem', await storageProblemText(toStorageError(e)));
      show('page-problem', true);
    }
  }

  async function saveBackup(statusName: string, button: HTMLButtonElement | null): Promise<void> {
    if (button) button.disabled = true;
    setText(statusName, t('settings.saving'));
    try {
      setText(statusName, savedFileText(await saveFullBackup()));
      wiped = false;
    } catch (e) {
      setText(statusName, t('settings.noFileMade', { problem: await storageProblemText(toStorageError(e)) }));
    }
    if (button) button.disabled = false;
  }

  // Opening a backup file, step by step.
  const openSteps = ['reading', 'refused', 'review', 'done'] as const;
  function step(name: (typeof openSteps)[number] | 'idle'): void {
    for (const s of openSteps) show(s, s === name);
  }

  /** Says why the file was not opened; after a loss, never that nothing changed. */
  function refuse(problem: string, error?: StorageError): void {
    chosen = undefined;
    setText('refused-text', t(error?.kind === 'wiped' ? 'settings.refusedLost' : 'settings.refused', { problem }));
    step('refused');
    focusWhenShown($('refused'));
  }

  async function fileChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    chosen = undefined;
    // The size first, before reading a byte.
    if (file.size > MAX_BACKUP_BYTES) {
      refuse(backupProblems.tooBig);
      return;
    }
    step('reading');
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse(t('settings.unreadable'));
      return;
    }
    // Every form's definition, so each answer is checked against its field's kind.
    await import('~/forms/import-setup');
    const parsed = parseBackupText(text, file.size);
    if (!parsed.ok) {
      refuse(parsed.problem);
      return;
    }
    if ((await spaceFor(file.size)) === 'too-little') {
      refuse(t('settings.noSpace'));
      return;
    }
    try {
      const plan = await planImport(parsed.backup);
      const collision = describeCollision(plan);
      if (collision !== undefined) {
        refuse(collision);
        return;
      }
      const words = describeImportPlan(plan);
      const replaced = describeReplaced(plan);
      const keptSigned = describeKeptSigned(plan);
      fillReviewList($('replaced'), replaced, true);
      show('replaced-block', replaced.length > 0);
      fillReviewList($('kept'), keptSigned, false);
      show('kept-block', keptSigned.length > 0);
      const nothing = importChangesNothing(plan);
      chosen = { backup: parsed.backup, bytes: file.size };
      setText('file-text', describeBackupFile(parsed.backup));
      fillList($('changes'), words.changes.map((line) => line.charAt(0).toUpperCase() + line.slice(1)));
      show('changes-block', !nothing);
      show('nothing', nothing);
      setText('unchanged', words.unchanged);
      show('confirm-open', !nothing);
      setText('cancel-open', t(nothing ? 'settings.ok' : 'settings.cancelOpen'));
      step('review');
      focusWhenShown($('review'));
    } catch (e) {
      const error = toStorageError(e);
      refuse(await storageProblemText(error), error);
    }
  }

  async function confirmOpen(button: HTMLButtonElement): Promise<void> {
    const file = chosen;
    if (!file) return;
    button.disabled = true;
    // The file's size, not the backup written out again: for 5,000 records that took over a second.
    if ((await spaceFor(file.bytes)) === 'too-little') {
      refuse(t('settings.noSpace'));
      button.disabled = false;
      return;
    }
    try {
      const result = await applyImport(file.backup, { keep: keptIds($('replaced')) });
      chosen = undefined;
      wiped = false;
      const summary = describeImportPlan(result).summary;
      setText(
        'done-text',
        importChangesNothing(result)
          ? t('settings.openedNothing')
          : t('settings.opened', { changes: `${summary.charAt(0).toLowerCase()}${summary.slice(1)}` }),
      );
      step('done');
      announceRecordsChanged({ all: true });
      focusWhenShown($('done'));
      await refresh();
    } catch (e) {
      const error = toStorageError(e);
      refuse(await storageProblemText(error), error);
    }
    button.disabled = false;
  }

  async function askDeleteAll(): Promise<void> {
    setText('delete-status', '');
    setText('delete-problem', '');
    setText('save-first-status', '');
    try {
      const everything = wiped ? undefined : await exportBackup({ appVersion: APP_VERSION, now: new Date() });
      fillList(
        $('delete-lines'),
        describeEverything({
          mentor: Boolean(everything?.mentor),
          mentees: everything?.people.length ?? 0,
          records: everything?.records.length ?? 0,
          unsaved: (await listJournal()).length,
        }),
      );
    } catch {
      fillList($('delete-lines'), [t('settings.everything')]);
    }
    openDialog($('delete-box'));
  }

  async function confirmDeleteAll(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    setText('delete-problem', '');
    const { databaseError } = await deleteEverythingOnDevice();
    button.disabled = false;
    wiped = true;
    announceRecordsChanged({ all: true });
    closeDialog($('delete-box'));
    if (databaseError) {
      show('retry-delete', true);
      setText(
        'delete-problem',
        databaseError.kind === 'blocked' ? t('settings.deleteBlocked') : t('settings.deleteFailed', { problem: await storageProblemText(databaseError) }),
      );
    } else {
      show('retry-delete', false);
      setText('delete-status', t('settings.deleted'));
      setText('save-status', '');
      step('idle');
    }
    focusWhenShown($('delete-result'));
    await refresh();
  }

  async function askPersist(): Promise<void> {
    const granted = await askToPersist(true);
    setText('persisted', granted === false ? `${describePersistence(granted)} ${t('settings.persistRefused')}` : describePersistence(granted));
    show('ask-persist', granted === false);
  }

  $('ask-persist')?.addEventListener('click', () => void askPersist());
  const saveButton = $<HTMLButtonElement>('save');
  saveButton?.addEventListener('click', () => void saveBackup('save-status', saveButton));
  const saveFirst = $<HTMLButtonElement>('save-first');
  saveFirst?.addEventListener('click', () => void saveBackup('save-first-status', saveFirst));
  const input = $<HTMLInputElement>('file');
  $('open')?.addEventListener('click', () => input?.click());
  input?.addEventListener('change', () => void fileChosen(input));
  const confirm = $<HTMLButtonElement>('confirm-open');
  confirm?.addEventListener('click', () => void confirmOpen(confirm));
  $('cancel-open')?.addEventListener('click', () => {
    chosen = undefined;
    step('idle');
    focusWhenShown($('open'));
  });
  $('delete-all')?.addEventListener('click', () => void askDeleteAll());
  // Closing the dialog (this button or Escape) gives focus back to "Delete everything".
  $('cancel-delete')?.addEventListener('click', () => closeDialog($('delete-box')));
  const confirmDelete = $<HTMLButtonElement>('confirm-delete');
  confirmDelete?.addEventListener('click', () => void confirmDeleteAll(confirmDelete));
  const retry = $<HTMLButtonElement>('retry-delete');
  retry?.addEventListener('click', () => void confirmDeleteAll(retry));

  addEventListener(BACKUP_MADE_EVENT, () => void refresh());
  onStorageEvent((event) => {
    if (event.type !== 'version-changed' || event.deleted) return;
    setText('page-problem', t('settings.updated'));
    show('page-problem', true);
  });
  void refresh();
}
