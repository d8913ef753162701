import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { definition as individualPlan } from '~/forms/individual-plan/definition';
import { definition as internshipEvaluation } from '~/forms/internship-evaluation/definition';
import { definition as mentoringAgreement } from '~/forms/mentoring-agreement/definition';
import { allFields, emptyValue } from '~/lib/forms/fields';
import { initialValues } from '~/lib/forms/initial-values';
import type { FieldDefinition, FormDefinition } from '~/lib/forms/types';

describe('initialValues', () => {
  const now = new Date(2026, 0, 5, 9, 7, 45); // local 5 January 2026, 09:07:45

  test('encounter: name, local date and time prefilled; every other field empty', () => {
    const values = initialValues(encounter, { now, menteeName: 'Jordan Rivera' });
    const prefilled = { menteeName: 'Jordan Rivera', meetingDate: '2026-01-05', startTime: '09:07' };
    const empty = allFields(encounter).filter((f) => !(f.name in prefilled));
    expect(values).toEqual({ ...prefilled, ...Object.fromEntries(empty.map((f) => [f.name, emptyValue(f)])) });
    expect(empty.filter((f) => f.kind === 'signature').every((f) => values[f.name] === null)).toBe(true);
  });

  test('dates are local, not UTC: late evening stays the same day', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 59);
    const values = initialValues(individualPlan, { now: lateEvening });
    expect(values['dateReviewed']).toBe('2026-12-31');
    expect(values['menteeName']).toBe('');
  });

  test('checkboxes start as [] and signatures as null', () => {
    const values = initialValues(mentoringAgreement, { now });
    expect(values['notSupervisor']).toEqual([]);
    expect(values['supervisorSignature']).toBeNull();
    expect(values['startDate']).toBe('2026-01-05');
  });

  test('mentor name, and starting answers from the form\'s context hook over the prefills', () => {
    expect(initialValues(internshipEvaluation, { now, mentorName: 'Sam Lee' })['peerMentorName']).toBe('Sam Lee');
    const fields: FieldDefinition[] = [
      { name: 'carry', kind: 'textarea', label: 'Carry' },
      { name: 'day', kind: 'date', label: 'Day', prefill: 'today' },
    ];
    const def: FormDefinition = { ...encounter, sections: [{ id: 's', title: 'S', fields }] };
    expect(initialValues(def, { now, values: { carry: 'Bus times', day: '2026-02-01' } })).toEqual({ carry: 'Bus times', day: '2026-02-01' });
    expect(initialValues(def, { now })).toEqual({ carry: '', day: '2026-01-05' });
  });

  test('each call gives a new object (records do not share arrays)', () => {
    const a = initialValues(mentoringAgreement, { now });
    const b = initialValues(mentoringAgreement, { now });
    expect(a['notSupervisor']).not.toBe(b['notSupervisor']);
  });
});
