/**
 * Records named in Easy Read: "the meeting on 3 May 2026". Small, because every form page
 * loads it (for the delete question); records counted ("14 meetings") are in `record-counts.ts`.
 */
import { recordNounOf } from '~/forms/records';
import { t } from '~/i18n/forms';
import type { RecordNoun } from '~/lib/forms/module';
import type { StoredRecord } from '~/lib/storage';
import { formatDate, isValidDate, toLocalDate } from '~/lib/forms/dates';

/** A form's noun in the page's language (`src/forms/<id>/record.ts`, `es.ts`); "form" for a form this app does not know. */
export function nounOf(formId: string): RecordNoun {
  return recordNounOf(formId) ?? { one: t('forms.recordNounOne'), other: t('forms.recordNounOther') };
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

