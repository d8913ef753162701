/**
 * Exit interview with the supervisor: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The exit-interview-supervisor form's records. */
export const record = defineRecord({
  id: 'exit-interview-supervisor',
  version: 1,
  noun: { one: 'exit interview with the supervisor', other: 'exit interviews with the supervisor' },
  dateField: 'interviewDate',
  steps: {},
});
