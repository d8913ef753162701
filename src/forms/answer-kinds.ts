/**
 * Does a record from a backup file fit its form? Each answer must have the type its
 * field's kind holds (text, a list of ticked choices, a signature), else the form
 * could not be saved again once opened. Uses every form's definition, found by its
 * folder, so only pages that open backup files load it (`./import-setup.ts`).
 */
import * as v from 'valibot';
import { allFields } from '~/lib/forms/fields';
import { formValuesSchema } from '~/lib/forms/to-schema';
import type { FormDefinition } from '~/lib/forms/types';
import type { AnswersProblem, RecordAnswers } from '~/lib/storage/hooks';

const found = import.meta.glob<FormDefinition>('./*/definition.ts', { eager: true, import: 'definition' });

/** Every form's definition, by form id. */
const definitions: ReadonlyMap<string, FormDefinition> = new Map(Object.values(found).map((def) => [def.id, def]));

/** Each form's answer schema (types by kind) and field names, made when first needed. */
const schemas = new Map<string, { schema: v.GenericSchema<unknown, unknown>; names: ReadonlySet<string> }>();

function schemaOf(def: FormDefinition): { schema: v.GenericSchema<unknown, unknown>; names: ReadonlySet<string> } {
  let entry = schemas.get(def.id);
  if (!entry) {
    entry = { schema: formValuesSchema(def), names: new Set(allFields(def).map((field) => field.name)) };
    schemas.set(def.id, entry);
  }
  return entry;
}

/**
 * The `checkAnswers` storage hook: `{ newer: true }` for a form or form version this app
 * does not know; `{ field }` for the first answer whose type does not fit its field's
 * kind; undefined when the record fits. Answers the form has no field for are left alone
 * (they are shown nowhere and saved as they are).
 */
export function checkAnswers(record: RecordAnswers): AnswersProblem {
  const def = definitions.get(record.formId);
  if (!def || record.formVersion > def.version) return { newer: true };
  const { schema, names } = schemaOf(def);
  const known = Object.fromEntries(Object.entries(record.data).filter(([name]) => names.has(name)));
  const result = v.safeParse(schema, known, { abortEarly: true });
  if (result.success) return undefined;
  const key = result.issues[0].path?.[0]?.key;
  return { field: typeof key === 'string' ? key : '' };
}
