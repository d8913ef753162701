/**
 * The passing score of the Internship Performance Evaluation, which the agency can set.
 *
 * It is one number: the lowest average (across all 13 areas) that passes. The default is
 * `DEFAULT_PASSING_AVERAGE`, 3.0 = "meets expectations" on average. It is kept on this
 * tablet in `localStorage` under `wb.passingAverage` (a setting, like text size, not a
 * record), and changed on the Internship page.
 */
import { t } from '~/i18n/internship';
import { DEFAULT_PASSING_AVERAGE, EVALUATION_AREA_COUNT } from './scoring';

/** The key in localStorage. */
export const PASSING_AVERAGE_KEY = 'wb.passingAverage';
/** The lowest passing average an agency can choose. */
const MIN_PASSING_AVERAGE = 1;
/** The highest passing average an agency can choose. */
const MAX_PASSING_AVERAGE = 5;
/** The highest total: 13 areas × 5. */
export const MAX_TOTAL = EVALUATION_AREA_COUNT * 5;

export { DEFAULT_PASSING_AVERAGE };

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

/** The passing average set on this tablet, or the default when none is set (or it cannot be read). */
export function loadPassingAverage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): number {
  try {
    return parsePassingAverage(storage?.getItem(PASSING_AVERAGE_KEY)) ?? DEFAULT_PASSING_AVERAGE;
  } catch {
    return DEFAULT_PASSING_AVERAGE;
  }
}

/**
 * Keeps a passing average on this tablet (the default is stored as "no setting").
 * @throws RangeError when it is not a number from 1 to 5 with at most 2 decimals.
 */
export function savePassingAverage(value: number, storage: Pick<Storage, 'setItem' | 'removeItem'> = globalThis.localStorage): void {
  if (parsePassingAverage(String(value)) === undefined) throw new RangeError('A passing average is a number from 1 to 5');
  if (value === DEFAULT_PASSING_AVERAGE) storage.removeItem(PASSING_AVERAGE_KEY);
  else storage.setItem(PASSING_AVERAGE_KEY, String(value));
}

/** The lowest total that passes with this average, e.g. 3 → 39 (out of 65). */
export function passingTotal(passingAverage: number): number {
  return Math.ceil(passingAverage * EVALUATION_AREA_COUNT - 1e-9);
}

/** A number as short words: 3 → "3", 3.5 → "3.5", 3.4615 → "3.46". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * The passing rule in Easy Read, e.g. "To pass, the average must be 3 or more. That is a
 * total of 39 or more, out of 65. All 13 parts need a number."
 */
export function passingRuleText(passingAverage: number): string {
  return t('internship.passingRule', { average: formatNumber(passingAverage), total: passingTotal(passingAverage), max: MAX_TOTAL, areas: EVALUATION_AREA_COUNT });
}
