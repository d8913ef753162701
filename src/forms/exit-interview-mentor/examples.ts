/**
 * Filled-in examples of the exit-interview-mentor form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';
import { MENTOR_EXIT_QUESTION_NAMES } from './definition';

const valid: FormValues = {
  peerMentorName: 'Sam Lee',
  ...Object.fromEntries(MENTOR_EXIT_QUESTION_NAMES.map((name) => [name, ''])),
  internshipExperience: 'It was good. It was harder than I thought.',
  readyToMentor: 'Yes. I know how to listen and plan with people.',
  interviewer: 'Alex Chen',
  interviewDate: '2026-09-02',
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    { values: { ...valid, interviewer: '', interviewDate: '' }, errors: ['interviewer', 'interviewDate'] },
    { values: { ...valid, peerMentorName: ' ', strengths: ['kind'] }, errors: ['peerMentorName', 'strengths'] },
  ],
} satisfies FormExamples;
