/**
 * The score on the evaluation's paper copy, printed just before the signatures (so it is
 * always on their page): each area's number ("–" when it has none), the total out of 65,
 * the average, the agency's passing average if it wrote one, and a line for the decision.
 * Never a verdict: the agency, BPDD and the peer mentor decide (see `scoring.ts`).
 * It is part of the form module, so it uses only the `forms.*` words the form page
 * already carries (not the Internship page's); each area is named with the paper form's
 * words of the definition it is printed with (`about.definition`: Spanish on a Spanish page).
 */
import { t } from '~/i18n/forms';
import type { DerivedValue } from '~/lib/forms/module';
import { MAX_TOTAL, formatNumber, passingAverageOf } from './passing-score';
import { scoreEvaluation } from './scoring';

/** The score block, shown after the comments on paper (and not on screen: the page has its own score box). */
export const paperScoreValue: DerivedValue = {
  id: 'evaluationScore',
  after: 'comments',
  screenText: () => '',
  paperText(values, about) {
    const passingAverage = passingAverageOf(about?.mentor);
    const score = scoreEvaluation(values, about?.definition);
    return [
      t('forms.score.title'),
      ...score.areas.map((area) => t('forms.score.area', { area: area.label, rating: area.rating ?? '–' })),
      t('forms.score.total', { total: score.total, max: MAX_TOTAL }),
      t('forms.score.average', { average: score.answered === 0 ? '–' : formatNumber(score.average) }),
      ...(passingAverage === undefined ? [] : [t('forms.score.passing', { average: formatNumber(passingAverage) })]),
      t('forms.score.decision'),
    ].join('\n');
  },
  blankText: () => [t('forms.score.title'), t('forms.score.total', { total: '______', max: MAX_TOTAL }), t('forms.score.average', { average: '______' }), t('forms.score.decision')].join('\n'),
};
