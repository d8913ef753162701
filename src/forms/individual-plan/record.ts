/**
 * My Individual Plan: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The individual-plan form's records. */
export const record = defineRecord({
  id: 'individual-plan',
  version: 1,
  noun: { one: 'plan', other: 'plans' },
  dateField: 'dateReviewed',
  steps: {},
});
