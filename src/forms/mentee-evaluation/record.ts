/**
 * Mentee evaluation: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The mentee-evaluation form's records. */
export const record = defineRecord({
  id: 'mentee-evaluation',
  version: 1,
  noun: { one: 'evaluation by a mentee', other: 'evaluations by mentees' },
  dateField: 'evaluationDate',
  steps: {},
});
