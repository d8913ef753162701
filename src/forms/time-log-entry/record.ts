/**
 * Time log entry: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The time-log-entry form's records. */
export const record = defineRecord({
  id: 'time-log-entry',
  version: 1,
  noun: { one: 'time log entry', other: 'time log entries' },
  dateField: 'date',
  steps: {},
});
