import { describe, expect, test } from 'vitest';
import { timeLogEntry } from '~/forms/time-log-entry';
import { summarizeLog } from '~/forms/time-log-entry/summary';
import type { FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { logRows, oldestFirst, progressBar, progressPictureText, progressWords } from '~/forms/time-log-entry/log';
import { logCsv, logCsvFileName } from '~/forms/time-log-entry/log-csv';

let n = 0;
function record(data: FormValues, status: StoredRecord['status'] = 'finished'): StoredRecord {
  n += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return { id: `r${n}`, formId: 'time-log-entry', formVersion: 2, personId: 'mentor', createdAt: at, updatedAt: at, status, revision: 1, data, date: '' };
}
/** An entry of `hours` ('1.25'), written as hours and minutes (version 2). */
const entry = (date: string, hours: string, faceToFace: 'yes' | 'no', activity = 'mentoring-one-on-one', note = ''): StoredRecord => {
  const minutes = Math.round(Number(hours) * 60);
  const length = { durationHours: String(Math.floor(minutes / 60)), durationMinutes: String(minutes % 60) };
  return record({ date, activity, activityNote: note, ...length, faceToFace, initials: 'SL' });
};

describe('logRows', () => {
  test('newest date first, words for every column, no date last', () => {
    const rows = logRows(timeLogEntry, [
      entry('2026-05-01', '1.25', 'yes'),
      entry('2026-06-02', '2', 'no', 'agency-training'),
      record({ date: '', activity: '', durationHours: '1.3', durationMinutes: '', faceToFace: '', initials: '' }, 'draft'),
      entry('2026-05-20', '0.75', 'no', 'shadowing', 'Watched Pat'),
    ]);
    expect(rows.map((r) => r.dateText)).toEqual(['2 June 2026', '20 May 2026', '1 May 2026', 'No date yet']);
    expect(rows[0]).toMatchObject({ activityText: 'Training that my agency asks me to do', picture: 'clipboard', hours: 2, hoursText: '2 hours', faceToFaceText: 'No', initials: 'SL', finished: true });
    expect(rows[1]).toMatchObject({ note: 'Watched Pat', hours: 0.75, hoursText: '45 minutes', picture: 'footprints' });
    expect(rows[2]).toMatchObject({ faceToFaceText: 'Yes', faceToFace: true, hours: 1.25, hoursText: '1 hour 15 minutes' });
    expect(rows[3]).toMatchObject({ activityText: 'No activity chosen yet', hours: null, hoursText: 'No hours yet', finished: false });
  });

  test('the same date: the entry made last comes first', () => {
    const a = entry('2026-05-01', '1', 'yes');
    const b = entry('2026-05-01', '2', 'yes');
    expect(logRows(timeLogEntry, [a, b]).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(oldestFirst(timeLogEntry, [b, a]).map((r) => r.id)).toEqual([a.id, b.id]);
  });
});

describe('progressWords and the bar', () => {
  test('91.5 hours with 40.25 face-to-face: 90 met, half not yet, 11 more face-to-face (new hours raise the total too)', () => {
    const values: FormValues[] = [
      ...Array.from({ length: 7 }, () => ({ hours: '5.75', faceToFace: 'yes' })), // 40.25
      ...Array.from({ length: 5 }, () => ({ hours: '10.25', faceToFace: 'no' })), // 51.25
    ];
    const words = progressWords(summarizeLog(values));
    expect(words.summary.totalHours).toBe(91.5);
    expect(words.goalMet).toBe(true);
    expect(words.goalText).toBe('90 hours: met. You have 91.5 hours.');
    expect(words.ruleMet).toBe(false);
    expect(words.ruleText).toBe('Half face-to-face: not yet. 40.25 hours are face-to-face. That is 43%. You need 50% or more, and at least 45 hours.');
    expect(words.nextStepText).toBe('You need 11 more face-to-face hours.'); // max(0, 45 − 40.25, 91.5 − 2 × 40.25)
    expect(words.halfLineHours).toBe(45.75);
    const bar = progressBar(words);
    expect(bar.scaleHours).toBe(91.5);
    expect(bar.faceToFacePercent + bar.otherPercent).toBeCloseTo(100, 1);
    expect(bar.goalPercent).toBeCloseTo(98.36, 2);
    expect(bar.halfLinePercent).toBe(50);
    expect(progressPictureText(words)).toBe('Picture of your hours: 40.25 hours face-to-face and 51.25 hours other, 91.5 hours in all. The goal mark is at 90 hours. The half line is at 45.75 hours.');
  });

  test('nothing yet, and the half line rounds up to a quarter hour', () => {
    const none = progressWords(summarizeLog([]));
    expect(none.goalText).toBe('90 hours: not yet. You have 0 hours. You need 90 more.');
    expect(none.ruleText).toBe('Half face-to-face: not yet. 0 hours are face-to-face. You need 50% or more, and at least 45 hours.');
    expect(progressBar(none)).toMatchObject({ scaleHours: 90, faceToFacePercent: 0, otherPercent: 0, goalPercent: 100, halfLinePercent: 50 });
    const odd = progressWords(summarizeLog([{ hours: '91.25', faceToFace: 'no' }]));
    expect(odd.halfLineHours).toBe(45.75); // 45.625 rounded up
  });

  test('all met; 1 hour face-to-face says "is"', () => {
    const met = progressWords(summarizeLog([{ hours: '46', faceToFace: 'yes' }, { hours: '44', faceToFace: 'no' }]));
    expect(met.ruleText).toBe('Half face-to-face: met. 46 hours are face-to-face. That is 51%.');
    expect(met.nextStepText).toBe('You have done your 90 hours.');
    expect(progressWords(summarizeLog([{ hours: '1', faceToFace: 'yes' }])).ruleText).toContain('1 hour is face-to-face. That is 100%.');
  });

  test('49.9% shows as 49%, not 50%', () => {
    const w = progressWords(summarizeLog([{ hours: '49.75', faceToFace: 'yes' }, { hours: '50', faceToFace: 'no' }]));
    expect(w.ruleText).toContain('That is 49%.');
  });
});

describe('logCsv', () => {
  test('a header and one row per entry, oldest first, with a byte order mark and the formula guard', () => {
    const csv = logCsv(timeLogEntry, [
      entry('2026-06-02', '2', 'no', 'agency-training', '=HYPERLINK("x")'),
      entry('2026-05-01', '1.25', 'yes', 'mentoring-one-on-one', 'Bus, then library'),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual([
      'Date,Activity,Tell a little more about it,How long? Hours,And minutes,Number of hours,Was this face-to-face mentoring?,Peer mentor initials',
      '1 May 2026,Mentoring one-on-one,"Bus, then library",1,15,1.25,Yes,SL',
      `2 June 2026,Attending required agency trainings/orientation,"'=HYPERLINK(""x"")",2,0,2.00,No,SL`,
    ]);
  });

  test('"1 hour 10 minutes" is 1.17 hours in the CSV file, the list and the totals', () => {
    const tenPast = record({ date: '2026-05-01', activity: 'mentoring-one-on-one', durationHours: '1', durationMinutes: '10', faceToFace: 'yes', initials: 'SL' });
    const csv = logCsv(timeLogEntry, [tenPast]);
    expect(csv.split('\r\n')[1]).toBe('1 May 2026,Mentoring one-on-one,,1,10,1.17,Yes,SL');
    expect(logRows(timeLogEntry, [tenPast])[0]).toMatchObject({ hours: 1.17, hoursText: '1 hour 10 minutes' });
    expect(progressWords(summarizeLog([tenPast.data])).goalText).toBe('90 hours: not yet. You have 1.17 hours. You need 88.83 more.');
  });

  test('file name: the local date, never a name', () => {
    expect(logCsvFileName(new Date(2026, 4, 12, 23, 30))).toBe('time-log-2026-05-12.csv');
    expect(logCsvFileName(new Date(2026, 0, 2))).toBe('time-log-2026-01-02.csv');
  });
});
