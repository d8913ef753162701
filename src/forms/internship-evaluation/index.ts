/**
 * The internship evaluation: its definition, record rules, and the live score shown
 * under the ratings on its page (`EvaluationScore.astro` in this folder).
 */
import { t } from '~/i18n/forms';
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { paperScoreValue } from './paper-score';
import { record } from './record';

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  derived: [paperScoreValue],
  panels: ['EvaluationScore'],
  oversight: { evaluations: { kinds: [{ id: 'supervisor', label: () => t('forms.evaluation.supervisor') }], kindOf: () => 'supervisor' } },
} satisfies FormModule<'internship-evaluation'>;

/** For this form's own modules (scoring) and their tests. */
export { definition as internshipEvaluation, EVALUATION_AREA_NAMES } from './definition';
