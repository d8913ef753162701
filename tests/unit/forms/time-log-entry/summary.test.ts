import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nextStep, summarizeLog } from '~/forms/time-log-entry/summary';
import type { FormValues } from '~/lib/forms/types';

const entry = (hours: string, faceToFace: 'yes' | 'no'): FormValues => ({
  date: '2026-05-12', activity: 'mentoring-one-on-one', activityNote: '', hours, faceToFace, initials: 'SL',
});

describe('summarizeLog', () => {
  test('nothing logged', () => {
    const s = summarizeLog([]);
    expect(s).toEqual({
      totalHours: 0, faceToFaceHours: 0, goalHours: 90, faceToFaceShare: 0,
      hoursToGo: 90, faceToFaceHoursNeeded: 45, met: false, entriesCounted: 0,
    });
    expect(nextStep(s)).toBe('You need 90 more hours. At least 45 of them must be face-to-face.');
  });

  test('quarter hours add up exactly (no float drift)', () => {
    // 0.1 + 0.2 style drift would show here: 360 × 0.25 = 90 exactly.
    const s = summarizeLog(Array.from({ length: 360 }, (_, i) => entry('0.25', i % 2 === 0 ? 'yes' : 'no')));
    expect(s.totalHours).toBe(90);
    expect(s.faceToFaceHours).toBe(45);
    expect(s.faceToFaceShare).toBe(0.5);
    expect(s.hoursToGo).toBe(0);
    expect(s.met).toBe(true);
    expect(nextStep(s)).toBe('You have done your 90 hours.');
  });

  test('91.5 hours, mixed, with 46 face-to-face: met', () => {
    const entries = [
      ...Array.from({ length: 23 }, () => entry('2', 'yes')), // 46 face-to-face
      ...Array.from({ length: 18 }, () => entry('2.5', 'no')), // 45
      entry('0.5', 'no'),
    ];
    const s = summarizeLog(entries);
    expect(s.totalHours).toBe(91.5);
    expect(s.faceToFaceHours).toBe(46);
    expect(s.hoursToGo).toBe(0);
    expect(s.faceToFaceHoursNeeded).toBe(0);
    expect(s.met).toBe(true);
  });

  test('91.5 hours with only 45.5 face-to-face: not yet, needs half of all hours', () => {
    const s = summarizeLog([entry('45.5', 'yes'), entry('23', 'no'), entry('23', 'no')]);
    expect(s.totalHours).toBe(91.5);
    expect(s.met).toBe(false);
    expect(s.faceToFaceHoursNeeded).toBe(0.5);
    expect(nextStep(s)).toBe('You need 0.5 more face-to-face hours.');
  });

  test('the next step says how many face-to-face hours are still needed', () => {
    const s = summarizeLog([entry('33', 'yes'), entry('57', 'no')]);
    expect(s.hoursToGo).toBe(0);
    expect(s.faceToFaceHoursNeeded).toBe(24); // 57 − 33: 24 more face-to-face makes 57 of 114
    expect(nextStep(s)).toBe('You need 24 more face-to-face hours.');
    const t = summarizeLog([entry('33', 'yes'), entry('45', 'no')]);
    expect(t.faceToFaceHoursNeeded).toBe(12);
    expect(nextStep(t)).toBe('You need 12 more face-to-face hours.');
    const u = summarizeLog([entry('40', 'yes'), entry('10', 'no')]);
    expect(nextStep(u)).toBe('You need 40 more hours. At least 5 of them must be face-to-face.');
    const w = summarizeLog([entry('50', 'yes'), entry('39', 'no')]);
    expect(nextStep(w)).toBe('You need 1 more hour.');
  });

  test('version 1 entries (decimal hours) still count; entries without usable hours are skipped', () => {
    const s = summarizeLog([entry('1.3', 'yes'), entry('', 'yes'), entry('abc', 'no'), entry('0', 'no'), entry('2', 'yes')]);
    expect(s.totalHours).toBe(3.3); // 78 + 120 minutes
    expect(s.entriesCounted).toBe(2);
  });

  test('hours and minutes: added up in minutes, rounded once to 2 decimals', () => {
    const hm = (h: string, m: string, faceToFace: 'yes' | 'no' = 'yes'): FormValues => ({ durationHours: h, durationMinutes: m, faceToFace });
    expect(summarizeLog([hm('1', '10')]).totalHours).toBe(1.17);
    // Three entries of 10 minutes: 30 minutes = 0.5 hours (not 3 × 0.17 = 0.51).
    const three = summarizeLog([hm('0', '10'), hm('0', '10'), hm('0', '10', 'no')]);
    expect(three.totalHours).toBe(0.5);
    expect(three.faceToFaceHours).toBe(0.33);
    expect(summarizeLog([hm('0', '0'), hm('', ''), hm('1', '60')]).entriesCounted).toBe(0);
  });

  test('any set of quarter-hour entries sums exactly, and "met" matches the rules', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 1, max: 96 }), fc.boolean()), { maxLength: 200 }),
      (raw) => {
        const s = summarizeLog(raw.map(([q, f2f]) => entry(String(q / 4), f2f ? 'yes' : 'no')));
        const total = raw.reduce((sum, [q]) => sum + q, 0);
        const f2f = raw.reduce((sum, [q, yes]) => sum + (yes ? q : 0), 0);
        expect(s.totalHours * 4).toBe(total);
        expect(s.faceToFaceHours * 4).toBe(f2f);
        expect(s.met).toBe(total >= 360 && f2f >= 180 && f2f * 2 >= total);
        // Adding the needed face-to-face hours always meets the 50% rule.
        const after = f2f + s.faceToFaceHoursNeeded * 4;
        expect(after * 2 >= total + s.faceToFaceHoursNeeded * 4 && after >= 180).toBe(true);
      },
    ));
  });
});
