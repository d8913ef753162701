/**
 * The score on the evaluation's paper copy, printed just before the signatures (so it is
 * always on their page): each area's number, the total out of 65, the average, the
 * agency's passing average if it wrote one, and a line for the decision. Never a verdict
 * on its own: the agency, BPDD and the peer mentor decide (see `scoring.ts`).
 */
import { t } from '~/i18n/internship';
import type { DerivedValue } from '~/lib/forms/module';
import { MAX_TOTAL, formatNumber, passingAverageOf } from './passing-score';
import { evaluationResult } from './result';

/** The score block, shown after the comments on paper (and not on screen: the page has its own score box). */
export const paperScoreValue: DerivedValue = {
  id: 'evaluationScore',
  after: 'comments',
  screenText: () => '',
  paperText(values, about) {
    const passingAverage = passingAverageOf(about?.mentor);
    const result = evaluationResult(values, passingAverage);
    const areas = result.areas.map((area) =>
      area.rating === undefined ? t('internship.paperAreaNone', { area: area.label }) : t('internship.paperArea', { area: area.label, rating: area.rating }),
    );
    const standing = passingAverage === undefined ? [] : [t('internship.paperPassing', { average: formatNumber(passingAverage) }), `${result.resultWord}.`];
    return [t('internship.paperScore'), ...areas, result.totalText, result.averageText, ...standing, t('internship.paperDecision')].join('\n');
  },
  blankText: () => [t('internship.paperScore'), t('internship.paperBlank', { max: MAX_TOTAL }), t('internship.paperDecision')].join('\n'),
};
