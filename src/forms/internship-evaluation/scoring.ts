/**
 * The score of an Internship Performance Evaluation (13 areas, each rated 1–5).
 */
import { EVALUATION_AREA_NAMES } from './definition';
import type { FormValues } from '~/lib/forms/types';

/**
 * The default passing score: an average of 3.0, meaning "meets expectations" across all
 * 13 areas (a total of at least 39 out of 65). Every area must be rated to pass.
 * The supervisor, BPDD and the peer mentor still decide together (slide 28).
 */
export const DEFAULT_PASSING_AVERAGE = 3;

/** The result of scoring one evaluation. */
export interface EvaluationScore {
  /** The sum of the ratings given (13–65 when every area is rated). */
  total: number;
  /** How many of the 13 areas have a rating. */
  answered: number;
  /** total ÷ answered, rounded to 2 decimals; 0 when nothing is rated. */
  average: number;
  /** True when all 13 areas are rated and the average is at least the passing average. */
  passed: boolean;
}

/** The number of rated areas. */
export const EVALUATION_AREA_COUNT = EVALUATION_AREA_NAMES.length;

/**
 * Score an Internship Performance Evaluation. Ratings that are not a whole number 1–5 are
 * left out (not answered). Passing needs every area rated and an average of at least
 * `passingAverage` (default `DEFAULT_PASSING_AVERAGE`, 3.0).
 */
export function scoreEvaluation(values: FormValues, passingAverage: number = DEFAULT_PASSING_AVERAGE): EvaluationScore {
  let total = 0;
  let answered = 0;
  for (const name of EVALUATION_AREA_NAMES) {
    const value = values[name];
    if (typeof value !== 'string' || !/^[1-5]$/.test(value.trim())) continue;
    total += Number(value.trim());
    answered += 1;
  }
  const average = answered === 0 ? 0 : Math.round((total / answered) * 100) / 100;
  // Compare totals, not the rounded average, so 38/13 (2.92) never rounds up to a pass.
  const passed = answered === EVALUATION_AREA_COUNT && total >= passingAverage * EVALUATION_AREA_COUNT - 1e-9;
  return { total, answered, average, passed };
}
