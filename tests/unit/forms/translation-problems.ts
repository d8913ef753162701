/**
 * What is wrong with a form's translation (`src/forms/<id>/es.ts`): words it lacks, and words
 * for things the form does not have. A check for the tests; pages never need it.
 */
import type { FormListing } from '~/lib/forms/list-row';
import type { FormTranslation } from '~/lib/forms/translation';
import type { FormDefinition } from '~/lib/forms/types';

/** The words of `definition` (and of its `list.ts`) that a translation must give, as paths ("fields.place.options.other.label"). */
function wordPaths(definition: FormDefinition, listing: Pick<FormListing, 'newLabel' | 'views'>): string[] {
  const paths = ['title', 'shortTitle', 'noun.one', 'noun.other', ...definition.intro.map((_, i) => `intro.${i}`)];
  if (listing.newLabel !== undefined) paths.push('list.newLabel');
  for (const view of listing.views ?? []) paths.push(`list.views.${view.id}`);
  for (const section of definition.sections) {
    paths.push(`sections.${section.id}.title`);
    if (section.hint !== undefined) paths.push(`sections.${section.id}.hint`);
    for (const field of section.fields) {
      const at = `fields.${field.name}`;
      paths.push(`${at}.label`);
      for (const key of ['official', 'hint', 'requiredMessage', 'invalidMessage'] as const) {
        if ((field as unknown as Record<string, unknown>)[key] !== undefined) paths.push(`${at}.${key}`);
      }
      if ('laterThan' in field && field.laterThan) paths.push(`${at}.laterThanMessage`);
      if ('options' in field) {
        for (const option of field.options) {
          paths.push(`${at}.options.${option.value}.label`);
          if (option.official !== undefined) paths.push(`${at}.options.${option.value}.official`);
          if (option.hint !== undefined) paths.push(`${at}.options.${option.value}.hint`);
        }
      }
    }
  }
  return paths;
}

function textAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);
}

function allPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => allPaths(item, `${prefix}${i}.`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => allPaths(item, `${prefix}${key}.`));
  return [prefix.slice(0, -1)];
}

/**
 * What is wrong with a translation of `definition` (and of the words of its `listing`): words
 * it lacks (or left empty), and words for things the form does not have. Empty when it is complete.
 */
export function translationProblems(definition: FormDefinition, translation: FormTranslation, listing: Pick<FormListing, 'newLabel' | 'views'> = {}): string[] {
  const needed = wordPaths(definition, listing);
  const missing = needed.filter((path) => {
    const text = textAt(translation, path);
    return typeof text !== 'string' || text.trim() === '';
  });
  const wanted = new Set(needed);
  const extra = allPaths(translation).filter((path) => !wanted.has(path));
  return [...missing.map((path) => `missing ${path}`), ...extra.map((path) => `not on the form: ${path}`)];
}
