/**
 * Progress toward the 90-hour internship in words: hours, and what to do next. The sums
 * themselves (and the 50% rule) are in `totals.ts`.
 */
import { t } from '~/i18n/internship';
import type { LogSummary } from './totals';

// The sums are in `totals.ts`, without words: the form page (its handover hook) needs them, not these sentences.
export { GOAL_HOURS, MIN_FACE_TO_FACE_HOURS, summarizeLog, type LogSummary } from './totals';

/** Hours as words: 1 → "1 hour", 12.5 → "12.5 hours", 1.17 → "1.17 hours". */
export function formatHours(hours: number): string {
  return t('internship.hours', { count: hours });
}

/**
 * One Easy Read sentence about what to do next, e.g. "You need 12 more face-to-face hours.",
 * "You need 40 more hours. At least 20 of them must be face-to-face." or
 * "You have done your 90 hours."
 */
export function nextStep(summary: LogSummary): string {
  const { hoursToGo, faceToFaceHoursNeeded: f2f } = summary;
  if (hoursToGo === 0 && f2f === 0) return t('internship.nextDone', { goal: summary.goalHours });
  if (f2f >= hoursToGo) return t('internship.nextFaceToFace', { count: f2f });
  const more = t('internship.nextHours', { count: hoursToGo });
  if (f2f === 0) return more;
  return `${more} ${t('internship.nextAtLeast', { count: f2f })}`;
}
