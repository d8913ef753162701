/**
 * The Spanish words of the parts that several forms share (`shared-fields.ts`), so every
 * form says them the same way: the peer mentor's name, the interviewer's section of both
 * exit interviews, and the rows of rated and interview questions.
 */
import type { FieldTranslation, OptionTranslation } from '~/lib/forms/translation';

/** One question in Spanish: field name, the plain question, the paper form's words. */
export type QuestionWords = readonly [name: string, label: string, official: string];

/** The peer mentor's name (`peerMentorNameField`). */
export const peerMentorNameWords = {
  label: 'Mentor de pares',
  hint: 'El nombre del mentor de pares.',
  requiredMessage: 'Escribe el nombre del mentor de pares.',
} satisfies FieldTranslation;

/** The interviewer's section of both exit interviews (`interviewerSection`). */
export const interviewerSectionWords = { title: 'Entrevistador' };

/** The fields of the interviewer's section, by field name. */
export const interviewerFieldWords: Readonly<Record<string, FieldTranslation>> = {
  interviewer: {
    label: 'Entrevistador',
    hint: 'El nombre de la persona del consejo que hizo las preguntas.',
    requiredMessage: 'Escribe el nombre del entrevistador.',
  },
  interviewDate: {
    label: 'Fecha',
    requiredMessage: 'Escribe la fecha de la entrevista.',
  },
};

/** Rated questions (`ratingFields`): the same choices and one required message for each row. */
export function ratingWords(
  rows: readonly QuestionWords[],
  options: Readonly<Record<string, OptionTranslation>>,
  requiredMessage: (row: QuestionWords) => string,
): Record<string, FieldTranslation> {
  return Object.fromEntries(rows.map((row) => [row[0], { label: row[1], official: row[2], requiredMessage: requiredMessage(row), options }]));
}

/** Interview questions answered in writing (`interviewFields`). */
export function interviewWords(rows: readonly QuestionWords[]): Record<string, FieldTranslation> {
  return Object.fromEntries(rows.map(([name, label, official]) => [name, { label, official }]));
}
