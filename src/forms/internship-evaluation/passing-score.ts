/**
 * The passing average of the Internship Performance Evaluation, if the agency wrote one.
 *
 * It is one number: the lowest average (across all 13 areas) that passes, from 1 to 5.
 * There is none unless the agency sets it (see `scoring.ts` on why). It is kept on the
 * mentor profile (`Person.passingAverage`), so it is in every full backup file and comes
 * back with a restore; it is changed on the Internship page. No words here (they are in
 * `result.ts` and `paper-score.ts`), so the form page's paper hook stays small.
 */
import type { Person } from '~/lib/storage';
import { EVALUATION_AREA_COUNT } from './scoring';

/** The lowest passing average an agency can choose. */
const MIN_PASSING_AVERAGE = 1;
/** The highest passing average an agency can choose. */
const MAX_PASSING_AVERAGE = 5;
/** The highest total: 13 areas × 5. */
export const MAX_TOTAL = EVALUATION_AREA_COUNT * 5;

/**
 * A passing average typed by a person, or undefined when it is not a number from 1 to 5
 * with at most 2 decimals. Accepts "3", "3.5", " 3,25 " (a decimal comma too).
 */
export function parsePassingAverage(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = text.trim().replace(',', '.');
  if (!/^\d(\.\d{1,2})?$/.test(clean)) return undefined;
  const value = Number(clean);
  return value >= MIN_PASSING_AVERAGE && value <= MAX_PASSING_AVERAGE ? value : undefined;
}

/** The agency's passing average kept on the mentor profile, or undefined when it set none. */
export function passingAverageOf(mentor: Pick<Person, 'passingAverage'> | undefined): number | undefined {
  return parsePassingAverage(mentor?.passingAverage === undefined ? undefined : String(mentor.passingAverage));
}

/** The lowest total that passes with this average, e.g. 3 → 39 (out of 65). */
export function passingTotal(passingAverage: number): number {
  return Math.ceil(passingAverage * EVALUATION_AREA_COUNT - 1e-9);
}

/** A number as short words: 3 → "3", 3.5 → "3.5", 3.4615 → "3.46". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
