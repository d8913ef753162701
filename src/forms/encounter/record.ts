/**
 * Encounter form: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';

/** The encounter form's records. */
export const record = defineRecord({
  id: 'encounter',
  version: 1,
  noun: { one: 'meeting', other: 'meetings' },
  dateField: 'meetingDate',
  steps: {},
});
