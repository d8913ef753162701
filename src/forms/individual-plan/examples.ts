/**
 * Filled-in examples of the individual-plan form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, Signature } from '~/lib/forms/types';

const menteeSigned: Signature = { kind: 'typed', value: 'Jordan Rivera', signedAt: '2026-05-04T15:30:00.000Z' };
const mentorSigned: Signature = {
  kind: 'drawn',
  value: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
  signedAt: '2026-05-04T15:31:00.000Z',
};

const valid = {
  menteeName: 'Jordan Rivera',
  personCenteredGoals: 'Get a job at the library. Learn to ride the bus on my own. Make new friends.',
  goal1: 'Ride the bus to the library on my own.',
  goal2: 'Fill in a job application.',
  firstSteps: 'Look at the bus map together. Ride the bus with my peer mentor one time.',
  thingsToWorkOn: 'Find my bus pass. Ask the library when they are open.',
  dateReviewed: '2026-05-04',
  menteeSignature: menteeSigned,
  mentorSignature: mentorSigned,
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    {
      values: { ...valid, goal1: '   ', firstSteps: '' },
      errors: ['goal1', 'firstSteps'],
    },
    {
      values: { ...valid, dateReviewed: '2026-02-30', mentorSignature: null },
      errors: ['dateReviewed', 'mentorSignature'],
    },
    {
      values: { ...valid, personCenteredGoals: '', goal2: '' },
      errors: ['personCenteredGoals'],
    },
  ],
} satisfies FormExamples;
