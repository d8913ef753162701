/**
 * How long a meeting was, and how many 15-minute billing units it counts as.
 *
 * Billing rule (the common "8-minute rule", as used by CMS for timed services):
 * units = floor((minutes + 7) / 15). So 1–7 minutes is 0 units, 8–22 minutes is 1 unit,
 * 23–37 minutes is 2 units, and 1 hour 15 minutes is exactly 5 units.
 * Check the agency's contract: the MCO may bill by the hour instead.
 */
import { t } from '~/i18n/forms';
import { minutesOfDay } from '~/lib/forms/dates';
import type { DerivedValue } from '~/lib/forms/module';
import type { FormValues } from '~/lib/forms/types';

/** Minutes in one billing unit. */
const UNIT_MINUTES = 15;

/** A meeting's length. */
export interface MeetingLength {
  /** Whole minutes from start to end. */
  minutes: number;
  /** 15-minute billing units by the 8-minute rule. */
  units: number;
}

/** Billing units for a length in minutes: floor((minutes + 7) / 15); 0 for 0 or less. */
export function billingUnits(minutes: number): number {
  if (!(minutes > 0)) return 0;
  return Math.floor((Math.floor(minutes) + 7) / UNIT_MINUTES);
}

/**
 * The length of a meeting from start to end ('HH:MM', same day).
 * Returns 0 minutes and 0 units when a time is missing or wrong, or the end is not after the start.
 */
export function meetingLength(start: string, end: string): MeetingLength {
  const from = minutesOfDay(start);
  const to = minutesOfDay(end);
  if (from === null || to === null || to <= from) return { minutes: 0, units: 0 };
  const minutes = to - from;
  return { minutes, units: billingUnits(minutes) };
}

/** A length in words: 75 → "1 hour 15 minutes", 120 → "2 hours", 1 → "1 minute", 0 → "0 minutes". */
export function formatLength(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(t('forms.length.hours', { count: hours }));
  if (rest > 0 || hours === 0) parts.push(t('forms.length.minutes', { count: rest }));
  return parts.join(' ');
}

/** The length of the meeting these answers give (start and end time), or undefined when it has none. */
function lengthOf(values: FormValues): MeetingLength | undefined {
  const start = values['startTime'];
  const end = values['endTime'];
  if (typeof start !== 'string' || typeof end !== 'string' || !start || !end) return undefined;
  const length = meetingLength(start, end);
  return length.minutes > 0 ? length : undefined;
}

/** The encounter's meeting length and 15-minute units, shown after the end time on screen and on paper. */
export const meetingLengthValue: DerivedValue = {
  id: 'meetingLength',
  after: 'endTime',
  screenText(values) {
    const length = lengthOf(values);
    return length ? t('forms.meetingLength.screen', { length: formatLength(length.minutes), count: length.units }) : '';
  },
  paperText(values) {
    const length = lengthOf(values);
    return length ? t('forms.meetingLength.paper', { length: formatLength(length.minutes), count: length.units }) : '';
  },
  blankText: () => t('forms.meetingLength.blank'),
  // The period billing summary adds these up (src/lib/print/period.ts).
  billing: (values) => lengthOf(values),
};
