/**
 * "For my supervisor" (`/for-my-supervisor/`): checks the dates and the secret words,
 * makes the handover file (`src/lib/handover/make.ts`) from a backup of the tablet,
 * locks it when asked (`crypto.ts`), and gives it to the person: the share sheet where
 * the browser can share files (`navigator.canShare({ files })`), a download otherwise.
 * Nothing is sent anywhere by the workbook. Every text is set with textContent.
 */
import '~/forms/storage-setup';
import { loadForm } from '~/forms/load';
import { t, tDate } from '~/i18n/handover';
import { APP_VERSION } from '~/lib/backup-ui/app-version';
import type { FormModule } from '~/lib/forms/module';
import { lockText } from '~/lib/handover/crypto';
import { handoverFileName, makeHandover } from '~/lib/handover/make';
import { lastCalendarMonth, periodProblem } from '~/lib/print/period';
import { exportBackup, getMentorProfile, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { downloadText } from './components/download-text';

/** The fewest letters of the secret words. */
const MIN_PASSPHRASE = 8;

function show(el: HTMLElement | null | undefined, on: boolean): void {
  if (el) el.hidden = !on;
}

/** Starts the page. */
export async function startHandoverPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-handover-page]');
  const form = page?.querySelector<HTMLFormElement>('[data-handover-form]');
  if (!page || !form) return;
  const q = <E extends HTMLElement>(name: string): E | null => page.querySelector<E>(`[data-handover-${name}]`);
  const problem = q('problem');
  const status = q('status');
  const from = form.querySelector<HTMLInputElement>('[name="from"]');
  const to = form.querySelector<HTMLInputElement>('[name="to"]');
  const lock = q<HTMLInputElement>('lock');
  const passphrase = form.querySelector<HTMLInputElement>('[name="passphrase"]');
  const datesError = q('dates-error');
  const passphraseError = q('passphrase-error');
  const give = q('give');
  const share = q('share');
  const shareButton = q<HTMLButtonElement>('share-button');
  const save = q<HTMLButtonElement>('save');
  if (!from || !to || !lock || !passphrase || !status) return;
  const formIds = JSON.parse(page.dataset['formIds'] ?? '[]') as string[];

  const fail = async (e: unknown): Promise<void> => {
    if (problem) problem.textContent = await storageProblemText(toStorageError(e));
    show(problem, true);
  };
  try {
    const mentor = await getMentorProfile();
    show(q('loading'), false);
    if (!mentor) {
      show(q('profile'), true);
      return;
    }
  } catch (e) {
    show(q('loading'), false);
    await fail(e);
    return;
  }
  const month = lastCalendarMonth(new Date());
  from.value = month.from;
  to.value = month.to;
  show(form, true);
  lock.addEventListener('change', () => show(q('passphrase-field'), lock.checked));

  let made: File | undefined;
  let madeText = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void make();
  });

  async function make(): Promise<void> {
    show(give, false);
    made = undefined;
    const dates = periodProblem(from!.value, to!.value);
    if (datesError) datesError.textContent = dates === 'missing' ? t('handover.datesMissing') : dates === 'backwards' ? t('handover.datesBackwards') : '';
    show(datesError, dates !== '');
    const phrase = passphrase!.value;
    const shortPhrase = lock!.checked && [...phrase.trim()].length < MIN_PASSPHRASE;
    if (passphraseError) passphraseError.textContent = shortPhrase ? t('handover.passphraseShort') : '';
    show(passphraseError, shortPhrase);
    if (dates !== '') return from!.focus();
    if (shortPhrase) return passphrase!.focus();
    const period = { from: from!.value, to: to!.value };
    status!.textContent = t('handover.making');
    try {
      const now = new Date();
      const [backup, ...modules] = await Promise.all([exportBackup({ appVersion: APP_VERSION, now }), ...formIds.map((id) => loadForm(id))]);
      const forms = new Map(modules.flatMap((m): [string, FormModule][] => (m ? [[m.record.id, m]] : [])));
      const handover = makeHandover(backup, period, forms, { appVersion: APP_VERSION, now });
      if (!handover) {
        status!.textContent = '';
        show(q('profile'), true);
        return;
      }
      if (handover.records.length === 0) {
        status!.textContent = t('handover.none', { from: tDate(period.from), to: tDate(period.to) });
        return;
      }
      const text = JSON.stringify(handover);
      const locked = lock!.checked;
      const body = locked ? JSON.stringify(await lockText(text, phrase)) : text;
      madeText = body;
      made = new File([body], handoverFileName(period, locked), { type: 'application/json' });
      status!.textContent = [t('handover.made', { count: handover.records.length }), locked ? t('handover.madeLocked') : ''].filter(Boolean).join(' ');
      show(share, typeof navigator.canShare === 'function' && navigator.canShare({ files: [made] }));
      show(give, true);
    } catch (e) {
      status!.textContent = '';
      await fail(e);
    }
  }

  shareButton?.addEventListener('click', () => {
    if (!made) return;
    navigator.share({ files: [made], title: t('handover.title') }).then(
      () => (status.textContent = t('handover.shared')),
      () => (status.textContent = t('handover.shareStopped')),
    );
  });
  save?.addEventListener('click', () => {
    if (!made) return;
    downloadText(made.name, madeText);
    status.textContent = t('handover.saved', { fileName: made.name });
  });
}
