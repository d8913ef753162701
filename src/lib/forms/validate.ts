/**
 * Checks a filled form and returns plain, Easy Read errors in field order.
 *
 * Rules: a required field must be answered only when it is shown; hidden fields are never
 * errors (their old answers are ignored); a filled answer must fit its field (a real date,
 * a listed option, a quarter-hour number…); `laterThan` fields must come after the other
 * field (encounter: end time after start time). At most one error per field.
 * Validation never changes `values`.
 */
import { t } from '~/i18n/forms';
import { minutesOfDay } from './dates';
import { isEmptyAnswer } from './fields';
import { answerProblem } from './to-schema';
import type { FieldDefinition, FieldError, FormDefinition, FormValues } from './types';
import { visibleFields } from './visibility';

/** The message for signature fields left empty. */
export const SIGNATURE_REQUIRED_MESSAGE = t('forms.signature.required');

/**
 * The label as a phrase to put after "Write" or "Choose": no end punctuation, and
 * capitalized words in small letters ("Time Management" → "time management").
 * "I" and short forms like "BPDD" stay as they are.
 */
function labelPhrase(label: string): string {
  const clean = label.trim().replace(/[\s:?.!]+$/u, '');
  return clean.replace(/(?<!\p{L})\p{Lu}[\p{Ll}'’]+/gu, (word) => word.toLowerCase());
}

/**
 * The error for a required field left empty: the field's `requiredMessage`, or one built
 * from its label: "Write …" (text, textarea, goal, date, time, number), "Choose …" (radio,
 * rating, checkbox), "Sign here, or type your name" (signatures).
 */
export function requiredMessage(field: FieldDefinition): string {
  if (field.requiredMessage) return field.requiredMessage;
  switch (field.kind) {
    case 'signature':
      return SIGNATURE_REQUIRED_MESSAGE;
    case 'radio':
    case 'rating':
    case 'checkbox':
      return `Choose ${labelPhrase(field.label)}.`;
    default:
      return `Write ${labelPhrase(field.label)}.`;
  }
}

/** True when answer `a` is later than answer `b` (both 'HH:MM' times, or both 'YYYY-MM-DD' dates). */
function isLater(kind: FieldDefinition['kind'], a: string, b: string): boolean {
  if (kind === 'time') {
    const ma = minutesOfDay(a);
    const mb = minutesOfDay(b);
    return ma === null || mb === null || ma > mb;
  }
  return a > b;
}

/** The one error for a field, or null. The field is assumed to be shown. */
function validateField(field: FieldDefinition, values: FormValues): string | null {
  const value = values[field.name];
  if (isEmptyAnswer(value)) return field.required ? requiredMessage(field) : null;
  const problem = answerProblem(field, value);
  if (problem) return problem;
  const rule = field.kind === 'date' || field.kind === 'time' ? field.laterThan : undefined;
  if (rule) {
    const other = values[rule.field];
    if (typeof value === 'string' && typeof other === 'string' && other.trim() !== ''
      && answerProblem(field, other) === null && !isLater(field.kind, value.trim(), other.trim())) {
      return rule.message;
    }
  }
  return null;
}

/**
 * All errors of a filled form, in field order (only shown fields; at most one per field).
 * An empty list means the form can be finished.
 */
export function validateForm(def: FormDefinition, values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of visibleFields(def, values)) {
    const message = validateField(field, values);
    if (message !== null) errors.push({ field: field.name, message });
  }
  return errors;
}
