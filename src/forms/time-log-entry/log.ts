/**
 * The Time and Activity Log as the Internship pages show it (pure, no storage): one row
 * per `time-log-entry` record, the 90-hour progress in words and as a bar picture, and
 * the CSV file for the agency. Hours are added up by `summarizeLog` (in whole minutes,
 * rounded once to hours with 2 decimals: see `duration.ts`).
 */
import { t } from '~/i18n/internship';
import { answerText } from '~/lib/forms/answer-text';
import { findField } from '~/lib/forms/fields';
import { listRow } from './list';
import { GOAL_HOURS, MIN_FACE_TO_FACE_HOURS, formatHours, nextStep, type LogSummary } from './summary';
import { entryMinutes, hoursFromMinutes } from './duration';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import type { PictureName } from '~/pictures';

/** One entry of the log. */
export interface LogRow {
  id: string;
  /** 'YYYY-MM-DD', or '' when not filled in. */
  date: string;
  /** "12 May 2026", or "No date yet". */
  dateText: string;
  /** The activity's words, or "No activity chosen yet". */
  activityText: string;
  /** The activity's picture. */
  picture: PictureName | undefined;
  /** "What did you do?" ('' when empty). */
  note: string;
  /** Hours as a number, 2 decimals (70 minutes: 1.17), or null when there is no usable length. */
  hours: number | null;
  /** "1 hour 10 minutes", or "No hours yet". */
  hoursText: string;
  /** "Yes", "No" or '' when not chosen. */
  faceToFaceText: string;
  faceToFace: boolean;
  initials: string;
  finished: boolean;
  createdAt: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Newest date first; entries with no date last; the same date: the one made last first. */
function byDateNewestFirst(a: LogRow, b: LogRow): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/** The log's entries as rows, newest date first. `def` is the `time-log-entry` form. */
export function logRows(def: FormDefinition, records: readonly StoredRecord[]): LogRow[] {
  const faceField = findField(def, 'faceToFace');
  return records
    .map((record): LogRow => {
      const data = record.data;
      const row = listRow(record, def);
      const minutes = entryMinutes(data);
      return {
        id: record.id,
        date: row.date,
        dateText: row.dateText,
        activityText: row.title,
        picture: row.picture,
        note: text(data['activityNote']),
        hours: minutes === null ? null : hoursFromMinutes(minutes),
        hoursText: row.detail,
        faceToFaceText: faceField ? answerText(faceField, data['faceToFace']) : '',
        faceToFace: data['faceToFace'] === 'yes',
        initials: text(data['initials']),
        finished: row.finished,
        createdAt: record.createdAt,
      };
    })
    .sort(byDateNewestFirst);
}

/** The log's records, oldest date first (the order of the paper log and the CSV file). */
export function oldestFirst(def: FormDefinition, records: readonly StoredRecord[]): StoredRecord[] {
  const order = logRows(def, records).map((row) => row.id).reverse();
  const byId = new Map(records.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)).filter((r): r is StoredRecord => r !== undefined);
}

/** The 90-hour progress in Easy Read words. */
export interface ProgressWords {
  summary: LogSummary;
  /** True when 90 hours or more are logged. */
  goalMet: boolean;
  /** "90 hours: met. You have 91.5 hours." / "90 hours: not yet. You have 40 hours. You need 50 more." */
  goalText: string;
  /** True when face-to-face is at least half of all hours and at least 45. */
  ruleMet: boolean;
  /** "Half face-to-face: not yet. 40.25 hours are face-to-face. That is 43%. You need 50% or more." */
  ruleText: string;
  /** "You need 5.5 more face-to-face hours." (from `nextStep`) */
  nextStepText: string;
  /**
   * Where the bar's half line is: the larger of 45 and half of all hours, rounded up to a
   * quarter hour. (New face-to-face hours also raise the total, so the next step can be
   * more than the distance to this line: that number comes from `nextStep`.)
   */
  halfLineHours: number;
}

/** Face-to-face share as a whole percent, rounded down (49.9% never shows as 50%). */
export function sharePercent(summary: LogSummary): number {
  return Math.floor(summary.faceToFaceShare * 100 + 1e-9);
}

/** The 90-hour progress in words, for the hub and the printed log. */
export function progressWords(summary: LogSummary): ProgressWords {
  const goalMet = summary.hoursToGo === 0;
  const ruleMet = summary.faceToFaceHoursNeeded === 0;
  const total = formatHours(summary.totalHours);
  const goalText = goalMet
    ? t('internship.goalMet', { goal: GOAL_HOURS, total })
    : t('internship.goalNotYet', { goal: GOAL_HOURS, total, more: summary.hoursToGo });
  const ruleText = [
    t(ruleMet ? 'internship.halfMet' : 'internship.halfNotYet'),
    t('internship.faceToFaceHours', { count: summary.faceToFaceHours }),
    summary.totalHours === 0 ? '' : t('internship.sharePercent', { percent: sharePercent(summary) }),
    ruleMet ? '' : t('internship.halfNeeded', { min: MIN_FACE_TO_FACE_HOURS }),
  ]
    .filter(Boolean)
    .join(' ');
  const halfLineHours = Math.max(MIN_FACE_TO_FACE_HOURS, Math.ceil((summary.totalHours / 2) * 4) / 4);
  return { summary, goalMet, goalText, ruleMet, ruleText, nextStepText: nextStep(summary), halfLineHours };
}

/** Where things go on the progress bar, in percent of its width. */
export interface ProgressBar {
  /** Hours the whole bar stands for: 90, or more when more are logged. */
  scaleHours: number;
  faceToFacePercent: number;
  /** Where the other hours start and how wide they are. */
  otherStartPercent: number;
  otherPercent: number;
  /** The 90-hour goal mark. */
  goalPercent: number;
  /** The half line (see `ProgressWords.halfLineHours`). */
  halfLinePercent: number;
}

const pct = (part: number, whole: number): number => Math.round((part / whole) * 10000) / 100;

/** The bar picture's geometry. */
export function progressBar(words: ProgressWords): ProgressBar {
  const { totalHours, faceToFaceHours } = words.summary;
  const scaleHours = Math.max(GOAL_HOURS, totalHours);
  const faceToFacePercent = pct(faceToFaceHours, scaleHours);
  return {
    scaleHours,
    faceToFacePercent,
    otherStartPercent: faceToFacePercent,
    otherPercent: pct(totalHours - faceToFaceHours, scaleHours),
    goalPercent: pct(GOAL_HOURS, scaleHours),
    halfLinePercent: pct(words.halfLineHours, scaleHours),
  };
}

/** The bar picture in words (its text equivalent). */
export function progressPictureText(words: ProgressWords): string {
  const { totalHours, faceToFaceHours } = words.summary;
  return t('internship.pictureText', {
    face: formatHours(faceToFaceHours),
    other: formatHours(totalHours - faceToFaceHours),
    total: formatHours(totalHours),
    goal: GOAL_HOURS,
    half: formatHours(words.halfLineHours),
  });
}
