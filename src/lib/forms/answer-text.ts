/**
 * An answer as plain text, for the print view, CSV export and lists.
 */
import { t } from '~/i18n/forms';
import { formatDate, formatLocalDate, formatTime } from './dates';
import { findOption, isEmptyAnswer, officialWords, ratingNumber } from './fields';
import type { FieldDefinition, Signature } from './types';

/** "Signed (typed): Name, 3 May 2026" or "Signed (drawn), 3 May 2026" (local date of signedAt), in the page's language. */
export function signatureText(sig: Signature): string {
  const when = new Date(sig.signedAt);
  const date = Number.isNaN(when.getTime()) ? '' : `, ${formatLocalDate(when)}`;
  return (sig.kind === 'typed' ? t('forms.signature.answerTyped', { name: sig.value.trim() }) : t('forms.signature.answerDrawn')) + date;
}

/** How an answer is worded: `plain` (what the person chose on screen) or `official` (the paper form's words, for the agency's spreadsheet). */
export type AnswerWording = 'plain' | 'official';

/** An option's words; for a number scale "3 – Often". Unknown values come back as they are. */
function optionText(field: FieldDefinition, value: string, wording: AnswerWording): string {
  const option = findOption(field, value);
  if (!option) return value;
  const words = wording === 'official' ? officialWords(option) : option.label;
  const number = ratingNumber(field, option);
  return number ? `${number} – ${words}` : words;
}

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as Signature).value === 'string' && typeof (value as Signature).kind === 'string';
}

/**
 * An answer as plain text: '' when not answered; option labels for choices (checkbox labels
 * joined with "; "); dates as "3 May 2026"; times as "2:30 PM"; signatures as
 * "Signed (typed): Name, 3 May 2026" (words, dates and times in the page's language); other
 * text trimmed, as written.
 */
export function answerText(field: FieldDefinition, value: unknown, wording: AnswerWording = 'plain'): string {
  if (isEmptyAnswer(value)) return '';
  if (Array.isArray(value)) return value.map((item) => optionText(field, String(item), wording)).join('; ');
  if (isSignature(value)) return signatureText(value);
  if (typeof value !== 'string') return String(value);
  const text = value.trim();
  switch (field.kind) {
    case 'radio':
    case 'rating':
      return optionText(field, text, wording);
    case 'date':
      return formatDate(text);
    case 'time':
      return formatTime(text);
    default:
      return text;
  }
}
