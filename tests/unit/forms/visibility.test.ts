import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { definition as mentoringAgreement } from '~/forms/mentoring-agreement/definition';
import { allFields, findField } from '~/lib/forms/fields';
import type { FieldDefinition } from '~/lib/forms/types';
import { isFieldVisible, visibleFields } from '~/lib/forms/visibility';

const field = (name: string): FieldDefinition => {
  const found = findField(encounter, name);
  if (!found) throw new Error(name);
  return found;
};

describe('isFieldVisible', () => {
  test('a field without showWhen is always shown', () => {
    expect(isFieldVisible(field('location'), {})).toBe(true);
  });

  test('follow-ups show only for their answer', () => {
    expect(isFieldVisible(field('progressExplain'), { progress: 'considerable-progress' })).toBe(true);
    expect(isFieldVisible(field('progressExplain'), { progress: 'met-goal' })).toBe(false);
    expect(isFieldVisible(field('progressExplain'), { progress: '' })).toBe(false);
    expect(isFieldVisible(field('progressExplain'), {})).toBe(false);
    expect(isFieldVisible(field('stepsTaken'), { progress: 'some-steps' })).toBe(true);
    expect(isFieldVisible(field('noActionReason'), { progress: 'no-action' })).toBe(true);
  });

  test('checkbox answers show a follow-up when they include one of the values', () => {
    const rule: FieldDefinition = {
      name: 'why', kind: 'text', label: 'Why', showWhen: { field: 'picks', oneOf: ['b'] },
    };
    expect(isFieldVisible(rule, { picks: ['a', 'b'] })).toBe(true);
    expect(isFieldVisible(rule, { picks: ['a'] })).toBe(false);
    expect(isFieldVisible(rule, { picks: [] })).toBe(false);
  });

  test('with the form, a follow-up of a hidden question is hidden too', () => {
    const values = { progress: 'met-goal', noActionReason: 'other' };
    expect(isFieldVisible(field('noActionOther'), values)).toBe(true); // direct rule only
    expect(isFieldVisible(field('noActionOther'), values, encounter)).toBe(false);
    expect(isFieldVisible(field('noActionOther'), { progress: 'no-action', noActionReason: 'other' }, encounter)).toBe(true);
  });
});

describe('visibleFields', () => {
  test('lists shown fields in form order', () => {
    const names = visibleFields(encounter, { progress: 'no-action', noActionReason: 'other' }).map((f) => f.name);
    const followUps = allFields(encounter).filter((f) => f.showWhen).map((f) => f.name);
    const expected = allFields(encounter).map((f) => f.name).filter((name) => !followUps.includes(name) || ['noActionReason', 'noActionOther'].includes(name));
    expect(names).toEqual(expected);
    expect(names).toContain('noActionOther');
    expect(names).not.toContain('progressExplain');
  });

  test('agreement: "Please explain" shows only for "Other"', () => {
    const names = (howOften: string) => visibleFields(mentoringAgreement, { howOften }).map((f) => f.name);
    expect(names('other')).toContain('howOftenOther');
    expect(names('weekly')).not.toContain('howOftenOther');
  });
});
