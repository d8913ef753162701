/**
 * Filled-in examples of the time-log-entry form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  date: '2026-05-12',
  activity: 'mentoring-one-on-one',
  activityNote: 'Met Jordan at the library. Practiced the bus route.',
  hours: '1.25',
  faceToFace: 'yes',
  initials: 'SL',
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    {
      values: { ...valid, hours: '1.3', initials: 'SAMLEE' },
      errors: ['hours', 'initials'],
    },
    {
      values: { ...valid, date: '', activity: '', hours: '0' },
      errors: ['date', 'activity', 'hours'],
    },
    {
      values: { ...valid, hours: '24.25', faceToFace: '' },
      errors: ['hours', 'faceToFace'],
    },
  ],
} satisfies FormExamples;
