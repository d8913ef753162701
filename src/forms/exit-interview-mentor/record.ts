/**
 * Exit interview with the peer mentor: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The exit-interview-mentor form's records. */
export const record = defineRecord({
  id: 'exit-interview-mentor',
  version: 1,
  noun: { one: 'exit interview', other: 'exit interviews' },
  dateField: 'interviewDate',
  steps: {},
});
