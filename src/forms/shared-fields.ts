/**
 * Parts that several form definitions share, built from the same table shapes the forms
 * use: a row is a field name, the plain question, the paper form's words where they differ
 * and, where there is one, a plain hint.
 */
import type { FieldDefinition, FieldOption, SectionDefinition } from '~/lib/forms/types';

/** One question or statement of a paper form: field name, the plain question, the paper's words, a plain hint. */
export type QuestionRow = readonly [name: string, label: string, official?: string, hint?: string];

/** The optional parts of a row, as field properties. */
function extras([, , official, hint]: QuestionRow): { official?: string; hint?: string } {
  return { ...(official ? { official } : {}), ...(hint ? { hint } : {}) };
}

/** Rated rows (1 to 5, or yes / sometimes / no), every one required. */
export function ratingFields(
  rows: readonly QuestionRow[],
  options: readonly FieldOption[],
  requiredMessage: (row: QuestionRow) => string,
): FieldDefinition[] {
  return rows.map((row) => ({
    name: row[0],
    kind: 'rating',
    label: row[1],
    ...extras(row),
    required: true,
    requiredMessage: requiredMessage(row),
    options,
  }));
}

/** Interview questions answered in writing, with room on paper for five lines each. */
export function interviewFields(rows: readonly QuestionRow[]): FieldDefinition[] {
  return rows.map((row) => ({
    name: row[0],
    kind: 'textarea',
    label: row[1],
    ...extras(row),
    printLines: 5,
  }));
}

/** The end of both exit interviews: who from the council asked, and when. */
export const interviewerSection: SectionDefinition = {
  id: 'interviewer',
  title: 'Interviewer',
  fields: [
    {
      name: 'interviewer',
      kind: 'text',
      label: 'Interviewer',
      hint: 'The name of the person from BPDD who asked the questions.',
      required: true,
      requiredMessage: 'Write the interviewer’s name.',
    },
    {
      name: 'interviewDate',
      kind: 'date',
      label: 'Date',
      required: true,
      requiredMessage: 'Write the date of the interview.',
      prefill: 'today',
    },
  ],
};

/** The peer mentor's name, filled in from the mentor's profile. */
export const peerMentorNameField: FieldDefinition = {
  name: 'peerMentorName',
  kind: 'text',
  label: 'Peer mentor',
  hint: 'The peer mentor’s name.',
  required: true,
  requiredMessage: 'Write the peer mentor’s name.',
  prefill: 'mentorName',
};
