/**
 * "Add this meeting to my internship hours": the entry a meeting makes, once per meeting
 * (two taps at the same moment, a reload, another tab), and the plan's things to work on
 * carried to the first meeting.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addMeetingToHours, hoursEntryId, hoursEntryValues, isInHours } from '~/forms/encounter/add-to-hours';
import { examples } from '~/forms/encounter/examples';
import { carriedText } from '~/forms/encounter';
import { recordDate, upgradeRecord } from '~/forms/records';
import { definition as timeLog } from '~/forms/time-log-entry/definition';
import { summarizeLog } from '~/forms/time-log-entry/summary';
import { validateForm } from '~/lib/forms/validate';
import { configureStorage, deleteRecord, getMentorProfile, getRecord, listRecordsForPerson, MENTOR_ID, saveMentorProfile } from '~/lib/storage';
import { freshDb, installMemoryStorage, useRealClock, useStepClock } from '../../helpers/db';

/** A meeting from 14:00 to 15:10 with Jordan. */
const meeting = { ...examples.valid, menteeName: 'Jordan Rivera', meetingDate: '2026-05-11', startTime: '14:00', endTime: '15:10' };

describe('the entry a meeting makes', () => {
  test('its date, mentoring one-on-one, face-to-face, its length in hours and minutes, the initials', () => {
    const values = hoursEntryValues(meeting, 'Sam Lee');
    expect(values).toEqual({
      date: '2026-05-11',
      activity: 'mentoring-one-on-one',
      activityNote: 'Meeting with Jordan Rivera',
      durationHours: '1',
      durationMinutes: '10',
      faceToFace: 'yes',
      initials: 'SL',
    });
    expect(validateForm(timeLog, values ?? {})).toEqual([]);
    expect(summarizeLog([values ?? {}]).totalHours).toBe(1.17);
  });

  test('no length, no entry', () => {
    expect(hoursEntryValues({ ...meeting, endTime: '' }, 'Sam Lee')).toBeUndefined();
    expect(hoursEntryValues({ ...meeting, endTime: '13:00' }, 'Sam Lee')).toBeUndefined();
  });

  test('the same meeting always gives the same entry id, at most 100 characters', () => {
    expect(hoursEntryId('abc')).toBe(hoursEntryId('abc'));
    expect(hoursEntryId('x'.repeat(100))).toHaveLength(100);
  });
});

describe('added once per meeting', () => {
  beforeEach(async () => {
    await freshDb();
    configureStorage({ recordDate, upgradeRecord });
    installMemoryStorage();
    useStepClock();
  });
  afterEach(() => useRealClock());

  test('two taps at once, then a tap after a reload: one finished entry', async () => {
    await saveMentorProfile({ name: 'Sam Lee', agency: '', supervisor: '' });
    const mentor = await getMentorProfile();
    expect(await isInHours('meeting-1')).toBe(false);
    const [first, second] = await Promise.all([addMeetingToHours('meeting-1', meeting, mentor), addMeetingToHours('meeting-1', meeting, mentor)]);
    expect([first.kind, second.kind].sort()).toEqual(['added', 'already']);
    expect(await addMeetingToHours('meeting-1', meeting, mentor)).toEqual({ kind: 'already', entryId: hoursEntryId('meeting-1') });
    const entries = await listRecordsForPerson(MENTOR_ID, { formId: 'time-log-entry' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'finished', data: { durationHours: '1', durationMinutes: '10', initials: 'SL' } });
    expect(await isInHours('meeting-1')).toBe(true);
  });

  test('another meeting adds its own entry; a deleted entry can be added again', async () => {
    await saveMentorProfile({ name: 'Sam Lee', agency: '', supervisor: '' });
    const mentor = await getMentorProfile();
    await addMeetingToHours('meeting-1', meeting, mentor);
    expect((await addMeetingToHours('meeting-2', meeting, mentor)).kind).toBe('added');
    await deleteRecord(hoursEntryId('meeting-1'));
    expect((await addMeetingToHours('meeting-1', meeting, mentor)).kind).toBe('added');
    expect(await listRecordsForPerson(MENTOR_ID, { formId: 'time-log-entry' })).toHaveLength(2);
  });

  test('without the peer mentor profile it says so and adds nothing', async () => {
    expect(await addMeetingToHours('meeting-1', meeting, undefined)).toEqual({ kind: 'no-mentor' });
    expect(await getRecord(hoursEntryId('meeting-1'))).toBeUndefined();
  });
});

describe('carried forward to a meeting', () => {
  const plan = { thingsToWorkOn: 'Find my bus pass.' };
  const last = { id: 'm1', data: { thingsToWorkOn: 'Look at the bus times.' } };

  test('the first meeting (new, or the only one) shows the plan\'s things to work on', () => {
    expect(carriedText(undefined, plan, undefined, 0)).toBe('Find my bus pass.');
    expect(carriedText('m1', plan, last, 1)).toBe('Find my bus pass.');
    expect(carriedText(undefined, undefined, undefined, 0)).toBe('');
  });

  test('a later meeting shows the last meeting\'s', () => {
    expect(carriedText(undefined, plan, last, 1)).toBe('Look at the bus times.');
    expect(carriedText('m1', plan, last, 2)).toBe('');
  });
});
