/**
 * The record rules of every form (version, migrations, date field, noun), for browser
 * code that handles records of any form: storage, backups, lists. Small: it carries no
 * definitions. Each form's `src/forms/<id>/record.ts` is found by its folder, so it
 * needs no list of its own.
 */
import { currentLocale, type Locale } from '~/i18n/locale';
import type { RecordModule, RecordNoun } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';

const found = import.meta.glob<RecordModule>('./*/record.ts', { eager: true, import: 'record' });

/**
 * Each form's noun in Spanish: the `noun` its `es.ts` exports. In the build, `?noun` gives
 * the noun alone (`src/build/form-nouns.ts`): the rest of the form's Spanish words stay in
 * the chunk a Spanish form page loads with its form (`./load.ts`).
 */
const spanishNouns = import.meta.glob<RecordNoun>('./*/es.ts', { eager: true, import: 'noun', query: '?noun' });

/** The nouns in each language other than English, by form id. */
const nouns: Readonly<Partial<Record<Locale, ReadonlyMap<string, RecordNoun>>>> = {
  es: new Map(Object.entries(spanishNouns).map(([path, noun]) => [/^\.\/([^/]+)\//.exec(path)?.[1] ?? '', noun])),
};

/** Every form's record rules, by form id. */
export const recordRules: ReadonlyMap<string, RecordModule> = new Map(Object.values(found).map((rules) => [rules.id, rules]));

/** A form's record rules, or undefined for a form this app does not know. */
function recordRulesOf(formId: string): RecordModule | undefined {
  return recordRules.get(formId);
}

/**
 * How a form's records are named in `locale` (the page's language): "meeting" and
 * "meetings", "reunión" and "reuniones"; the English noun when the form has none in that
 * language; undefined for a form this app does not know.
 */
export function recordNounOf(formId: string, locale: Locale = currentLocale()): RecordNoun | undefined {
  const rules = recordRulesOf(formId);
  return rules && (nouns[locale]?.get(formId) ?? rules.noun);
}

/** The date a record is about ('YYYY-MM-DD'), from its form's date field; '' when none. */
export function recordDate(formId: string, data: FormValues): string {
  return recordRulesOf(formId)?.recordDate(data) ?? '';
}

/**
 * A stored record's answers upgraded to its form's current version by the form's
 * migration steps. Unknown forms and records already current come back as they are.
 */
export function upgradeRecord(r: { formId: string; formVersion: number; data: FormValues }): { formVersion: number; data: FormValues } {
  const rules = recordRulesOf(r.formId);
  if (!rules || r.formVersion >= rules.version) return { formVersion: r.formVersion, data: r.data };
  return { formVersion: rules.version, data: rules.migrate(r.data, r.formVersion) };
}
