/**
 * What storage asks of the forms, without knowing any form: two hooks the app fills in
 * (from `src/forms/`) before it first uses storage.
 *
 * - `recordDate(formId, data)`: the record's own date ('YYYY-MM-DD', or '' when it has
 *   none), e.g. a meeting's date. Storage keeps it as the record's `date` on every write
 *   (create, save, finish, reopen, new version, restore, import) and when the database is
 *   upgraded to version 4, so `listRecordsByDate` can page through records by date.
 *   Anything that is not a real 'YYYY-MM-DD' is kept as ''. If the hook throws, the date
 *   is '' (and the error is logged): a date is never worth losing a save.
 * - `upgradeRecord({ formId, formVersion, data })`: brings a record's answers up to the
 *   form's current version (the form's migrations). Storage runs it on every read that
 *   returns records and on backup import. Reads return the upgraded copy; it is written
 *   back only by the next write of that record. Imports store it upgraded.
 *   `recordDate` always sees upgraded answers.
 * - `checkAnswers({ formId, formVersion, data })`: whether a record from a backup file
 *   fits its form, after `upgradeRecord`: `{ newer: true }` for a form or form version
 *   this app does not know (the file was made by a newer version of the workbook),
 *   `{ field }` naming the first answer whose type does not fit its field's kind (text for
 *   a list of ticked choices…), or undefined when it fits. Opening a backup file refuses
 *   the file for either. Only pages that open backup files set it (it needs every form's
 *   definition): see `src/forms/import-setup.ts`.
 *
 * Defaults: no dates (''), no upgrades (identity) and no answer checks (undefined).
 *
 * Call `configureStorage` before the first storage call of the page: the version 4
 * upgrade fills in the dates of every stored record with the `recordDate` hook set at
 * that moment.
 */
import type { FormValues } from './schema';
import { isCalendarDate } from './limits';

/** A record's form, form version and answers: what a form migration works on. */
export interface RecordAnswers {
  formId: string;
  formVersion: number;
  data: FormValues;
}

/** What `checkAnswers` finds wrong with a record from a backup file; undefined when nothing. */
export type AnswersProblem = { newer: true } | { field: string } | undefined;

/** The hooks storage calls; see the module comment. */
export interface StorageHooks {
  /** The record's own date: 'YYYY-MM-DD', or '' when it has none. */
  recordDate(formId: string, data: FormValues): string;
  /** The answers brought up to the form's current version. Return the input's objects when nothing changes. */
  upgradeRecord(record: RecordAnswers): { formVersion: number; data: FormValues };
  /** Whether a backup file's record (upgraded) fits its form: see the module comment. */
  checkAnswers(record: RecordAnswers): AnswersProblem;
}

const defaults: StorageHooks = {
  recordDate: () => '',
  upgradeRecord: ({ formVersion, data }) => ({ formVersion, data }),
  checkAnswers: () => undefined,
};

let hooks: StorageHooks = { ...defaults };

/** Sets the hooks storage calls; what is left out keeps its current value. */
export function configureStorage(changes: Partial<StorageHooks>): void {
  hooks = { ...hooks, ...changes };
}

/** Back to the default hooks (tests). */
export function resetStorageHooks(): void {
  hooks = { ...defaults };
}

/**
 * The record's date from the `recordDate` hook: a real 'YYYY-MM-DD', or ''.
 * @internal for the storage modules.
 */
export function dateOf(formId: string, data: FormValues): string {
  try {
    const date = hooks.recordDate(formId, data);
    return typeof date === 'string' && isCalendarDate(date) ? date : '';
  } catch (error) {
    console.error(`The recordDate hook failed for form "${formId}"`, error);
    return '';
  }
}

/**
 * The record with its answers brought up to date by the `upgradeRecord` hook: the same
 * object when nothing changed, else a shallow copy with the new `formVersion` and `data`.
 * @internal for the storage modules.
 */
export function upgraded<R extends RecordAnswers>(record: R): R {
  const next = hooks.upgradeRecord({ formId: record.formId, formVersion: record.formVersion, data: record.data });
  if (next.formVersion === record.formVersion && next.data === record.data) return record;
  return { ...record, formVersion: next.formVersion, data: next.data };
}

/**
 * What the `checkAnswers` hook finds wrong with a backup file's record, after it was
 * upgraded; `{ field: '' }` when the upgrade itself fails (the answers do not fit the
 * form's migrations).
 * @internal for the storage modules.
 */
export function answersProblemOf(record: RecordAnswers): AnswersProblem {
  let next: RecordAnswers;
  try {
    next = upgraded(record);
  } catch {
    return { field: '' };
  }
  return hooks.checkAnswers(next);
}
