/**
 * The supervisor view (`/supervisor/`) and its billing summary (`/supervisor/billing/`).
 * Opening files: each file is checked completely (`src/lib/handover/open.ts`) before it
 * is kept in the supervisor store; a locked one asks for its secret words; a wrong file
 * gets a plain message and changes nothing. The summary per peer mentor and the billing
 * lines come from `src/lib/handover/summary.ts`. Every text is set with textContent.
 */
import '~/forms/storage-setup';
import { loadForm } from '~/forms/load';
import { t, tDate, tNumber } from '~/i18n/handover';
import type { FormModule } from '~/lib/forms/module';
import type { FormsById } from '~/lib/handover/make';
import { readHandoverText, unlockHandover, type HandoverProblem, type ReadResult } from '~/lib/handover/open';
import type { HandoverFile, LockedFile } from '~/lib/handover/schema';
import { keepHandovers, listHandovers, removeHandover, type KeptHandover } from '~/lib/handover/store';
import { billingCsv, billingLines, overviewOf, type AttentionKind, type BillingLine, type MentorOverview } from '~/lib/handover/summary';
import { MAX_BACKUP_BYTES, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { supervisorPrintHref } from '~/lib/urls';
import { downloadText } from './components/download-text';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let monthFormat: Intl.DateTimeFormat | undefined;

/** "November 2026" for '2026-11', in the page's language (one formatter: making one per row is slow). */
function monthWords(month: string): string {
  const [year, m] = month.split('-').map(Number);
  monthFormat ??= new Intl.DateTimeFormat(document.documentElement.lang || 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return monthFormat.format(new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 1)));
}

/** Every form's module, by id (the page's `data-form-ids`). */
async function loadForms(page: HTMLElement): Promise<FormsById> {
  const ids = JSON.parse(page.dataset['formIds'] ?? '[]') as string[];
  const modules = await Promise.all(ids.map((id) => loadForm(id)));
  return new Map(modules.flatMap((m): [string, FormModule][] => (m ? [[m.record.id, m]] : [])));
}

/** A table with a caption, column heads (numbers right-aligned) and rows. */
function table(caption: string, heads: readonly [string, boolean][], rows: readonly (readonly string[])[], totals?: readonly string[]): HTMLElement {
  const wrap = el('div', undefined, 'wb-sv__table-wrap');
  const tbl = el('table', undefined, 'wb-sv-table');
  tbl.createCaption().textContent = caption;
  const head = tbl.createTHead().insertRow();
  for (const [words, number] of heads) {
    const th = el('th', words, number ? 'wb-sv-table__number' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const body = tbl.createTBody();
  const addRow = (cells: readonly string[], className?: string): void => {
    const tr = body.insertRow();
    if (className) tr.className = className;
    cells.forEach((cell, i) => {
      const cellEl = i === 0 ? el('th', cell) : el('td', cell, heads[i]?.[1] ? 'wb-sv-table__number' : undefined);
      if (i === 0) (cellEl).scope = 'row';
      tr.append(cellEl);
    });
  };
  for (const row of rows) addRow(row);
  if (totals) addRow(totals, 'wb-sv-table__total');
  wrap.append(tbl);
  scrollsWithKeys(wrap, tbl.caption);
  return wrap;
}

let captions = 0;

/**
 * A table wider than the screen scrolls sideways in its box; with only a keyboard, the box
 * must take focus to be scrolled (arrow keys). So while it is too narrow, the box is a
 * named region in the Tab order; when the table fits, it is not a stop on the way.
 */
function scrollsWithKeys(wrap: HTMLElement, caption: HTMLTableCaptionElement | null): void {
  if (caption && !caption.id) caption.id = `sv-caption-${String((captions += 1))}`;
  const update = (): void => {
    if (wrap.scrollWidth > wrap.clientWidth + 1) {
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      if (caption) wrap.setAttribute('aria-labelledby', caption.id);
    } else {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-labelledby');
    }
  };
  if ('ResizeObserver' in globalThis) new ResizeObserver(update).observe(wrap);
  else requestAnimationFrame(update);
}

const attentionKey: Record<AttentionKind, 'handover.attention.unfinished' | 'handover.attention.unsigned' | 'handover.attention.changed'> = {
  unfinished: 'handover.attention.unfinished',
  unsigned: 'handover.attention.unsigned',
  changed: 'handover.attention.changed',
};

/** One peer mentor's section. */
function mentorSection(kept: KeptHandover, view: MentorOverview, index: number, onRemove: () => void): HTMLElement {
  const section = el('section', undefined, 'wb-sv__mentor');
  const headingId = `sv-mentor-${String(index)}`;
  section.setAttribute('aria-labelledby', headingId);
  const h2 = el('h2', view.mentor.name);
  h2.id = headingId;
  section.append(h2);
  const about = el('ul', undefined, 'wb-sv__about');
  if (view.mentor.agency) about.append(el('li', t('handover.agency', { agency: view.mentor.agency })));
  if (view.mentor.supervisor) about.append(el('li', t('handover.supervisor', { supervisor: view.mentor.supervisor })));
  about.append(el('li', t('handover.period', { from: tDate(view.period.from), to: tDate(view.period.to) })));
  section.append(about);

  section.append(el('h3', t('handover.hoursTitle')));
  const h = view.hours;
  section.append(
    el('p', h
      ? [t('handover.hours', { hours: tNumber(h.totalHours), goal: tNumber(h.goalHours) }), t('handover.faceToFace', { hours: tNumber(h.faceToFaceHours) }), t(h.faceToFaceHalf ? 'handover.faceToFaceHalf' : 'handover.faceToFaceNotHalf')].join(' ')
      : t('handover.noHours')),
  );

  section.append(el('h3', t('handover.evaluationsTitle')));
  const evaluations = el('ul');
  for (const e of view.evaluations) evaluations.append(el('li', t(e.done ? 'handover.evaluationDone' : 'handover.evaluationMissing', { name: e.label })));
  section.append(evaluations);

  section.append(el('h3', t('handover.meetingsTitle')));
  const rows = view.mentees.flatMap((m) => m.months.map((month) => [m.name, monthWords(month.month), tNumber(month.meetings), tNumber(month.minutes), tNumber(month.units)]));
  if (rows.length === 0) section.append(el('p', t('handover.noMeetings')));
  else {
    section.append(table(t('handover.meetingsCaption'), [[t('handover.mentee'), false], [t('handover.month'), false], [t('handover.meetings'), true], [t('handover.minutes'), true], [t('handover.units'), true]], rows));
  }
  for (const m of view.mentees) if (m.notFinished > 0) section.append(el('p', t('handover.notFinishedMeetings', { name: m.name, count: m.notFinished })));

  section.append(el('h3', t('handover.attentionTitle')));
  if (view.attention.length === 0) section.append(el('p', t('handover.attentionNone')));
  else {
    const list = el('ul');
    for (const a of view.attention) list.append(el('li', t(attentionKey[a.kind], { form: a.form, name: a.name, date: a.date ? tDate(a.date) : t('handover.noDate') })));
    section.append(list);
  }

  const buttons = el('div', undefined, 'wb-button-row');
  const print = el('a', t('handover.printRecords'), 'wb-button wb-button--secondary');
  print.href = supervisorPrintHref(kept.id, view.period);
  const remove = el('button', t('handover.remove'), 'wb-button wb-button--secondary');
  remove.type = 'button';
  remove.addEventListener('click', onRemove);
  buttons.append(print, remove);
  section.append(buttons);
  return section;
}

/** The CSV header in the page's words. */
function csvHeader(): string[] {
  return [t('handover.csvAgency'), t('handover.month'), t('handover.billingPeerMentor'), t('handover.mentee'), t('handover.meetings'), t('handover.minutes'), t('handover.units')];
}

function saveCsv(lines: readonly BillingLine[]): void {
  // A byte order mark, so a spreadsheet reads names with accents right.
  downloadText(t('handover.csvFileName'), `\uFEFF${billingCsv(csvHeader(), lines)}`, 'text/csv');
}

/** A kept file and its overview. */
interface Shown {
  kept: KeptHandover;
  view: MentorOverview;
}

/** Reads every kept file and works out its overview. */
async function readAll(forms: FormsById): Promise<Shown[]> {
  return (await listHandovers()).map((kept) => ({ kept, view: overviewOf(kept.handover, forms) }));
}

/** Reads a chosen file's text and checks it (files over 25 MB are refused unread). */
async function readFile(file: File): Promise<ReadResult> {
  return file.size > MAX_BACKUP_BYTES ? readHandoverText('', file.size) : readHandoverText(await file.text(), file.size);
}

/** Starts the supervisor view. */
export async function startSupervisorPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-sv-page]');
  if (!page) return;
  const q = <E extends HTMLElement>(name: string): E | null => page.querySelector<E>(`[data-sv-${name}]`);
  const input = q<HTMLInputElement>('file');
  const status = q('status');
  const list = q('list');
  const problems = q('problems');
  const unlock = q<HTMLFormElement>('unlock');
  const unlockText = q('unlock-text');
  const unlockError = q('unlock-error');
  const passphrase = q<HTMLInputElement>('passphrase');
  const drop = q('drop');
  if (!input || !status || !list || !problems || !unlock || !passphrase) return;
  const forms = await loadForms(page);
  let lines: BillingLine[] = [];
  const problemLines: string[] = [];
  const lockedQueue: { name: string; locked: LockedFile }[] = [];

  const showProblems = (): void => {
    problems.replaceChildren(...problemLines.map((line) => el('p', line)));
    problems.hidden = problemLines.length === 0;
    if (problemLines.length > 0) problems.focus();
  };
  const problemOf = (name: string, problem: HandoverProblem): string => t('handover.problemFile', { fileName: name, problem: t(`handover.problem.${problem}`) });

  /** The files on screen, oldest first (as `listHandovers` gives them). */
  let shown: Shown[] = [];

  function draw(): void {
    lines = billingLines(shown.map((a) => a.view));
    list!.replaceChildren(...shown.map(({ kept, view }, i) => mentorSection(kept, view, i, () => void remove(kept, view.mentor.name))));
    status!.textContent = shown.length === 0 ? t('handover.noFiles') : t('handover.opened', { count: shown.length });
    const billing = q('billing');
    if (billing) billing.hidden = shown.length === 0;
  }

  async function render(): Promise<void> {
    try {
      shown = await readAll(forms);
      draw();
    } catch (e) {
      status!.textContent = await storageProblemText(toStorageError(e));
    }
  }

  /** Shows files just kept: without reading the store back (a file opened again moves to the end, as in the store). */
  function showKept(kept: readonly KeptHandover[]): void {
    const fresh = new Map(kept.map((k) => [k.id, k]));
    shown = [...shown.filter((s) => !fresh.has(s.kept.id)), ...[...fresh.values()].map((k) => ({ kept: k, view: overviewOf(k.handover, forms) }))];
    draw();
  }

  async function remove(kept: KeptHandover, name: string): Promise<void> {
    try {
      await removeHandover(kept.id);
      shown = shown.filter((s) => s.kept.id !== kept.id);
      draw();
      status!.textContent = t('handover.removed', { name });
      status!.focus();
    } catch (e) {
      status!.textContent = await storageProblemText(toStorageError(e));
    }
  }

  function askNext(): void {
    const next = lockedQueue[0];
    unlock!.hidden = !next;
    if (!next) return;
    if (unlockText) unlockText.textContent = t('handover.lockedAsk', { fileName: next.name });
    if (unlockError) unlockError.hidden = true;
    passphrase!.removeAttribute('aria-invalid');
    passphrase!.value = '';
    passphrase!.focus();
  }

  /** The last locked file is done: its questions go away, so focus goes to what is open now ("2 files are open."), not to the top of the page. */
  function afterAsking(): void {
    if (lockedQueue.length === 0) status!.focus();
  }

  async function open(files: readonly File[]): Promise<void> {
    problemLines.length = 0;
    status!.textContent = t('handover.loadingFiles');
    // Every file is read at once, checked one by one, and the good ones kept together in
    // one transaction (one problem line per file if keeping them fails).
    const reads = await Promise.all(files.map(async (file) => ({ file, read: await readFile(file) })));
    const good: { file: File; handover: HandoverFile; text: string }[] = [];
    for (const { file, read } of reads) {
      if (read.ok === true) good.push({ file, handover: read.handover, text: read.text });
      else if (read.ok === 'locked') lockedQueue.push({ name: file.name, locked: read.locked });
      else problemLines.push(problemOf(file.name, read.problem));
    }
    if (good.length > 0) {
      try {
        showKept(await keepHandovers(good, new Date()));
      } catch (e) {
        for (const { file } of good) problemLines.push(t('handover.problemFile', { fileName: file.name, problem: await storageProblemText(toStorageError(e)) }));
        draw();
      }
    } else draw();
    showProblems();
    askNext();
  }

  unlock.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = lockedQueue[0];
    if (!next) return;
    void unlockHandover(next.locked, passphrase.value).then(async (result) => {
      if (!result.ok) {
        if (unlockError) {
          // Emptied first, so a screen reader says it again after a second wrong try (the box keeps focus).
          unlockError.textContent = '';
          unlockError.hidden = false;
          const problem = t(`handover.problem.${result.problem}`);
          requestAnimationFrame(() => (unlockError.textContent = problem));
        }
        passphrase.setAttribute('aria-invalid', 'true');
        passphrase.focus();
        return;
      }
      lockedQueue.shift();
      showKept(await keepHandovers([result], new Date()));
      askNext();
      afterAsking();
    }).catch(async (e: unknown) => {
      status.textContent = await storageProblemText(toStorageError(e));
    });
  });
  q('skip')?.addEventListener('click', () => {
    lockedQueue.shift();
    askNext();
    afterAsking();
  });
  q('choose')?.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void open(files);
  });
  drop?.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('wb-sv__drop--over');
  });
  drop?.addEventListener('dragleave', () => drop.classList.remove('wb-sv__drop--over'));
  drop?.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('wb-sv__drop--over');
    void open([...(event.dataTransfer?.files ?? [])]);
  });
  q('csv')?.addEventListener('click', () => saveCsv(lines));
  await render();
}

/** Starts the billing summary page: one table per agency and month. */
export async function startSupervisorBilling(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-sv-billing-page]');
  const status = page?.querySelector<HTMLElement>('[data-sv-status]');
  const list = page?.querySelector<HTMLElement>('[data-sv-list]');
  if (!page || !status || !list) return;
  let lines: BillingLine[];
  try {
    lines = billingLines((await readAll(await loadForms(page))).map((a) => a.view));
  } catch (e) {
    status.textContent = await storageProblemText(toStorageError(e));
    return;
  }
  if (lines.length === 0) {
    status.textContent = t('handover.billingNone');
    return;
  }
  status.textContent = '';
  const groups = new Map<string, BillingLine[]>();
  for (const line of lines) {
    const key = `${line.agency}\n${line.month}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const sum = (pick: (l: BillingLine) => number): string => tNumber(group.reduce((s, l) => s + pick(l), 0));
    list.append(
      table(
        t('handover.billingAgencyMonth', { agency: first.agency || t('handover.billingNoAgency'), month: monthWords(first.month) }),
        [[t('handover.billingPeerMentor'), false], [t('handover.mentee'), false], [t('handover.meetings'), true], [t('handover.minutes'), true], [t('handover.units'), true]],
        group.map((l) => [l.mentor, l.mentee, tNumber(l.meetings), tNumber(l.minutes), tNumber(l.units)]),
        [t('handover.billingTotal'), '', sum((l) => l.meetings), sum((l) => l.minutes), sum((l) => l.units)],
      ),
    );
  }
  for (const name of ['print-row', 'csv-row']) page.querySelector<HTMLElement>(`[data-sv-${name}]`)?.removeAttribute('hidden');
  page.querySelector('[data-sv-print]')?.addEventListener('click', () => window.print());
  page.querySelector('[data-sv-csv]')?.addEventListener('click', () => saveCsv(lines));
}
