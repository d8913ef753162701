/**
 * The starting answers of a new record: prefills from the context, empty answers for the rest.
 */
import { toLocalDate, toLocalTime } from './dates';
import { allFields, emptyValue } from './fields';
import type { AnswerValue, FieldDefinition, FormDefinition, FormValues, Prefill } from './types';

/** What a new record can be prefilled from. */
export interface PrefillContext {
  /** The mentee whose records these are. */
  menteeName?: string;
  /** The peer mentor using the tablet. */
  mentorName?: string;
  /** The current moment: gives 'today' (local YYYY-MM-DD) and 'now' (local HH:MM). */
  now: Date;
  /** "Things to work on" from the mentee's last encounter, to carry forward. */
  lastThingsToWorkOn?: string;
}

function prefillValue(prefill: Prefill, context: PrefillContext): string {
  switch (prefill) {
    case 'menteeName':
      return context.menteeName ?? '';
    case 'mentorName':
      return context.mentorName ?? '';
    case 'today':
      return toLocalDate(context.now);
    case 'now':
      return toLocalTime(context.now);
    case 'lastThingsToWorkOn':
      return context.lastThingsToWorkOn ?? '';
  }
}

function startValue(field: FieldDefinition, context: PrefillContext): AnswerValue {
  // Prefills only make sense for one-text answers; a checkbox or signature starts empty.
  if (field.prefill && field.kind !== 'checkbox' && field.kind !== 'signature') {
    return prefillValue(field.prefill, context);
  }
  return emptyValue(field);
}

/**
 * The answers a new record starts with: every field of the form is present, prefilled
 * from `context` where the field says so (dates local 'YYYY-MM-DD', times local 'HH:MM'),
 * otherwise empty ('' for text-like fields, [] for checkboxes, null for signatures).
 */
export function initialValues(def: FormDefinition, context: PrefillContext): FormValues {
  const values: FormValues = {};
  for (const field of allFields(def)) values[field.name] = startValue(field, context);
  return values;
}
