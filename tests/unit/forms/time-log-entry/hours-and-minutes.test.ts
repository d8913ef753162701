/**
 * Time log version 2: how long is written as hours and minutes. The rounding rule, the
 * migration step from decimal hours, what old records print, face-to-face from the
 * activity, and initials from the peer mentor's name.
 */
import { describe, expect, test } from 'vitest';
import { definition } from '~/forms/time-log-entry/definition';
import { durationAnswers, entryMinutes, hoursFromMinutes, minutesFromDecimalHours } from '~/forms/time-log-entry/duration';
import { faceToFaceFromActivity } from '~/forms/time-log-entry/face-to-face';
import { hoursToHoursAndMinutes, record } from '~/forms/time-log-entry/record';
import { answerText } from '~/lib/forms/answer-text';
import { allFields } from '~/lib/forms/fields';
import { initialValues, initialsOf } from '~/lib/forms/initial-values';
import { validateForm } from '~/lib/forms/validate';

/** A version 1 entry as it was saved before: decimal hours. */
const version1 = { date: '2026-05-12', activity: 'mentoring-one-on-one', activityNote: '', hours: '1.25', faceToFace: 'yes', initials: 'SL' };

describe('hours and minutes', () => {
  test('"1 hour 10 minutes" is 70 minutes and 1.17 hours (minutes ÷ 60, 2 decimals)', () => {
    expect(entryMinutes({ durationHours: '1', durationMinutes: '10' })).toBe(70);
    expect(hoursFromMinutes(70)).toBe(1.17);
    expect(hoursFromMinutes(75)).toBe(1.25);
    expect(hoursFromMinutes(1)).toBe(0.02);
    expect(hoursFromMinutes(0)).toBe(0);
  });

  test('an empty box counts as 0 when the other is filled; nothing, 0, decimals or too much is no length', () => {
    expect(entryMinutes({ durationHours: '', durationMinutes: '45' })).toBe(45);
    expect(entryMinutes({ durationHours: '2', durationMinutes: '' })).toBe(120);
    expect(entryMinutes({ durationHours: '', durationMinutes: '' })).toBeNull();
    expect(entryMinutes({ durationHours: '0', durationMinutes: '0' })).toBeNull();
    expect(entryMinutes({ durationHours: '1.5', durationMinutes: '0' })).toBeNull();
    expect(entryMinutes({ durationHours: '1', durationMinutes: '60' })).toBeNull();
    expect(entryMinutes({ durationHours: '24', durationMinutes: '1' })).toBeNull();
  });

  test('a version 1 answer (decimal hours) is still read when the boxes are empty', () => {
    expect(entryMinutes({ hours: '1.25' })).toBe(75);
    expect(minutesFromDecimalHours('.5')).toBe(30);
    expect(minutesFromDecimalHours('1:10')).toBeNull();
    expect(minutesFromDecimalHours('0')).toBeNull();
  });

  test('two boxes round-trip every whole number of minutes through 2-decimal hours', () => {
    for (let minutes = 1; minutes <= 24 * 60; minutes += 1) {
      expect(entryMinutes(durationAnswers(minutes))).toBe(minutes);
      expect(Math.round(hoursFromMinutes(minutes) * 60)).toBe(minutes);
    }
  });
});

describe('step 1 → 2: hoursToHoursAndMinutes', () => {
  test('decimal hours become hours and minutes; every other answer stays', () => {
    const { hours: _, ...rest } = version1;
    expect(hoursToHoursAndMinutes(version1)).toEqual({ ...rest, durationHours: '1', durationMinutes: '15' });
    expect(hoursToHoursAndMinutes({ ...version1, hours: '0.75' })).toMatchObject({ durationHours: '0', durationMinutes: '45' });
    expect(hoursToHoursAndMinutes({ ...version1, hours: '24' })).toMatchObject({ durationHours: '24', durationMinutes: '0' });
  });

  test('an empty answer gives empty boxes; an answer that is not hours is kept as it was', () => {
    expect(hoursToHoursAndMinutes({ ...version1, hours: '' })).not.toHaveProperty('hours');
    expect(hoursToHoursAndMinutes({ ...version1, hours: '' })).toMatchObject({ durationHours: '', durationMinutes: '' });
    expect(hoursToHoursAndMinutes({ ...version1, hours: 'about 2' })).toMatchObject({ hours: 'about 2', durationHours: '', durationMinutes: '' });
  });

  test('does not change its input; record.migrate runs it for version 1 only', () => {
    const copy = { ...version1 };
    hoursToHoursAndMinutes(version1);
    expect(version1).toEqual(copy);
    expect(record.version).toBe(2);
    expect(record.migrate(version1, 1)).toMatchObject({ durationHours: '1', durationMinutes: '15' });
    expect(record.migrate({ durationHours: '3', durationMinutes: '5' }, 2)).toEqual({ durationHours: '3', durationMinutes: '5' });
  });

  test('a migrated old entry is valid and prints its length in the two boxes', () => {
    const migrated = record.migrate(version1, 1);
    expect(validateForm(definition, migrated)).toEqual([]);
    const printed = allFields(definition).map((field) => [field.label, answerText(field, migrated[field.name])]);
    expect(printed).toContainEqual(['How long? Hours', '1']);
    expect(printed).toContainEqual(['And minutes', '15']);
  });
});

describe('face-to-face from the activity', () => {
  const blank = { activity: '', faceToFace: '' };

  test('mentoring one-on-one, in a group, or co-facilitating sets Yes', () => {
    for (const activity of ['mentoring-one-on-one', 'mentoring-group', 'co-facilitating']) {
      expect(faceToFaceFromActivity(blank, { ...blank, activity })).toEqual({ activity, faceToFace: 'yes' });
    }
  });

  test('another activity leaves the question to the person', () => {
    expect(faceToFaceFromActivity(blank, { ...blank, activity: 'shadowing' })).toBeUndefined();
    expect(faceToFaceFromActivity(blank, { activity: 'shadowing', faceToFace: 'no' })).toBeUndefined();
  });

  test('the person can change it: changing another answer never sets it again', () => {
    const chosen = { activity: 'mentoring-group', faceToFace: 'no' };
    expect(faceToFaceFromActivity(chosen, { ...chosen, initials: 'SL' })).toBeUndefined();
  });

  test('moving away from a mentoring activity takes back its Yes', () => {
    expect(faceToFaceFromActivity({ activity: 'mentoring-group', faceToFace: 'yes' }, { activity: 'annual-retreat', faceToFace: 'yes' }))
      .toEqual({ activity: 'annual-retreat', faceToFace: '' });
  });
});

describe('initials from the peer mentor name', () => {
  test('first letter of each word, capitals, at most 5', () => {
    expect(initialsOf('Sam Lee')).toBe('SL');
    expect(initialsOf('  ana maría  lópez-díaz ')).toBe('AMLD');
    expect(initialsOf('"Sam" Lee')).toBe('SL');
    expect(initialsOf('A B C D E F G')).toBe('ABCDE');
    expect(initialsOf('')).toBe('');
  });

  test('a new time log entry starts with them', () => {
    expect(initialValues(definition, { now: new Date(2026, 0, 5), mentorName: 'Sam Lee' })['initials']).toBe('SL');
    expect(initialValues(definition, { now: new Date(2026, 0, 5) })['initials']).toBe('');
  });
});

describe('how long, in words after the minutes', () => {
  test('on screen without decimals; on paper with the hours the totals count', async () => {
    const { entryLengthValue } = await import('~/forms/time-log-entry/length-value');
    const values = { durationHours: '1', durationMinutes: '10' };
    expect(entryLengthValue.screenText(values)).toBe('That is 1 hour 10 minutes.');
    expect(entryLengthValue.paperText(values)).toBe('That is 1 hour 10 minutes = 1.17 hours');
    expect(entryLengthValue.screenText({ durationHours: '0', durationMinutes: '0' })).toBe('');
    expect(entryLengthValue.paperText(record.migrate(version1, 1))).toBe('That is 1 hour 15 minutes = 1.25 hours');
  });
});
