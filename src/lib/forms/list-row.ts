/**
 * What lists show for a form's records: each form says it in its own `list.ts`
 * (`src/forms/<id>/list.ts`), built from the parts here; `listings.ts` finds them by file
 * name, so the hubs (a mentee's page, the Internship page) loop over the forms and never
 * name one. (Two modules, so a form's `list.ts` never imports the module that imports it.)
 *
 * A form's `list.ts` exports:
 * - `listRow(record, def)`: the record as one row (date, title line, detail line, picture);
 * - `pageSize` (optional): its owner's page reads only this many, newest date first, and
 *   more on request (forms with hundreds of records, like meetings); else all are read;
 * - `newLabel` (optional): the words of the link that starts a new record on its owner's
 *   page, when the form has no section of its own there;
 * - `views` (optional): the pages the form adds (`src/forms/<id>/views/<view>.astro`), with
 *   the words of the link to each;
 * - `titleNamesIt` (optional): the row's title says which one it is (see `FormListing`).
 */
import { t } from '~/i18n/forms';
import type { StoredRecord } from '~/lib/storage';
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
  /**
   * True when the row's title says which one of the form it is ("Mid-point", "End"):
   * lists that name records by the form's title add it ("…: Mid-point").
   */
  titleNamesIt?: boolean;
}

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
