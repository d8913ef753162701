/**
 * How long one Time and Activity Log entry took, in whole minutes.
 *
 * Entries made since form version 2 say it in two number boxes: hours (`durationHours`)
 * and minutes (`durationMinutes`), never as a decimal. Version 1 entries said it as
 * decimal hours (`hours`, e.g. '1.25'); the migration step turns those into hours and
 * minutes (see `record.ts`), and `entryMinutes` still reads one that could not be turned.
 *
 * The one rounding rule: hours shown as a number (totals, the CSV file, the printed log)
 * are minutes ÷ 60, rounded to 2 decimals ("1 hour 10 minutes" = 1.17 hours). Totals are
 * added up in whole minutes first and rounded once, so they never drift.
 */
import type { FormValues } from '~/lib/forms/types';

/** The most minutes one entry can have (24 hours). */
const MAX_ENTRY_MINUTES = 24 * 60;

/** A whole number written with digits only ('' and '1.5' are not), or null. */
function wholeNumber(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** Decimal hours as written in a version 1 entry ('1.25', '.5'), as whole minutes, or null. */
export function minutesFromDecimalHours(value: unknown): number | null {
  if (typeof value !== 'string' || !/^(\d+(\.\d+)?|\.\d+)$/.test(value.trim())) return null;
  const minutes = Math.round(Number(value.trim()) * 60);
  return minutes > 0 ? minutes : null;
}

/**
 * The minutes of one entry's answers: hours × 60 + minutes from the two boxes (an empty
 * box counts as 0, but not both), else a version 1 `hours` answer. Null when there is no
 * usable length: nothing written, 0 in all, more than 24 hours, or not a whole number.
 */
export function entryMinutes(values: FormValues): number | null {
  const hoursText = values['durationHours'];
  const minutesText = values['durationMinutes'];
  const hasHours = typeof hoursText === 'string' && hoursText.trim() !== '';
  const hasMinutes = typeof minutesText === 'string' && minutesText.trim() !== '';
  if (!hasHours && !hasMinutes) return minutesFromDecimalHours(values['hours']);
  const h = hasHours ? wholeNumber(hoursText) : 0;
  const m = hasMinutes ? wholeNumber(minutesText) : 0;
  if (h === null || m === null || m > 59) return null;
  const total = h * 60 + m;
  return total > 0 && total <= MAX_ENTRY_MINUTES ? total : null;
}

/** Minutes as hours, rounded to 2 decimals: 70 → 1.17, 75 → 1.25, 0 → 0. */
export function hoursFromMinutes(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Minutes as the two answers of the boxes: 70 → { durationHours: '1', durationMinutes: '10' }. */
export function durationAnswers(minutes: number): { durationHours: string; durationMinutes: string } {
  const whole = Math.max(0, Math.round(minutes));
  return { durationHours: String(Math.floor(whole / 60)), durationMinutes: String(whole % 60) };
}
