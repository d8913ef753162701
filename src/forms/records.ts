/**
 * The record rules of every form (version, migrations, date field, noun), for browser
 * code that handles records of any form: storage, backups, lists. Small: it carries no
 * definitions. Each form's `src/forms/<id>/record.ts` is found by its folder, so it
 * needs no list of its own.
 */
import type { RecordModule } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';

const found = import.meta.glob<RecordModule>('./*/record.ts', { eager: true, import: 'record' });

/** Every form's record rules, by form id. */
export const recordRules: ReadonlyMap<string, RecordModule> = new Map(Object.values(found).map((rules) => [rules.id, rules]));

/** A form's record rules, or undefined for a form this app does not know. */
export function recordRulesOf(formId: string): RecordModule | undefined {
  return recordRules.get(formId);
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
