/**
 * The score of an Internship Performance Evaluation (13 areas, each rated 1–5): each
 * area's number, the total out of 65 and the average.
 *
 * There is no built-in pass mark. The training deck (slide 28) says the agency decides
 * with BPDD and the peer mentor if the peer mentor passed; slide 39 says only that the
 * 1–5 scale is used "to determine score for passing". So a verdict is given only against
 * a passing average the agency wrote itself (`passing-score.ts`); without one, the numbers
 * and a line for the decision.
 */
import { definition, EVALUATION_AREA_NAMES } from './definition';
import { findField, officialWords } from '~/lib/forms/fields';
import type { FormDefinition, FormValues } from '~/lib/forms/types';

/** One area's number, or undefined when it has none. */
interface AreaScore {
  name: string;
  /** The area's words, as on the paper form, in the language of the definition it was scored with. */
  label: string;
  rating: number | undefined;
}

/** The result of scoring one evaluation. */
export interface EvaluationScore {
  /** Every area, in form order. */
  areas: AreaScore[];
  /** The sum of the ratings given (13–65 when every area is rated). */
  total: number;
  /** How many of the 13 areas have a rating. */
  answered: number;
  /** total ÷ answered, rounded to 2 decimals; 0 when nothing is rated. */
  average: number;
}

/** The number of rated areas. */
export const EVALUATION_AREA_COUNT = EVALUATION_AREA_NAMES.length;

/**
 * Score an evaluation. Ratings that are not a whole number 1–5 are left out (not answered).
 * Each area is named with the paper form's words of `def`: the form in the language the
 * score is shown in (a Spanish paper copy passes the Spanish definition); English by default.
 */
export function scoreEvaluation(values: FormValues, def: FormDefinition = definition): EvaluationScore {
  const areas = EVALUATION_AREA_NAMES.map((name): AreaScore => {
    const field = findField(def, name);
    const value = values[name];
    const rating = typeof value === 'string' && /^[1-5]$/.test(value.trim()) ? Number(value.trim()) : undefined;
    return { name, label: field ? officialWords(field) : name, rating };
  });
  let total = 0;
  let answered = 0;
  for (const { rating } of areas) {
    if (rating === undefined) continue;
    total += rating;
    answered += 1;
  }
  const average = answered === 0 ? 0 : Math.round((total / answered) * 100) / 100;
  return { areas, total, answered, average };
}

/**
 * True when every area is rated and the average is at least `passingAverage` (the agency's
 * own). Compares totals, not the rounded average, so 38/13 (2.92) is never "3 or more".
 */
export function meetsPassingAverage(score: EvaluationScore, passingAverage: number): boolean {
  return score.answered === EVALUATION_AREA_COUNT && score.total >= passingAverage * EVALUATION_AREA_COUNT - 1e-9;
}
