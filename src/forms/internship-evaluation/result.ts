/**
 * An Internship Performance Evaluation's score in words: total, average, and where it
 * stands. Against a passing average the agency wrote, "at or above" or "under" it;
 * without one, no verdict: the people decide together (see `scoring.ts`).
 */
import { t } from '~/i18n/internship';
import { EVALUATION_AREA_COUNT, meetsPassingAverage, scoreEvaluation, type EvaluationScore } from './scoring';
import type { FormValues } from '~/lib/forms/types';
import { MAX_TOTAL, formatNumber, passingTotal } from './passing-score';

/** Where an evaluation stands. */
type EvaluationState = 'incomplete' | 'to-decide' | 'meets' | 'under';

/** An evaluation's score, as numbers and as words. */
export interface EvaluationResult extends EvaluationScore {
  /**
   * `incomplete` (some parts have no number); `to-decide` (all rated, the agency set no
   * passing average); `meets` / `under` the agency's passing average.
   */
  state: EvaluationState;
  /** "Total: 45 out of 65" */
  totalText: string;
  /** "Average: 3.46", or "Average: none yet" */
  averageText: string;
  /** "13 of 13 parts have a number." / "10 of 13 parts have a number. 3 still need one." */
  answeredText: string;
  /** A few words: "To decide together", "Under the agency's passing average". */
  resultWord: string;
  /** One sentence: why. */
  resultText: string;
}

/** Scores one evaluation's answers, against the agency's `passingAverage` if it set one. */
export function evaluationResult(values: FormValues, passingAverage: number | undefined): EvaluationResult {
  const score = scoreEvaluation(values);
  const missing = EVALUATION_AREA_COUNT - score.answered;
  const state: EvaluationState =
    missing > 0 ? 'incomplete' : passingAverage === undefined ? 'to-decide' : meetsPassingAverage(score, passingAverage) ? 'meets' : 'under';
  const average = passingAverage === undefined ? '' : formatNumber(passingAverage);
  const words: Record<EvaluationState, [string, string]> = {
    incomplete: [t('internship.scoreMissingWord'), t('internship.scoreMissing', { count: missing })],
    'to-decide': [t('internship.scoreDecideWord'), t('internship.scoreDecide')],
    meets: [t('internship.scoreMeetsWord'), t('internship.scoreMeets', { average })],
    under: [t('internship.scoreUnderWord'), t('internship.scoreUnder', { average })],
  };
  const answered = t('internship.scoreAnswered', { answered: score.answered, areas: EVALUATION_AREA_COUNT });
  return {
    ...score,
    state,
    totalText: t('internship.scoreTotal', { total: score.total, max: MAX_TOTAL }),
    averageText: score.answered === 0 ? t('internship.scoreAverageNone') : t('internship.scoreAverage', { average: formatNumber(score.average) }),
    answeredText: missing === 0 ? answered : `${answered} ${t('internship.scoreStillNeed', { count: missing })}`,
    resultWord: words[state][0],
    resultText: words[state][1],
  };
}

/**
 * The passing rule in Easy Read: "The agency's passing average is 3.5. That is a total of 46
 * or more, out of 65. …", or, with none set, that the people decide together.
 */
export function passingRuleText(passingAverage: number | undefined): string {
  if (passingAverage === undefined) return t('internship.passingNone');
  return t('internship.passingRule', { average: formatNumber(passingAverage), total: passingTotal(passingAverage), max: MAX_TOTAL, areas: EVALUATION_AREA_COUNT });
}
