/**
 * Filled-in examples of the time-log-entry form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  date: '2026-05-12',
  activity: 'mentoring-one-on-one',
  activityNote: 'Met Jordan at the library. Practiced the bus route.',
  durationHours: '1',
  durationMinutes: '15',
  faceToFace: 'yes',
  initials: 'SL',
};

/** The examples. */
export const examples = {
  version: 2,
  valid,
  invalid: [
    {
      values: { ...valid, durationHours: '1.5', durationMinutes: '60', initials: 'SAMLEE' },
      errors: ['durationHours', 'durationMinutes', 'initials'],
    },
    {
      values: { ...valid, date: '', activity: '', durationHours: '', durationMinutes: '' },
      errors: ['date', 'activity', 'durationHours', 'durationMinutes'],
    },
    {
      values: { ...valid, durationHours: '25', faceToFace: '' },
      errors: ['durationHours', 'faceToFace'],
    },
  ],
} satisfies FormExamples;
