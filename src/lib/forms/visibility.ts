/**
 * Which questions are shown. A field with `showWhen` is shown only when the field it
 * depends on has one of the listed answers (for checkboxes: includes one of them).
 */
import { allFields, findField } from './fields';
import type { FieldDefinition, FormDefinition, FormValues } from './types';

/**
 * True when `field` is shown for these answers.
 *
 * Pass the form as `def` so a follow-up of a hidden question is hidden too
 * (e.g. "Please explain" under reason "Other" hides when "No action taken" is no longer chosen,
 * even though the stored reason is still "other"). Without `def` only the direct rule is checked.
 */
export function isFieldVisible(field: FieldDefinition, values: FormValues, def?: FormDefinition): boolean {
  return visible(field, values, def, new Set());
}

function visible(field: FieldDefinition, values: FormValues, def: FormDefinition | undefined, seen: Set<string>): boolean {
  const rule = field.showWhen;
  if (!rule) return true;
  if (seen.has(field.name)) return false; // a loop of rules: never show
  seen.add(field.name);
  const answer = values[rule.field];
  let matches = false;
  if (typeof answer === 'string') matches = rule.oneOf.includes(answer);
  else if (Array.isArray(answer)) matches = answer.some((item) => rule.oneOf.includes(item));
  if (!matches || !def) return matches;
  const parent = findField(def, rule.field);
  return parent !== undefined && visible(parent, values, def, seen);
}

/** The fields of a form that are shown for these answers, in form order. */
export function visibleFields(def: FormDefinition, values: FormValues): FieldDefinition[] {
  return allFields(def).filter((field) => isFieldVisible(field, values, def));
}
