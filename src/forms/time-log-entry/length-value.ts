/**
 * How long an entry took, in words, after the minutes box: on screen "That is 1 hour
 * 10 minutes." (a check for the person, no decimals); on paper also the hours as the
 * totals count them ("1 hour 10 minutes = 1.17 hours", see `duration.ts`).
 */
import { t } from '~/i18n/forms';
import type { DerivedValue } from '~/lib/forms/module';
import { formatLength } from '../encounter/meeting-length';
import { entryMinutes, hoursFromMinutes } from './duration';

/** The `derived` value of the time log (see `FormModule`). */
export const entryLengthValue: DerivedValue = {
  id: 'entryLength',
  after: 'durationMinutes',
  screenText(values) {
    const minutes = entryMinutes(values);
    return minutes === null ? '' : t('forms.entryLength.screen', { length: formatLength(minutes) });
  },
  paperText(values) {
    const minutes = entryMinutes(values);
    return minutes === null ? '' : t('forms.entryLength.paper', { length: formatLength(minutes), count: hoursFromMinutes(minutes) });
  },
  blankText: () => t('forms.entryLength.blank'),
};
