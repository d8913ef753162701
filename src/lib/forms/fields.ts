/**
 * Small helpers for walking a form definition and looking at answers.
 */
import { MAX_TEXT_LENGTH } from '~/lib/storage/limits';
import type { AnswerValue, FieldDefinition, FormDefinition, FieldOption } from './types';

/** The longest number answer (24, 1.25, 100000…), where the definition gives none. */
const NUMBER_MAX_LENGTH = 12;

/**
 * The longest answer a typed field takes: the definition's `maxLength`, or else a limit
 * that storage can always save (a longer answer used to fail every save with "Something
 * went wrong"). The page sets it as `maxlength`; validation checks it with a plain message.
 * @returns undefined for fields that are not typed (choices, signatures, dates, times).
 */
export function answerMaxLength(field: FieldDefinition): number | undefined {
  switch (field.kind) {
    case 'text':
      return Math.min(field.maxLength ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
    case 'textarea':
    case 'goal':
      return MAX_TEXT_LENGTH;
    case 'number':
      return NUMBER_MAX_LENGTH;
    default:
      return undefined;
  }
}

/** Every field of a form, in the order it is shown (section by section). */
export function allFields(def: FormDefinition): FieldDefinition[] {
  return def.sections.flatMap((section) => [...section.fields]);
}

/** The field with this name, or undefined when the form has no such field. */
export function findField(def: FormDefinition, name: string): FieldDefinition | undefined {
  return allFields(def).find((field) => field.name === name);
}

/** The text field filled in with the name of the person the form is about (the mentee, or the peer mentor on the mentor's own forms). */
export function personNameField(def: FormDefinition): FieldDefinition | undefined {
  const prefill = def.owner === 'mentor' ? 'mentorName' : 'menteeName';
  return allFields(def).find((field) => field.kind === 'text' && field.prefill === prefill);
}

/** The place in a question's words where the person's name goes. */
const NAME_PLACE = /\{name\}/g;

/**
 * A question's plain words with the person's name put in ("Does {name} come on time?"
 * with "Sam": "Does Sam come on time?"). `name` is the name, or the words for that person
 * when no name is known ("the peer mentor").
 */
export function questionText(label: string, name: string): string {
  return label.replace(NAME_PLACE, name);
}

/** The question's words split around the name's places: text, name, text, … (always an odd count). */
export function questionParts(label: string): string[] {
  return label.split(/(\{name\})/);
}

/** The paper form's wording of a question or a choice: `official` where it differs, else `label`. */
export function officialWords(item: { label: string; official?: string }): string {
  return item.official ?? item.label;
}

/** The choices of a radio, checkbox or rating field; [] for any other kind. */
export function optionsOf(field: FieldDefinition): readonly FieldOption[] {
  return 'options' in field ? field.options : [];
}

/** The option of a choice field with this stored value, or undefined. */
export function findOption(field: FieldDefinition, value: string): FieldOption | undefined {
  return optionsOf(field).find((option) => option.value === value);
}

/**
 * The number a rating choice stands for, shown next to its words on screen and on paper
 * ("3" for "Meets expectations"); '' for other choices and for word scales (yes / no).
 */
export function ratingNumber(field: FieldDefinition, option: FieldOption): string {
  return field.kind === 'rating' && /^\d+$/.test(option.value) ? option.value : '';
}

/** The empty answer for a field: [] for checkboxes, null for signatures, '' for everything else. */
export function emptyValue(field: FieldDefinition): AnswerValue {
  if (field.kind === 'checkbox') return [];
  if (field.kind === 'signature') return null;
  return '';
}

/**
 * True when an answer counts as not given: undefined, null, an empty array,
 * or a string that is blank after trimming. A signature with a blank value is empty too.
 * Any other value (even of the wrong type) counts as given, so the schema can report it.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    return value.value.trim() === '';
  }
  return false;
}
