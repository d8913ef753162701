/**
 * The registry of every form in the workbook: one line per form, in the order they are
 * listed. Form ids are permanent (storage keys and URL parts: /forms/<id>/). Each form
 * lives in its own folder, `src/forms/<id>/` (definition, record rules, hooks, examples).
 *
 * Build-time code imports this; browser code loads one form with `loadForm(id)`
 * (`./load.ts`) and reads record rules of all forms from `./records.ts`.
 */
import type { FormModule } from '~/lib/forms/module';
import type { FormDefinition, FormOwner } from '~/lib/forms/types';
import { form as encounter } from './encounter';
import { form as exitInterviewMentor } from './exit-interview-mentor';
import { form as exitInterviewSupervisor } from './exit-interview-supervisor';
import { form as individualPlan } from './individual-plan';
import { form as internshipEvaluation } from './internship-evaluation';
import { form as menteeEvaluation } from './mentee-evaluation';
import { form as mentoringAgreement } from './mentoring-agreement';
import { form as timeLogEntry } from './time-log-entry';
import { form as timeLogReview } from './time-log-review';

const registry = [
  mentoringAgreement,
  individualPlan,
  encounter,
  menteeEvaluation,
  timeLogEntry,
  timeLogReview,
  internshipEvaluation,
  exitInterviewMentor,
  exitInterviewSupervisor,
] as const;

/** A form's permanent id. */
export type FormId = (typeof registry)[number]['record']['id'];

/** Every form module (definition and hooks), in list order. */
export const formModules: readonly FormModule<FormId>[] = registry;

/** Every form definition, in list order. */
export const forms: readonly FormDefinition[] = registry.map((module) => module.definition);

/** Every form id, in list order. */
export const formIds: readonly FormId[] = registry.map((module) => module.record.id);

/** True when `id` is the id of a form in the workbook. */
export function isFormId(id: string): id is FormId {
  return (formIds as readonly string[]).includes(id);
}

/** The form with this id, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}

/** The module (definition and hooks) of the form with this id, or undefined. */
export function getFormModule(id: string): FormModule<FormId> | undefined {
  return formModules.find((module) => module.record.id === id);
}

/** The forms kept with a mentee's records, or with the peer mentor's own records. */
export function formsFor(owner: FormOwner): FormDefinition[] {
  return forms.filter((form) => form.owner === owner);
}
