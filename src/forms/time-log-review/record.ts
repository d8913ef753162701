/**
 * Time log review: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The time-log-review form's records. */
export const record = defineRecord({
  id: 'time-log-review',
  version: 1,
  noun: { one: 'time log review', other: 'time log reviews' },
  dateField: 'dateReviewed',
  steps: {},
});
