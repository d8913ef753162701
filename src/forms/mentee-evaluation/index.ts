/** The mentee-evaluation form: its definition and record rules; the supervisor view counts its mid-point and end evaluations. */
import { t } from '~/i18n/forms';
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { record } from './record';

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  oversight: {
    evaluations: {
      kinds: [
        { id: 'mid-point', label: () => t('forms.evaluation.midPoint') },
        { id: 'end', label: () => t('forms.evaluation.end') },
      ],
      kindOf: (values) => (values['point'] === 'mid-point' || values['point'] === 'end' ? values['point'] : ''),
    },
  },
} satisfies FormModule<'mentee-evaluation'>;

/** For this form's own modules (comparing mid-point and end) and their tests. */
export { definition as menteeEvaluation } from './definition';
