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
  /** Starting answers by field name, from the form's `context` hook; they win over the fields' own prefills. */
  values?: FormValues;
}

/**
 * Initials from a name: the first letter of each word, in capitals, at most 5
 * ("Sam Lee" → "SL", "Ana María López-Díaz" → "AMLD"). '' for no name.
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '')
    .join('')
    .toLocaleUpperCase()
    .slice(0, 5);
}

function prefillValue(prefill: Prefill, context: PrefillContext): string {
  switch (prefill) {
    case 'menteeName':
      return context.menteeName ?? '';
    case 'mentorName':
      return context.mentorName ?? '';
    case 'mentorInitials':
      return initialsOf(context.mentorName ?? '');
    case 'today':
      return toLocalDate(context.now);
    case 'now':
      return toLocalTime(context.now);
  }
}

function startValue(field: FieldDefinition, context: PrefillContext): AnswerValue {
  const given = context.values?.[field.name];
  if (given !== undefined) return given;
  if ((field.kind === 'text' || field.kind === 'date' || field.kind === 'time') && field.prefill) {
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

/**
 * The answers with the peer mentor's name and initials written into the empty fields that
 * take them (`prefill: 'mentorName' | 'mentorInitials'`), once the name is known after the
 * form opened. Undefined when no field changes. Answers already written stay.
 */
export function withMentorPrefills(def: FormDefinition, values: FormValues, mentorName: string): FormValues | undefined {
  let out: FormValues | undefined;
  for (const field of allFields(def)) {
    if (field.kind !== 'text' || (field.prefill !== 'mentorName' && field.prefill !== 'mentorInitials')) continue;
    const current = values[field.name];
    if (typeof current === 'string' && current.trim() !== '') continue;
    const value = prefillValue(field.prefill, { now: new Date(0), mentorName });
    if (value) out = { ...(out ?? values), [field.name]: value };
  }
  return out;
}
