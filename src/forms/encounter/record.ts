/**
 * Encounter form: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';

/** Version 1 → 2: location got the choice "Other (please write)" and its answer `locationOther`, empty in older records. */
export function addLocationOther(values: FormValues): FormValues {
  return 'locationOther' in values ? { ...values } : { ...values, locationOther: '' };
}

/** The encounter form's records. */
export const record = defineRecord({
  id: 'encounter',
  version: 2,
  noun: { one: 'meeting', other: 'meetings' },
  dateField: 'meetingDate',
  steps: { 1: addLocationOther },
});
