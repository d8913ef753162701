/**
 * Filled-in examples of the mentee-evaluation form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  point: 'mid-point',
  peerMentorName: 'Sam Lee',
  evaluationDate: '2026-06-30',
  listens: 'yes',
  understands: 'yes',
  confidence: 'sometimes',
  helpedWithGoals: 'yes',
  timeRight: 'no',
  continueMeeting: 'yes',
  comments: 'I want to meet more often.',
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    { values: { ...valid, point: '', listens: '' }, errors: ['point', 'listens'] },
    { values: { ...valid, continueMeeting: 'maybe', timeRight: '3' }, errors: ['timeRight', 'continueMeeting'] },
  ],
} satisfies FormExamples;
