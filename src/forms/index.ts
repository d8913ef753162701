/**
 * The registry of every form in the workbook, in the order they are listed.
 * Form ids are permanent (storage keys and URL parts: /forms/<id>/).
 */
import type { FormDefinition, FormOwner } from '~/lib/forms/types';
import { encounter } from './encounter';
import { exitInterviewMentor } from './exit-interview-mentor';
import { exitInterviewSupervisor } from './exit-interview-supervisor';
import { individualPlan } from './individual-plan';
import { internshipEvaluation } from './internship-evaluation';
import { menteeEvaluation } from './mentee-evaluation';
import { mentoringAgreement } from './mentoring-agreement';
import { timeLogEntry } from './time-log-entry';
import { timeLogReview } from './time-log-review';

/** Every form id, in list order. */
export const formIds = [
  'mentoring-agreement',
  'individual-plan',
  'encounter',
  'mentee-evaluation',
  'time-log-entry',
  'time-log-review',
  'internship-evaluation',
  'exit-interview-mentor',
  'exit-interview-supervisor',
] as const;

/** A form's permanent id. */
export type FormId = (typeof formIds)[number];

/** Every form, in the same order as `formIds`. */
export const forms: readonly FormDefinition[] = [
  mentoringAgreement,
  individualPlan,
  encounter,
  menteeEvaluation,
  timeLogEntry,
  timeLogReview,
  internshipEvaluation,
  exitInterviewMentor,
  exitInterviewSupervisor,
];

/** True when `id` is the id of a form in the workbook. */
export function isFormId(id: string): id is FormId {
  return (formIds as readonly string[]).includes(id);
}

/** The form with this id, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}

/** The forms kept with a mentee's records, or with the peer mentor's own records. */
export function formsFor(owner: FormOwner): FormDefinition[] {
  return forms.filter((form) => form.owner === owner);
}
