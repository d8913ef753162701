/**
 * Filled-in examples of the encounter form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  menteeName: 'Jordan Rivera',
  meetingDate: '2026-05-11',
  startTime: '14:00',
  endTime: '15:15',
  primaryGoal: 'Ride the bus to the library on my own.',
  location: 'community',
  locationOther: '',
  progress: 'considerable-progress',
  progressExplain: 'We rode the bus together. Jordan paid the fare and rang the bell.',
  stepsTaken: '',
  noActionReason: '',
  noActionOther: '',
  thingsToWorkOn: 'Look at the bus times for Saturday.',
  menteeSignature: { kind: 'typed', value: 'Jordan Rivera', signedAt: '2026-05-11T20:15:00.000Z' },
  mentorSignature: { kind: 'typed', value: 'Sam Lee', signedAt: '2026-05-11T20:16:00.000Z' },
};

/** The examples. */
export const examples = {
  version: 2,
  valid,
  invalid: [
    {
      // "Other (please write)" is chosen, but the place is not written.
      values: { ...valid, location: 'other', locationOther: '  ' },
      errors: ['locationOther'],
    },
    {
      values: { ...valid, location: 'other', locationOther: 'x'.repeat(101) },
      errors: ['locationOther'],
    },
    {
      // "Some steps taken" is chosen, but the steps are not listed.
      values: { ...valid, progress: 'some-steps', progressExplain: '', stepsTaken: '' },
      errors: ['stepsTaken'],
    },
    {
      values: { ...valid, startTime: '15:00', endTime: '14:30' },
      errors: ['endTime'],
    },
    {
      // Reason "Other" without the explanation; the old "Please explain" under progress is now hidden.
      values: { ...valid, progress: 'no-action', noActionReason: 'other', noActionOther: ' ' },
      errors: ['noActionOther'],
    },
    {
      values: { ...valid, menteeName: '', location: 'at-home', menteeSignature: null },
      errors: ['menteeName', 'location', 'menteeSignature'],
    },
  ],
} satisfies FormExamples;
