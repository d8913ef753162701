/**
 * Mentoring agreement: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The mentoring-agreement form's records. */
export const record = defineRecord({
  id: 'mentoring-agreement',
  version: 1,
  noun: { one: 'mentoring agreement', other: 'mentoring agreements' },
  dateField: 'startDate',
  steps: {},
});
