/**
 * Filled-in examples of the mentoring-agreement form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  startDate: '2026-05-04',
  howOften: 'every-two-weeks',
  howOftenOther: '',
  mentorPhone: '608-555-0123',
  mentorEmail: 'sam.lee@example.org',
  whatWeKeepPrivate: 'What we talk about stays between us and the supervisor.',
  whoMaySee: 'Me, my peer mentor and the supervisor.',
  notSupervisor: ['agree'],
  menteeSignature: { kind: 'typed', value: 'Jordan Rivera', signedAt: '2026-05-04T15:00:00.000Z' },
  mentorSignature: { kind: 'typed', value: 'Sam Lee', signedAt: '2026-05-04T15:01:00.000Z' },
  supervisorSignature: null,
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    {
      values: { ...valid, howOften: 'other', howOftenOther: '', notSupervisor: [] },
      errors: ['howOftenOther', 'notSupervisor'],
    },
    {
      values: { ...valid, mentorPhone: 'call me', mentorEmail: 'sam at work' },
      errors: ['mentorPhone', 'mentorEmail'],
    },
    {
      values: { ...valid, whatWeKeepPrivate: '', menteeSignature: null },
      errors: ['whatWeKeepPrivate', 'menteeSignature'],
    },
  ],
} satisfies FormExamples;
