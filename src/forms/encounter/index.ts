/**
 * The encounter form: its definition, record rules and hooks. After the end time it shows
 * the meeting length; it offers the mentee's plan goals in its goal question and shows
 * what the last meeting said to work on.
 */
import { t } from '~/i18n/forms';
import type { FormModule } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';
import { planGoals } from '../individual-plan/goals';
import { definition } from './definition';
import { meetingLengthValue } from './meeting-length';
import { record } from './record';

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * What the carry-forward box shows: the last meeting's "things to work on", or at the
 * first meeting (no meeting yet, or only this one) the plan's. '' for none.
 */
export function carriedText(
  recordId: string | undefined,
  plan: FormValues | undefined,
  lastMeeting: { id: string; data: FormValues } | undefined,
  meetings: number,
): string {
  const isFirst = meetings === 0 || (meetings === 1 && lastMeeting?.id === recordId);
  if (isFirst) return plan ? text(plan['thingsToWorkOn']) : '';
  return lastMeeting && lastMeeting.id !== recordId ? text(lastMeeting.data['thingsToWorkOn']) : '';
}

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  derived: [meetingLengthValue],
  carryForward: { title: () => t('forms.carryForward.lastTime') },
  finishedPanels: ['AddToHours'],
  async context({ recordId, forMentee, latest, count }) {
    if (!forMentee) return {};
    const [plan, lastMeeting, meetings] = await Promise.all([latest('individual-plan'), latest(record.id), count(record.id)]);
    return {
      goals: plan ? planGoals(plan.data) : [],
      carried: carriedText(recordId, plan?.data, lastMeeting, meetings),
    };
  },
} satisfies FormModule<'encounter'>;
