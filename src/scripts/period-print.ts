/**
 * The period print page (`/mentees/print/`): reads the mentee (or every mentee), picks the
 * records of the period (`src/lib/print/period.ts`), fills a copy of each form's paper
 * template per record (`fillPaper`, the paper copy's own code), or builds the billing
 * summary; adds the running header and page numbers (`running-header.ts`); and opens the
 * print window only once fonts and pictures are ready, so nothing prints blank.
 * Every text is set with textContent, never as markup.
 */
import '~/forms/storage-setup';
import { loadForm } from '~/forms/load';
import { t, tDate, tNumber } from '~/i18n/print';
import type { FormModule } from '~/lib/forms/module';
import { billedTime, billingPart, periodProblem, periodRecords, type BillingPart, type Period } from '~/lib/print/period';
import { recordPageName, runningHeaderCss } from '~/lib/print/running-header';
import { menteeHref } from '~/lib/urls';
import { getMentorProfile, getPerson, listMentees, listRecordsForPerson, toStorageError, type Person, type StoredRecord } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { fillPaper } from './paper-view';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Waits until the fonts and every picture (drawn signatures too) are ready to print. */
async function readyToPrint(): Promise<void> {
  await document.fonts.ready;
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
}

/** Adds the running header and "Page X of Y" (CSS paged media), one named page per header. */
function addPageStyles(headers: readonly string[]): void {
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(runningHeaderCss(headers, t('print.periodPageOf')));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** One record's running header: form title, mentee, date. */
function headerOf(form: FormModule, record: StoredRecord, person: Person): string {
  const title = form.definition.title;
  return record.date ? t('print.periodRunning', { title, name: person.name, date: tDate(record.date) }) : t('print.periodRunningNoDate', { title, name: person.name });
}

/** The billing summary: one table, a row per finished meeting, a total per mentee and for all. */
function billingTable(parts: readonly { person: Person; part: BillingPart }[]): HTMLElement {
  const table = el('table', undefined, 'wb-billing');
  const head = table.createTHead().insertRow();
  for (const [words, number] of [[t('print.billingMentee'), false], [t('print.billingDate'), false], [t('print.billingMinutes'), true], [t('print.billingUnits'), true]] as const) {
    const th = el('th', words, number ? 'wb-billing__number' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  let minutes = 0;
  let units = 0;
  for (const { person, part } of parts) {
    const body = table.createTBody();
    const rows = part.rows.length > 0 ? part.rows : [undefined];
    rows.forEach((row, i) => {
      const tr = body.insertRow();
      if (i === 0) {
        const name = el('th', person.name);
        name.scope = 'rowgroup';
        name.rowSpan = rows.length + 1;
        tr.append(name);
      }
      if (!row) {
        const none = el('td', t('print.billingNoMeetings'));
        none.colSpan = 3;
        tr.append(none);
        return;
      }
      tr.append(el('td', tDate(row.date)), el('td', tNumber(row.minutes), 'wb-billing__number'), el('td', tNumber(row.units), 'wb-billing__number'));
    });
    const total = body.insertRow();
    total.className = 'wb-billing__subtotal';
    const label = el('th', part.notFinished > 0 ? `${t('print.billingMenteeTotal')}. ${t('print.billingNotFinished', { count: part.notFinished })}` : t('print.billingMenteeTotal'));
    label.scope = 'row';
    total.append(label, el('td', tNumber(part.minutes), 'wb-billing__number'), el('td', tNumber(part.units), 'wb-billing__number'));
    minutes += part.minutes;
    units += part.units;
  }
  const foot = table.createTFoot().insertRow();
  const label = el('th', t('print.billingTotal'));
  label.scope = 'row';
  label.colSpan = 2;
  foot.append(label, el('td', tNumber(minutes), 'wb-billing__number'), el('td', tNumber(units), 'wb-billing__number'));
  return table;
}

/**
 * Where a period print reads people and records: this tablet's storage (`tabletSource`),
 * or a handover file opened in the supervisor view.
 */
export interface PeriodSource {
  /** The peer mentor's profile. */
  mentor(): Promise<Person | undefined>;
  /** One mentee, by id. */
  person(id: string): Promise<Person | undefined>;
  /** Everyone whose records print, in order. */
  people(): Promise<Person[]>;
  /** A person's records in force (any order). */
  records(personId: string): Promise<StoredRecord[]>;
}

/** This tablet's records. */
const tabletSource: PeriodSource = {
  mentor: getMentorProfile,
  person: getPerson,
  people: listMentees,
  records: (personId) => listRecordsForPerson(personId),
};

/** Starts the period print page, on this tablet's records or on another `source`. */
export async function startPeriodPrint(source: PeriodSource = tabletSource): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-period-page]');
  const message = page?.querySelector<HTMLElement>('[data-period-message]');
  const list = page?.querySelector<HTMLElement>('[data-period-list]');
  const heading = page?.querySelector<HTMLElement>('[data-period-heading]');
  const button = page?.querySelector<HTMLButtonElement>('[data-period-print]');
  if (!page || !message || !list || !heading || !button) return;
  const params = new URLSearchParams(location.search);
  const personId = params.get('id');
  const back = page.querySelector<HTMLAnchorElement>('[data-period-back]');
  if (back && personId) back.href = menteeHref(personId);
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const problem = periodProblem(period.from, period.to);
  if (problem) {
    message.textContent = t(problem === 'missing' ? 'print.periodMissing' : 'print.periodBackwards');
    return;
  }
  try {
    await fill(source, page, period, params, { message, list, heading });
  } catch (e) {
    message.textContent = await storageProblemText(toStorageError(e));
    return;
  }
  if (list.childElementCount === 0) return;
  page.querySelector<HTMLElement>('[data-period-print-row]')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    void readyToPrint().then(() => window.print());
  });
}

async function fill(source: PeriodSource, page: HTMLElement, period: Period, params: URLSearchParams, parts: { message: HTMLElement; list: HTMLElement; heading: HTMLElement }): Promise<void> {
  const { message, list, heading } = parts;
  const templates = new Map([...page.querySelectorAll<HTMLTemplateElement>('template[data-paper-template]')].map((tpl) => [tpl.dataset['paperTemplate'] ?? '', tpl]));
  const formIds = [...templates.keys()];
  const personId = params.get('id');
  const billing = params.get('part') === 'billing';
  const dates = { from: tDate(period.from), to: tDate(period.to) };

  const one = personId ? await source.person(personId) : undefined;
  if (personId && one?.kind !== 'mentee') {
    message.textContent = t('print.periodNotFound');
    return;
  }
  const people = one ? [one] : await source.people();
  const [mentor, ...loaded] = await Promise.all([source.mentor(), ...formIds.map((id) => loadForm(id))]);
  const modules = new Map(formIds.flatMap((id, i) => (loaded[i] ? [[id, loaded[i]] as const] : [])));
  const inForce = (formId: string) => modules.get(formId)?.period === 'in-force';
  const chosen = await Promise.all(people.map(async (person) => ({ person, records: periodRecords(await source.records(person.id), formIds, inForce, period) })));

  if (billing) {
    const billed = chosen
      .map(({ person, records }) => ({
        person,
        part: billingPart(records.filter((r) => !inForce(r.formId)), (record) => billedTime(modules.get(record.formId), record)),
      }))
      .filter(({ part }) => part.rows.length > 0 || part.notFinished > 0);
    heading.textContent = t('print.billingHeading', dates);
    document.title = heading.textContent;
    if (billed.length === 0) {
      message.textContent = t('print.billingNone', dates);
      return;
    }
    const section = el('section', undefined, 'wb-period__billing');
    section.append(el('p', t('print.billingLead')));
    if (mentor) section.append(el('p', [t('print.billingMentor', { name: mentor.name }), mentor.agency ? t('print.billingAgency', { agency: mentor.agency }) : ''].filter(Boolean).join('. ')));
    section.append(billingTable(billed));
    list.append(section);
    message.textContent = '';
    addPageStyles([heading.textContent]);
    heading.style.setProperty('page', recordPageName(0));
    section.style.setProperty('page', recordPageName(0));
    return;
  }

  heading.textContent = one ? t('print.periodHeadingFor', { name: one.name, ...dates }) : t('print.periodHeading', dates);
  // The name is on paper, not in the title: titles stay in the browser's history and name the PDF file.
  document.title = t('print.periodHeading', dates);
  const headers: string[] = [];
  for (const { person, records } of chosen) {
    for (const record of records) {
      const form = modules.get(record.formId);
      const content = templates.get(record.formId)?.content.firstElementChild;
      if (!form || !content) continue;
      const copy = content.cloneNode(true) as HTMLElement;
      const article = copy.querySelector<HTMLElement>('[data-paper]');
      if (article) fillPaper(article, form, record, person, mentor);
      copy.style.setProperty('page', recordPageName(headers.length));
      headers.push(headerOf(form, record, person));
      list.append(copy);
    }
  }
  if (headers.length === 0) {
    message.textContent = t('print.periodNone', dates);
    return;
  }
  // The heading prints on the first record's first page, not on a page of its own.
  heading.style.setProperty('page', recordPageName(0));
  addPageStyles(headers);
  message.textContent = t('print.periodReady', { count: headers.length });
}
