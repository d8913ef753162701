/**
 * The encounter form: its definition, record rules and hooks. After the end time it shows
 * the meeting length; it offers the mentee's plan goals in its goal question and shows
 * what the last meeting said to work on.
 */
import { t } from '~/i18n/forms';
import type { FormModule } from '~/lib/forms/module';
import { planGoals } from '../individual-plan/goals';
import { definition } from './definition';
import { meetingLengthValue } from './meeting-length';
import { record } from './record';

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  derived: [meetingLengthValue],
  carryForward: { title: () => t('forms.carryForward.lastTime') },
  async context({ recordId, forMentee, latest }) {
    if (!forMentee) return {};
    const [plan, lastMeeting] = await Promise.all([latest('individual-plan'), latest(record.id)]);
    return {
      goals: plan ? planGoals(plan.data) : [],
      carried: lastMeeting && lastMeeting.id !== recordId ? text(lastMeeting.data['thingsToWorkOn']) : '',
    };
  },
} satisfies FormModule<'encounter'>;
