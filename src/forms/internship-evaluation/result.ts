/**
 * An Internship Performance Evaluation's score in words: total, average and pass or
 * not yet, against the passing average the agency set (see `passing-score.ts`).
 * The numbers come from `scoreEvaluation`, the one place the rule lives.
 */
import { t } from '~/i18n/internship';
import { EVALUATION_AREA_COUNT, scoreEvaluation } from './scoring';
import type { FormValues } from '~/lib/forms/types';
import { MAX_TOTAL, formatNumber, passingTotal } from './passing-score';

/** Where an evaluation stands. */
type EvaluationState = 'pass' | 'not-yet' | 'incomplete';

/** An evaluation's score, as numbers and as words. */
export interface EvaluationResult {
  total: number;
  answered: number;
  average: number;
  passed: boolean;
  /** `pass`; `not-yet` (all rated, below the passing score); `incomplete` (some parts have no number). */
  state: EvaluationState;
  /** "Total: 45 out of 65" */
  totalText: string;
  /** "Average: 3.46", or "Average: none yet" */
  averageText: string;
  /** "13 of 13 parts have a number." / "10 of 13 parts have a number. 3 still need one." */
  answeredText: string;
  /** "Pass", "Not yet" */
  resultWord: string;
  /** One sentence: why it is pass or not yet. */
  resultText: string;
}

/** Scores one evaluation's answers against `passingAverage`. */
export function evaluationResult(values: FormValues, passingAverage: number): EvaluationResult {
  const score = scoreEvaluation(values, passingAverage);
  const missing = EVALUATION_AREA_COUNT - score.answered;
  const state: EvaluationState = score.passed ? 'pass' : missing > 0 ? 'incomplete' : 'not-yet';
  const limits = { average: formatNumber(passingAverage), total: passingTotal(passingAverage) };
  const resultText =
    state === 'pass'
      ? t('internship.scorePass', limits)
      : state === 'not-yet'
        ? t('internship.scoreUnder', limits)
        : t('internship.scoreMissing', { count: missing });
  const answered = t('internship.scoreAnswered', { answered: score.answered, areas: EVALUATION_AREA_COUNT });
  return {
    ...score,
    state,
    totalText: t('internship.scoreTotal', { total: score.total, max: MAX_TOTAL }),
    averageText: score.answered === 0 ? t('internship.scoreAverageNone') : t('internship.scoreAverage', { average: formatNumber(score.average) }),
    answeredText: missing === 0 ? answered : `${answered} ${t('internship.scoreStillNeed', { count: missing })}`,
    resultWord: t(state === 'pass' ? 'internship.scorePassWord' : 'internship.scoreNotYetWord'),
    resultText,
  };
}
