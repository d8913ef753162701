/**
 * Records named in Easy Read: "the meeting on 3 May 2026", "14 meetings". Small, because
 * every form page loads it (for the delete question).
 */
import { recordNounOf } from '~/forms/records';
import { t } from '~/i18n/forms';
import { currentLocale } from '~/i18n/locale';
import type { RecordNoun } from '~/lib/forms/module';
import { formatMessage } from '~/i18n/format';
import type { StoredRecord } from '~/lib/storage';
import { formatDate, isValidDate, toLocalDate } from '~/lib/forms/dates';

/** Each form's place in lists of counts (`src/forms/<id>/count-order.ts`), found by file name. */
const orders = import.meta.glob<number>('../../forms/*/count-order.ts', { eager: true, import: 'countOrder' });

/** The order forms are listed in (most common first); other forms come after, by id. */
export const formOrder = Object.entries(orders)
  .sort(([, a], [, b]) => a - b)
  .map(([path]) => /\/forms\/([^/]+)\/count-order\.ts$/.exec(path)?.[1] ?? '');

/** "1 meeting", "3 meetings" (numbers as digits: easier to read), by the language's plural rules. */
export function count(n: number, one: string, many: string): string {
  return formatMessage({ one: `{count} ${one}`, other: `{count} ${many}` }, currentLocale(), { count: n });
}

/** A form's noun in the page's language (`src/forms/<id>/record.ts`, `es.ts`); "form" for a form this app does not know. */
function nounOf(formId: string): RecordNoun {
  return recordNounOf(formId) ?? { one: t('forms.recordNounOne'), other: t('forms.recordNounOther') };
}

/** A form's records counted: "1 meeting", "14 meetings", "2 forms" for an unknown form. */
export function countRecords(formId: string, n: number): string {
  const noun = nounOf(formId);
  return count(n, noun.one, noun.other);
}

/** A form's noun for `n` records, by the language's plural rules: "meeting" for 1, "meetings" for 14. */
export function recordNounFor(formId: string, n: number): string {
  const noun = nounOf(formId);
  return formatMessage(noun, currentLocale(), { count: n });
}

/** The noun for one record of a form: "meeting", or "form" when unknown. */
export function recordNoun(formId: string): string {
  return nounOf(formId).one;
}

/** The date a record is about: its first filled date answer, else the day it was made. */
function recordDate(record: Pick<StoredRecord, 'data' | 'createdAt'>, dateFields: readonly string[]): string {
  for (const name of dateFields) {
    const value = record.data[name];
    if (typeof value === 'string' && isValidDate(value)) return formatDate(value);
  }
  const made = new Date(record.createdAt);
  return Number.isNaN(made.getTime()) ? '' : formatDate(toLocalDate(made));
}

/** A record named in words, e.g. "the meeting on 3 May 2026". */
export function recordName(record: Pick<StoredRecord, 'formId' | 'data' | 'createdAt'>, dateFields: readonly string[]): string {
  const date = recordDate(record, dateFields);
  const noun = recordNoun(record.formId);
  return date ? t('forms.recordNameOn', { noun, date }) : t('forms.recordName', { noun });
}

/** Capital first letter, for the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

