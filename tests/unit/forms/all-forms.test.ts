import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { formIds, formModules, forms, formsFor, getForm, getFormModule, isFormId } from '~/forms';
import { loadForm } from '~/forms/load';
import { recordRules } from '~/forms/records';
import { allFields, findField, officialWords, optionsOf } from '~/lib/forms/fields';
import { toCsv } from '~/lib/forms/export-csv';
import { initialValues } from '~/lib/forms/initial-values';
import { formValuesSchema, toSchema } from '~/lib/forms/to-schema';
import type { FormExamples } from '~/lib/forms/types';
import { validateForm } from '~/lib/forms/validate';
import { isPictureName } from '~/pictures';

const examplesByPath = import.meta.glob<FormExamples>('/src/forms/*/examples.ts', { eager: true, import: 'examples' });
const panelFiles = Object.keys(import.meta.glob('/src/forms/*/*.astro'));

function examplesOf(id: string): FormExamples {
  const examples = examplesByPath[`/src/forms/${id}/examples.ts`];
  if (!examples) throw new Error(`No examples for ${id}`);
  return examples;
}

describe('form registry', () => {
  test('every form is listed once, with its definition, record rules and examples under one id', () => {
    expect(formIds).toHaveLength(9);
    expect(new Set(formIds).size).toBe(formIds.length);
    expect(forms.map((form) => form.id)).toEqual([...formIds]);
    for (const module of formModules) expect(module.definition.id).toBe(module.record.id);
    expect([...recordRules.keys()].sort()).toEqual([...formIds].sort());
    expect(Object.keys(examplesByPath).sort()).toEqual(formIds.map((id) => `/src/forms/${id}/examples.ts`).sort());
  });

  test('getForm, getFormModule, isFormId and formsFor', () => {
    const [first] = formModules;
    expect(getForm(first!.record.id)).toBe(first!.definition);
    expect(getFormModule(first!.record.id)).toBe(first);
    expect(getForm('no-such-form')).toBeUndefined();
    expect(isFormId(first!.record.id)).toBe(true);
    expect(isFormId(first!.record.id.toUpperCase())).toBe(false);
    expect(formsFor('mentee').every((f) => f.owner === 'mentee')).toBe(true);
    expect(formsFor('mentee').length + formsFor('mentor').length).toBe(forms.length);
  });

  test('loadForm gives the same module as the registry, and undefined for an unknown id', async () => {
    for (const module of formModules) expect(await loadForm(module.record.id)).toBe(module);
    expect(await loadForm('no-such-form')).toBeUndefined();
    expect(await loadForm('../index')).toBeUndefined();
  });
});

describe.each(formModules.map((module) => [module.record.id, module] as const))('%s', (id, module) => {
  const form = module.definition;
  const fields = allFields(form);
  const examples = examplesOf(id);

  test('id, titles, picture and intro', () => {
    expect(form.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(form.version).toBe(module.record.version);
    expect(form.title.trim()).not.toBe('');
    expect(form.shortTitle.split(' ').length).toBeLessThanOrEqual(3);
    expect(isPictureName(form.picture)).toBe(true);
    expect(form.intro.length).toBeGreaterThanOrEqual(2);
    expect(form.intro.length).toBeLessThanOrEqual(4);
  });

  test('section ids and field names are unique; field names are camelCase', () => {
    const sectionIds = form.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    const names = fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  test('every field has a label; choice fields have unique options with labels and known pictures', () => {
    for (const field of fields) {
      expect(field.label.trim(), field.name).not.toBe('');
      const options = optionsOf(field);
      if (field.kind === 'radio' || field.kind === 'checkbox' || field.kind === 'rating') {
        expect(options.length, field.name).toBeGreaterThan(0);
        expect(new Set(options.map((o) => o.value)).size, field.name).toBe(options.length);
        expect(new Set(options.map((o) => o.label)).size, field.name).toBe(options.length);
        for (const option of options) {
          expect(option.label.trim()).not.toBe('');
          if (option.picture !== undefined) expect(isPictureName(option.picture), option.picture).toBe(true);
        }
      } else {
        expect(options, `${field.name} is not a choice field`).toEqual([]);
      }
    }
  });

  test('showWhen and laterThan point at an earlier field and its real options', () => {
    for (const [index, field] of fields.entries()) {
      if (field.showWhen) {
        const parent = findField(form, field.showWhen.field);
        expect(parent, `${field.name} → ${field.showWhen.field}`).toBeDefined();
        expect(fields.indexOf(parent!)).toBeLessThan(index);
        const optionValues = optionsOf(parent!).map((o) => o.value);
        expect(field.showWhen.oneOf.length).toBeGreaterThan(0);
        for (const value of field.showWhen.oneOf) expect(optionValues).toContain(value);
      }
      if ((field.kind === 'date' || field.kind === 'time') && field.laterThan) {
        const other = findField(form, field.laterThan.field);
        expect(other?.kind).toBe(field.kind);
        expect(fields.indexOf(other!)).toBeLessThan(index);
      }
    }
  });

  test('record rules: a date field of the form, a noun, and a migration step for every older version', () => {
    const rules = module.record;
    expect(findField(form, rules.dateField)?.kind).toBe('date');
    expect(rules.noun.one.trim()).not.toBe('');
    expect(rules.noun.other.trim()).not.toBe('');
    const steps = Object.keys(rules.steps).map(Number).sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: rules.version - 1 }, (_, i) => i + 1));
  });

  test('the examples are for the current version, and migrating them from it changes nothing', () => {
    expect(examples.version).toBe(module.record.version);
    expect(module.record.migrate(examples.valid, form.version)).toEqual(examples.valid);
    expect(module.record.recordDate(examples.valid)).toBe(examples.valid[module.record.dateField]);
  });

  test('hooks name real fields and real panel files', () => {
    for (const derived of module.derived ?? []) {
      expect(findField(form, derived.after), derived.id).toBeDefined();
      expect(derived.blankText().trim()).not.toBe('');
      expect(derived.screenText({})).toBe('');
    }
    for (const name of module.panels ?? []) expect(panelFiles).toContain(`/src/forms/${id}/${name}.astro`);
    if (module.context) expect(module.carryForward?.title().trim() ?? 'no box').not.toBe('');
  });

  test('examples.valid has every field, fits the schemas and passes validation', () => {
    expect(Object.keys(examples.valid).sort()).toEqual(fields.map((f) => f.name).sort());
    expect(v.safeParse(toSchema(form), examples.valid).success).toBe(true);
    expect(v.safeParse(formValuesSchema(form), examples.valid).success).toBe(true);
    expect(validateForm(form, examples.valid)).toEqual([]);
  });

  test('each examples.invalid fails on exactly the expected fields, in field order', () => {
    expect(examples.invalid.length).toBeGreaterThanOrEqual(2);
    const order = fields.map((f) => f.name);
    for (const example of examples.invalid) {
      const errors = validateForm(form, example.values);
      const expected = [...example.errors].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      expect(errors.map((e) => e.field)).toEqual(expected);
      for (const error of errors) expect(error.message.trim()).not.toBe('');
    }
  });

  test('a fresh record has every field and fits the strict schema', () => {
    const values = initialValues(form, { now: new Date(2026, 4, 3, 9, 5), menteeName: 'A', mentorName: 'B' });
    expect(Object.keys(values).sort()).toEqual(fields.map((f) => f.name).sort());
    expect(v.safeParse(toSchema(form), values).success).toBe(true);
  });

  test('the strict schema refuses unknown field names', () => {
    const result = v.safeParse(toSchema(form), { ...examples.valid, notAField: 'x' });
    expect(result.success).toBe(false);
  });

  test('CSV headers are the paper form’s words for each question', () => {
    const csv = toCsv(form, [examples.valid]);
    const header = csv.split('\r\n')[0] ?? '';
    const expected = fields.map(officialWords).map((w) => (/[",]/.test(w) ? `"${w.replaceAll('"', '""')}"` : w)).join(',');
    expect(header).toBe(expected);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
