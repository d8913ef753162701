import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { formIds, forms, formsFor, getForm, isFormId } from '~/forms';
import { allFields, findField } from '~/lib/forms/fields';
import { toCsv } from '~/lib/forms/export-csv';
import { initialValues } from '~/lib/forms/initial-values';
import { formValuesSchema, toSchema } from '~/lib/forms/to-schema';
import { validateForm } from '~/lib/forms/validate';
import { isPictureName } from '~/pictures';

const CHOICE_KINDS = new Set(['radio', 'checkbox', 'rating']);

describe('form registry', () => {
  test('formIds and forms list the same ids, in the same order, once each', () => {
    expect(forms.map((form) => form.id)).toEqual([...formIds]);
    expect(new Set(formIds).size).toBe(formIds.length);
    expect(formIds).toHaveLength(9);
  });

  test('getForm, isFormId and formsFor', () => {
    expect(getForm('encounter')?.title).toBe('Encounter Form');
    expect(getForm('no-such-form')).toBeUndefined();
    expect(isFormId('time-log-entry')).toBe(true);
    expect(isFormId('Encounter')).toBe(false);
    expect(formsFor('mentee').map((f) => f.id)).toEqual([
      'mentoring-agreement', 'individual-plan', 'encounter', 'mentee-evaluation',
    ]);
    expect(formsFor('mentor')).toHaveLength(5);
  });
});

describe.each(forms.map((form) => [form.id, form] as const))('%s', (_id, form) => {
  const fields = allFields(form);

  test('id, titles, picture and intro', () => {
    expect(form.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(form.version).toBeGreaterThanOrEqual(1);
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
      if (CHOICE_KINDS.has(field.kind)) {
        const options = field.options ?? [];
        expect(options.length, field.name).toBeGreaterThan(0);
        const values = options.map((o) => o.value);
        expect(new Set(values).size, field.name).toBe(values.length);
        const labels = options.map((o) => o.label);
        expect(new Set(labels).size, field.name).toBe(labels.length);
        for (const option of options) {
          expect(option.label.trim()).not.toBe('');
          if (option.picture !== undefined) expect(isPictureName(option.picture), option.picture).toBe(true);
        }
      } else {
        expect(field.options, `${field.name} is not a choice field`).toBeUndefined();
      }
      if (field.kind === 'signature') expect(field.signer, field.name).toBeDefined();
    }
  });

  test('showWhen and laterThan point at an earlier field and its real options', () => {
    for (const field of fields) {
      const index = fields.indexOf(field);
      if (field.showWhen) {
        const parent = findField(form, field.showWhen.field);
        expect(parent, `${field.name} → ${field.showWhen.field}`).toBeDefined();
        expect(fields.indexOf(parent!)).toBeLessThan(index);
        const optionValues = (parent!.options ?? []).map((o) => o.value);
        expect(field.showWhen.oneOf.length).toBeGreaterThan(0);
        for (const value of field.showWhen.oneOf) expect(optionValues).toContain(value);
      }
      if (field.laterThan) {
        const other = findField(form, field.laterThan.field);
        expect(other?.kind).toBe(field.kind);
        expect(fields.indexOf(other!)).toBeLessThan(index);
      }
    }
  });

  test('examples.valid has every field, fits the schemas and passes validation', () => {
    const valid = form.examples.valid;
    expect(Object.keys(valid).sort()).toEqual(fields.map((f) => f.name).sort());
    expect(v.safeParse(toSchema(form), valid).success).toBe(true);
    expect(v.safeParse(formValuesSchema(form), valid).success).toBe(true);
    expect(validateForm(form, valid)).toEqual([]);
  });

  test('each examples.invalid fails on exactly the expected fields, in field order', () => {
    expect(form.examples.invalid.length).toBeGreaterThanOrEqual(2);
    const order = fields.map((f) => f.name);
    for (const example of form.examples.invalid) {
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
    const result = v.safeParse(toSchema(form), { ...form.examples.valid, notAField: 'x' });
    expect(result.success).toBe(false);
  });

  test('CSV headers are the field labels', () => {
    const csv = toCsv(form, [form.examples.valid]);
    const header = csv.split('\r\n')[0] ?? '';
    const expected = fields.map((f) => (/[",]/.test(f.label) ? `"${f.label.replaceAll('"', '""')}"` : f.label)).join(',');
    expect(header).toBe(expected);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
