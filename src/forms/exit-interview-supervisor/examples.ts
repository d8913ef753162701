/**
 * Filled-in examples of the exit-interview-supervisor form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';
import { SUPERVISOR_EXIT_QUESTION_NAMES } from './definition';

const valid: FormValues = {
  supervisorName: 'Pat Morgan',
  peerMentorName: 'Sam Lee',
  ...Object.fromEntries(SUPERVISOR_EXIT_QUESTION_NAMES.map((name) => [name, ''])),
  readyIndependently: 'Yes, with a check-in every week.',
  hiring: 'Yes, 15 hours a week.',
  interviewer: 'Alex Chen',
  interviewDate: '2026-09-03',
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    { values: { ...valid, supervisorName: '', interviewer: '' }, errors: ['supervisorName', 'interviewer'] },
    { values: { ...valid, interviewDate: '2026-13-01' }, errors: ['interviewDate'] },
  ],
} satisfies FormExamples;
