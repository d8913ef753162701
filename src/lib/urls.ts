/**
 * Every address in the workbook, built in one place. Pages are static; a record or a
 * person is named in the query (`?record=<id>`, `?person=<id>`, `?id=<mentee id>`), with
 * ids always encoded.
 *
 * Form pages: `/forms/<form id>/` (`?record=` opens a record, `?person=` starts a new one
 * for that mentee); paper copies: `/forms/<form id>/paper/` (blank, `?record=` one record,
 * `?person=` every record of that form for the person).
 */

import { currentLocale, type Locale } from '~/i18n/locale';

const query = (name: string, value: string): string => `?${name}=${encodeURIComponent(value)}`;

/**
 * A page's address in a language: English pages live at the root, Spanish ones under `/es/`
 * with the same page names (`/settings/` → `/es/settings/`). `path` is the English address.
 * Every other function here gives the address in the language of the page it is used on.
 */
export function localePath(path: string, locale: Locale = currentLocale()): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

/** The other language of the workbook, and this page's address in it (the same page, `/settings/` ↔ `/es/settings/`). */
export function otherLanguage(pathname: string, locale: Locale = currentLocale()): { locale: Locale; href: string } {
  const other: Locale = locale === 'en' ? 'es' : 'en';
  return { locale: other, href: localePath(pathLocale(pathname).path, other) };
}

/** The English address of a page given in any language (`/es/settings/` → `/settings/`), and its language. */
function pathLocale(path: string): { path: string; locale: Locale } {
  const match = /^\/es(\/.*)?$/.exec(path);
  return match ? { path: match[1] ?? '/', locale: 'es' } : { path, locale: 'en' };
}

/** The home page. */
export const homeHref = (): string => localePath('/');

/** My mentees: the list of mentees. */
export const menteesHref = (): string => localePath('/mentees/');

/** One word on the Hard words page. */
export const hardWordHref = (id: string): string => localePath(`/hard-words/#${encodeURIComponent(id)}`);

/** The Internship page. */
export const internshipHref = (): string => localePath('/internship/');

/** One mentee's page. */
export function menteeHref(personId: string): string {
  return localePath(`/mentees/view/${query('id', personId)}`);
}

/** A form's page, with no record chosen (the peer mentor's own forms start a new record here). */
export function formHref(formId: string): string {
  return localePath(`/forms/${formId}/`);
}

/** A saved record on its form's page. */
export function recordHref(formId: string, recordId: string): string {
  return `${formHref(formId)}${query('record', recordId)}`;
}

/** A new record of a form for a mentee. */
export function newRecordHref(formId: string, personId: string): string {
  return `${formHref(formId)}${query('person', personId)}`;
}

/** What a paper copy shows: one record, or every record of the form for one person. */
export type PaperOf = { record: string } | { person: string };

/** A form's paper copy: blank without `of`, else one record or one person's records. */
export function paperHref(formId: string, of?: PaperOf): string {
  const base = `${formHref(formId)}paper/`;
  if (!of) return base;
  return 'record' in of ? `${base}${query('record', of.record)}` : `${base}${query('person', of.person)}`;
}

/** The page of a form's own extra view, e.g. `formPartHref(id, 'compare', personId)` (`/forms/<id>/compare/?person=…`). */
export function formPartHref(formId: string, part: string, personId?: string): string {
  return `${formHref(formId)}${part}/${personId === undefined ? '' : query('person', personId)}`;
}

/** What a period print shows: the records (plan in force and every record dated in the period), or the billing summary. */
export type PeriodPart = 'records' | 'billing';

/**
 * The period print (`/mentees/print/`): one mentee's records from `from` to `to` (dates
 * 'YYYY-MM-DD'), or every mentee's when `person` is left out; `part` 'billing' gives the
 * billing summary instead.
 */
export function periodPrintHref(of: { person?: string; from: string; to: string; part?: PeriodPart }): string {
  const params = new URLSearchParams();
  if (of.person !== undefined) params.set('id', of.person);
  params.set('from', of.from);
  params.set('to', of.to);
  if (of.part === 'billing') params.set('part', 'billing');
  return `${periodPrintPath()}?${params.toString()}`;
}

/** The period print page without a query: the "Print records" forms send their dates to it (`id`, `from`, `to`, `part`). */
export const periodPrintPath = (): string => localePath('/mentees/print/');

/** "For my supervisor": the peer mentor makes a handover file. */
export const forMySupervisorHref = (): string => localePath('/for-my-supervisor/');

/** The supervisor view: handover files from peer mentors. */
export const supervisorHref = (): string => localePath('/supervisor/');

/** The supervisor view's billing summary per agency and month. */
export const supervisorBillingHref = (): string => localePath('/supervisor/billing/');

/** One handover file's records for its period, printed with the period print's paper copies. */
export function supervisorPrintHref(fileId: string, period: { from: string; to: string }): string {
  const params = new URLSearchParams({ file: fileId, from: period.from, to: period.to });
  return localePath(`/supervisor/print/?${params.toString()}`);
}
