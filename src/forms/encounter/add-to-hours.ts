/**
 * "Add this meeting to my internship hours": a finished meeting becomes one entry of the
 * peer mentor's Time and Activity Log (mentoring one-on-one, face-to-face, the meeting's
 * length from its start and end time), once per meeting.
 *
 * Once: the entry's id is made from the meeting's id (`hoursEntryId`), and storage makes a
 * record only when no record has that id, checked and written in one transaction. So a
 * second tap, a reload or another tab finds the entry and never adds a second one.
 * Deleting the entry makes the meeting offer it again.
 */
import { t } from '~/i18n/forms';
import { initialsOf } from '~/lib/forms/initial-values';
import type { FormValues } from '~/lib/forms/types';
import { MENTOR_ID, StorageError, createRecord, finishRecord, getRecord, type Person } from '~/lib/storage';
import { recordHref } from '~/lib/urls';
import { durationAnswers } from '../time-log-entry/duration';
import { record as timeLog } from '../time-log-entry/record';
import { meetingLength } from './meeting-length';

/** Ids are at most 100 characters (see the storage schema). */
const MAX_ID_LENGTH = 100;

/** The time log entry's id for a meeting: the same meeting always gives the same id. */
export function hoursEntryId(meetingId: string): string {
  return `hours-from-meeting-${meetingId}`.slice(0, MAX_ID_LENGTH);
}

/** The link to the meeting's entry in the log. */
export function entryHref(meetingId: string): string {
  return recordHref(timeLog.id, hoursEntryId(meetingId));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The meeting's length in minutes (0 when its times are missing or wrong). */
export function meetingMinutes(meeting: FormValues): number {
  return meetingLength(text(meeting['startTime']), text(meeting['endTime'])).minutes;
}

/**
 * The time log entry's answers for a meeting: its date, mentoring one-on-one, "Meeting
 * with <mentee>", its length as hours and minutes, face-to-face yes, the peer mentor's
 * initials. Undefined when the meeting has no length.
 */
export function hoursEntryValues(meeting: FormValues, mentorName: string): FormValues | undefined {
  const minutes = meetingMinutes(meeting);
  if (minutes <= 0) return undefined;
  const mentee = text(meeting['menteeName']);
  return {
    date: text(meeting['meetingDate']),
    activity: 'mentoring-one-on-one',
    activityNote: mentee ? t('forms.addToHours.note', { name: mentee }) : '',
    ...durationAnswers(minutes),
    faceToFace: 'yes',
    initials: initialsOf(mentorName),
  };
}

/** What happened: added now, or was there already (both give the entry's id); or why not. */
export type AddResult =
  | { kind: 'added' | 'already'; entryId: string }
  | { kind: 'no-length' | 'no-mentor' };

/** True when the meeting's entry is in the log. */
export async function isInHours(meetingId: string): Promise<boolean> {
  return (await getRecord(hoursEntryId(meetingId))) !== undefined;
}

/**
 * Adds the meeting to the peer mentor's hours, once (see the top of this file). The entry
 * is saved finished. Throws other storage errors (the page says saving did not work).
 */
export async function addMeetingToHours(meetingId: string, meeting: FormValues, mentor: Person | undefined): Promise<AddResult> {
  const data = hoursEntryValues(meeting, mentor?.name ?? '');
  if (!data) return { kind: 'no-length' };
  const entryId = hoursEntryId(meetingId);
  let revision: number;
  try {
    revision = (await createRecord({ id: entryId, formId: timeLog.id, formVersion: timeLog.version, personId: MENTOR_ID, data })).revision;
  } catch (e) {
    if (e instanceof StorageError && e.kind === 'conflict') return { kind: 'already', entryId };
    if (e instanceof StorageError && e.kind === 'not-found') return { kind: 'no-mentor' };
    throw e;
  }
  await finishRecord(entryId, data, revision);
  return { kind: 'added', entryId };
}
