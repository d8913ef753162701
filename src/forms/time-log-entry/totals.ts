/**
 * The internship hours summed from Time and Activity Log entries (`time-log-entry`
 * answers), without words (`summary.ts` puts them into sentences).
 *
 * The 50% rule: face-to-face mentoring must be at least half of all hours logged,
 * and at least 45 of the 90 hours. All sums are done in whole minutes and turned into
 * hours once, rounded to 2 decimals (see `duration.ts`), so they never drift (no 89.99999 hours).
 */
import type { FormValues } from '~/lib/forms/types';
import { entryMinutes, hoursFromMinutes } from './duration';

/** Hours the internship needs. */
export const GOAL_HOURS = 90;
/** Face-to-face hours needed at least (half of the goal). */
export const MIN_FACE_TO_FACE_HOURS = 45;

const MINUTES_PER_HOUR = 60;

/** Where the mentor is with the internship hours. */
export interface LogSummary {
  /** All hours logged. */
  totalHours: number;
  /** Hours marked face-to-face mentoring. */
  faceToFaceHours: number;
  /** The goal: 90. */
  goalHours: number;
  /** Face-to-face hours ÷ all hours, 0–1 (0 when nothing is logged). */
  faceToFaceShare: number;
  /** Hours still needed to reach 90 (0 when reached). */
  hoursToGo: number;
  /**
   * The fewest more face-to-face hours that meet the 50% rule, counting that new hours
   * also raise the total: max(0, 45 − faceToFace, total − 2 × faceToFace).
   */
  faceToFaceHoursNeeded: number;
  /** True when 90 hours are logged and the 50% rule is met. */
  met: boolean;
  /** Entries counted (entries with no usable hours are skipped). */
  entriesCounted: number;
}

/** Summarize Time and Activity Log entries (see `LogSummary`). */
export function summarizeLog(entries: readonly FormValues[]): LogSummary {
  let total = 0;
  let faceToFace = 0;
  let counted = 0;
  for (const entry of entries) {
    const minutes = entryMinutes(entry);
    if (minutes === null) continue;
    counted += 1;
    total += minutes;
    if (entry['faceToFace'] === 'yes') faceToFace += minutes;
  }
  const goal = GOAL_HOURS * MINUTES_PER_HOUR;
  const minFaceToFace = MIN_FACE_TO_FACE_HOURS * MINUTES_PER_HOUR;
  const toGo = Math.max(0, goal - total);
  const faceToFaceNeeded = Math.max(0, minFaceToFace - faceToFace, total - 2 * faceToFace);
  return {
    totalHours: hoursFromMinutes(total),
    faceToFaceHours: hoursFromMinutes(faceToFace),
    goalHours: GOAL_HOURS,
    faceToFaceShare: total === 0 ? 0 : faceToFace / total,
    hoursToGo: hoursFromMinutes(toGo),
    faceToFaceHoursNeeded: hoursFromMinutes(faceToFaceNeeded),
    met: toGo === 0 && faceToFaceNeeded === 0,
    entriesCounted: counted,
  };
}

