/**
 * Records named in Easy Read: "the meeting on 3 May 2026", "14 meetings". Small, because
 * every form page loads it (for the delete question).
 */
import { currentLocale, t } from '~/i18n';
import { formatMessage } from '~/i18n/format';
import type { StoredRecord } from '~/lib/storage';
import { formatDate, isValidDate, toLocalDate } from '~/lib/forms/dates';

/** How a form names its records: one, and the plural for a count (`src/forms/<id>/noun.ts`). */
export interface RecordNoun {
  one: string;
  other: string;
}

/** Each form's `noun.ts`, found by file name, so a new form brings its own noun. */
const modules = import.meta.glob<{ noun: RecordNoun; countOrder: number }>('../../forms/*/noun.ts', { eager: true });

const nouns = new Map(
  Object.entries(modules)
    .map(([path, module]) => [/\/forms\/([^/]+)\/noun\.ts$/.exec(path)?.[1] ?? '', module] as const)
    .sort(([, a], [, b]) => a.countOrder - b.countOrder)
    .map(([id, module]) => [id, module.noun]),
);

/** The order forms are listed in (most common first); other forms come after, by id. */
export const formOrder = [...nouns.keys()];

/** "1 meeting", "3 meetings" (numbers as digits: easier to read), by the language's plural rules. */
export function count(n: number, one: string, many: string): string {
  return formatMessage({ one: `{count} ${one}`, other: `{count} ${many}` }, currentLocale(), { count: n });
}

function nounOf(formId: string): RecordNoun {
  return nouns.get(formId) ?? { one: t('forms.recordNounOne'), other: t('forms.recordNounOther') };
}

/** A form's records counted: "1 meeting", "14 meetings", "2 forms" for an unknown form. */
export function countRecords(formId: string, n: number, adjective = ''): string {
  const noun = nounOf(formId);
  const before = adjective ? `${adjective} ` : '';
  return count(n, before + noun.one, before + noun.other);
}

/** The noun for one record of a form: "meeting", or "form" when unknown. */
export function recordNoun(formId: string): string {
  return nounOf(formId).one;
}

/** The date a record is about: its first filled date answer, else the day it was made. */
export function recordDate(record: Pick<StoredRecord, 'data' | 'createdAt'>, dateFields: readonly string[]): string {
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

