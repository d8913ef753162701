/**
 * Internship evaluation: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The internship-evaluation form's records. */
export const record = defineRecord({
  id: 'internship-evaluation',
  version: 1,
  noun: { one: 'internship evaluation', other: 'internship evaluations' },
  dateField: 'evaluationDate',
  steps: {},
});
