import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { definition as encounter } from '~/forms/encounter/definition';
import { examples as encounterExamples } from '~/forms/encounter/examples';
import { FormValuesSchema, formValuesSchema, toSchema } from '~/lib/forms/to-schema';

describe('schemas', () => {
  test('strict schema: option values and formats are checked; empty answers pass', () => {
    const schema = toSchema(encounter);
    expect(v.safeParse(schema, {}).success).toBe(true);
    expect(v.safeParse(schema, { location: 'moon' }).success).toBe(false);
    expect(v.safeParse(schema, { meetingDate: '2026-02-29' }).success).toBe(false);
    expect(v.safeParse(schema, { meetingDate: '2028-02-29' }).success).toBe(true);
    expect(v.safeParse(schema, { startTime: '9:00' }).success).toBe(false);
    expect(v.safeParse(schema, { menteeSignature: { kind: 'typed', value: 'J', signedAt: '2026-05-03T12:00:00Z', extra: 1 } }).success).toBe(false);
  });

  test('shape schema: types only, but only known field names', () => {
    const schema = formValuesSchema(encounter);
    expect(v.safeParse(schema, { location: 'moon', meetingDate: 'soon' }).success).toBe(true);
    expect(v.safeParse(schema, { location: 3 }).success).toBe(false);
    expect(v.safeParse(schema, { menteeSignature: 'Jordan' }).success).toBe(false);
    expect(v.safeParse(schema, { somethingElse: '' }).success).toBe(false);
  });

  test('FormValuesSchema checks any record by types', () => {
    expect(v.safeParse(FormValuesSchema, encounterExamples.valid).success).toBe(true);
    expect(v.safeParse(FormValuesSchema, { a: 1 }).success).toBe(false);
    expect(v.safeParse(FormValuesSchema, { a: [1] }).success).toBe(false);
    expect(v.safeParse(FormValuesSchema, 'not an object').success).toBe(false);
  });
});
