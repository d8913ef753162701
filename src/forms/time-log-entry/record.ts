/**
 * Time log entry: how its records are stored and named. Small on purpose: every page that
 * uses storage loads this for every form (see `src/forms/records.ts`).
 */
import { defineRecord } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';
import { durationAnswers, minutesFromDecimalHours } from './duration';

/**
 * Version 1 → 2: decimal hours (`hours`, '1.25') become hours and minutes
 * (`durationHours` '1', `durationMinutes` '15'). An answer that is not a number of hours
 * is kept as it was under `hours` (nothing is lost) and the two boxes start empty.
 */
export function hoursToHoursAndMinutes(values: FormValues): FormValues {
  const { hours, ...rest } = values;
  const minutes = minutesFromDecimalHours(hours);
  if (minutes !== null) return { ...rest, ...durationAnswers(minutes) };
  const empty = { ...rest, durationHours: '', durationMinutes: '' };
  return typeof hours === 'string' && hours.trim() !== '' ? { ...empty, hours } : empty;
}

/** The time-log-entry form's records. */
export const record = defineRecord({
  id: 'time-log-entry',
  version: 2,
  noun: { one: 'time log entry', other: 'time log entries' },
  dateField: 'date',
  steps: { 1: hoursToHoursAndMinutes },
});
