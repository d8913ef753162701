/**
 * A form in another language. Each form's folder holds its words in every other language
 * (`src/forms/<id>/es.ts`: `export const es = { … } satisfies FormTranslation`), keyed by the
 * same permanent section ids, field names and choice values as `definition.ts`. Only words
 * change: kinds, rules, pictures and stored values stay the definition's, so a record made in
 * one language opens and prints in the other.
 */
import type { FormListing } from './list-row';
import type { FormModule, RecordNoun } from './module';
import type { FieldDefinition, FieldOption, FormDefinition, SectionDefinition } from './types';

/** One choice's words. */
export interface OptionTranslation {
  label: string;
  official?: string;
  hint?: string;
}

/** One question's words: a property for each one the English question has. */
export interface FieldTranslation {
  label: string;
  official?: string;
  hint?: string;
  requiredMessage?: string;
  invalidMessage?: string;
  /** The message of the question's `laterThan` rule. */
  laterThanMessage?: string;
  /** By stored value. */
  options?: Readonly<Record<string, OptionTranslation>>;
}

/** The words of a form's `list.ts` (see `FormListing`): the link that starts one, and the links to the pages it adds. */
export interface ListTranslation {
  newLabel?: string;
  /** By view id. */
  views?: Readonly<Record<string, string>>;
}

/** One form's words in another language. */
export interface FormTranslation {
  title: string;
  shortTitle: string;
  intro: readonly string[];
  /**
   * How one record and several are named ("reunión", "reuniones"): the record rules' `noun`
   * in this language. `es.ts` also exports it alone as `noun`, for pages that name records
   * of every form (`src/forms/records.ts`).
   */
  noun: RecordNoun;
  /** The words its `list.ts` shows, when it has any. */
  list?: ListTranslation;
  /** By section id. */
  sections: Readonly<Record<string, { title: string; hint?: string }>>;
  /** By field name. */
  fields: Readonly<Record<string, FieldTranslation>>;
}

function translateOption(option: FieldOption, words: OptionTranslation | undefined): FieldOption {
  if (!words) return option;
  return {
    ...option,
    label: words.label,
    ...(option.official !== undefined && words.official !== undefined ? { official: words.official } : {}),
    ...(option.hint !== undefined && words.hint !== undefined ? { hint: words.hint } : {}),
  };
}

function translateField(field: FieldDefinition, words: FieldTranslation | undefined): FieldDefinition {
  if (!words) return field;
  const out: Record<string, unknown> = { ...field, label: words.label };
  for (const key of ['official', 'hint', 'requiredMessage', 'invalidMessage'] as const) {
    if ((field as unknown as Record<string, unknown>)[key] !== undefined && words[key] !== undefined) out[key] = words[key];
  }
  if ('laterThan' in field && field.laterThan && words.laterThanMessage !== undefined) {
    out['laterThan'] = { ...field.laterThan, message: words.laterThanMessage };
  }
  if ('options' in field) out['options'] = field.options.map((option) => translateOption(option, words.options?.[option.value]));
  return out as unknown as FieldDefinition;
}

/** `definition` with its words in another language (anything the translation lacks stays as it was). */
export function translateDefinition(definition: FormDefinition, translation: FormTranslation): FormDefinition {
  return {
    ...definition,
    title: translation.title,
    shortTitle: translation.shortTitle,
    intro: translation.intro,
    sections: definition.sections.map(
      (section): SectionDefinition => ({
        ...section,
        title: translation.sections[section.id]?.title ?? section.title,
        ...(section.hint !== undefined ? { hint: translation.sections[section.id]?.hint ?? section.hint } : {}),
        fields: section.fields.map((field) => translateField(field, translation.fields[field.name])),
      }),
    ),
  };
}

/**
 * A form module with its words in another language: the definition, and the record noun
 * (the delete button, the backup file's name). Everything else is the module's own.
 */
export function translateModule<M extends FormModule>(module: M, translation: FormTranslation): M {
  return {
    ...module,
    definition: { ...translateDefinition(module.definition, translation), id: module.definition.id },
    record: { ...module.record, noun: translation.noun },
  };
}

/** A form's listing with the words of its links in another language (anything the translation lacks stays as it was). */
export function translateListing(listing: FormListing, words: ListTranslation | undefined): FormListing {
  if (!words) return listing;
  return {
    ...listing,
    ...(listing.newLabel !== undefined ? { newLabel: words.newLabel ?? listing.newLabel } : {}),
    ...(listing.views ? { views: listing.views.map((view) => ({ ...view, label: words.views?.[view.id] ?? view.label })) } : {}),
  };
}
