/**
 * What lists show for a form's records: each form says it in its own `list.ts`
 * (`src/forms/<id>/list.ts`), found here by file name, so the hubs (a mentee's page, the
 * Internship page) loop over the forms and never name one.
 *
 * A form's `list.ts` exports:
 * - `listRow(record, def)`: the record as one row (date, title line, detail line, picture);
 * - `pageSize` (optional): its owner's page reads only this many, newest date first, and
 *   more on request (forms with hundreds of records, like meetings); else all are read;
 * - `newLabel` (optional): the words of the link that starts a new record on its owner's
 *   page, when the form has no section of its own there;
 * - `views` (optional): the pages the form adds (`src/forms/<id>/views/<view>.astro`), with
 *   the words of the link to each.
 */
import { t } from '~/i18n';
import type { StoredRecord } from '~/lib/storage';
import { formHref, newRecordHref, paperHref, recordHref } from '~/lib/urls';
import type { PictureName } from '~/pictures';
import { recordDate } from '~/forms/records';
import { formatDate } from './dates';
import type { FormDefinition } from './types';

/** One record as lists show it. */
export interface ListRow {
  id: string;
  /** The date the record is about, 'YYYY-MM-DD', or '' when not filled in. */
  date: string;
  /** That date in words, or the form's words for "no date yet". */
  dateText: string;
  /** The title line (a meeting's goal, a log entry's activity); '' when there is none. */
  title: string;
  /** The detail line (a meeting's progress, a log entry's hours); '' when there is none. */
  detail: string;
  picture: PictureName | undefined;
  finished: boolean;
}

/** A page a form adds, and the words of the link to it. */
export interface FormView {
  /** The last part of its URL: `/forms/<form id>/<id>/`. */
  id: string;
  label: string;
}

/** What a form's `list.ts` exports. */
export interface FormListing {
  /** The record as one row. `def` is the form's definition, when the page has it. */
  listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow;
  /** Read this many at a time on the owner's page, newest date first (none: read all). */
  pageSize?: number;
  /** "New mentoring agreement": the link that starts one on the owner's page. */
  newLabel?: string;
  /** Pages the form adds. */
  views?: readonly FormView[];
}

const modules = import.meta.glob<FormListing>('../../forms/*/list.ts', { eager: true });
const listings = new Map(Object.entries(modules).map(([path, module]) => [/\/forms\/([^/]+)\/list\.ts$/.exec(path)?.[1] ?? '', module]));

/** A text answer, trimmed; '' for anything else. */
export function textAnswer(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The parts every row has: the date the record is about (its form's date field, from the
 * record rules in `src/forms/<id>/record.ts`) in words, or "No date yet"; and whether it
 * is finished.
 */
export function baseRow(record: StoredRecord): ListRow {
  const date = recordDate(record.formId, record.data);
  return { id: record.id, date, dateText: date ? formatDate(date) : t('forms.noDateYet'), title: '', detail: '', picture: undefined, finished: record.status === 'finished' };
}

/** The listing of a form; a form without `list.ts` gets rows with no date, title or detail. */
export function listingOf(formId: string): FormListing {
  return listings.get(formId) ?? { listRow: (record) => baseRow(record) };
}

/** A record as one row, by its form's `listRow`. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  return listingOf(record.formId).listRow(record, def);
}

/** Where one of a person's forms stands, from its newest record (see `formState`). */
export interface FormState {
  exists: boolean;
  finished: boolean;
  /** Its fill page: the newest record, or a new one. */
  href: string;
  /** Its paper form: the newest record, or a blank one. */
  paperHref: string;
  /** "Not started yet.", "Finished on 30 June 2026.", "Started. Not finished yet." */
  stateText: string;
  /** The newest record as a row, if any. */
  row: ListRow | undefined;
}

/** Where a form stands, from its newest record (`record`, if any) and the form's `listRow`. */
export function formState(formId: string, record: StoredRecord | undefined, def: FormDefinition | undefined, personId = ''): FormState {
  if (!record) {
    return {
      exists: false,
      finished: false,
      href: personId ? newRecordHref(formId, personId) : formHref(formId),
      paperHref: paperHref(formId),
      stateText: t('forms.stateNotStarted'),
      row: undefined,
    };
  }
  const row = listingOf(formId).listRow(record, def);
  const finished = record.status === 'finished';
  const key = finished ? (row.date ? 'forms.stateFinishedOn' : 'forms.stateFinished') : row.date ? 'forms.stateStartedOn' : 'forms.stateStarted';
  return {
    exists: true,
    finished,
    href: recordHref(formId, record.id),
    paperHref: paperHref(formId, { record: record.id }),
    stateText: t(key, { date: row.dateText }),
    row,
  };
}
