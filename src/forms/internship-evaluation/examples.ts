/**
 * Filled-in examples of the internship-evaluation form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';
import { EVALUATION_AREA_NAMES } from './definition';

const ratings = ['3', '4', '3', '5', '4', '3', '2', '3', '4', '4', '3', '4', '3'];
const valid: FormValues = {
  peerMentorName: 'Sam Lee',
  evaluationDate: '2026-08-28',
  ...Object.fromEntries(EVALUATION_AREA_NAMES.map((name, i) => [name, ratings[i] ?? '3'])),
  comments: 'Sam is great with mentees. Sam is still learning to write progress notes.',
  supervisorSignature: { kind: 'typed', value: 'Pat Morgan', signedAt: '2026-08-28T14:00:00.000Z' },
  mentorSignature: { kind: 'typed', value: 'Sam Lee', signedAt: '2026-08-28T14:05:00.000Z' },
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    { values: { ...valid, timeManagement: '', terminology: '6' }, errors: ['timeManagement', 'terminology'] },
    { values: { ...valid, initiative: '0', mentorSignature: null }, errors: ['initiative', 'mentorSignature'] },
  ],
} satisfies FormExamples;
