import { describe, expect, it } from 'vitest';
import {
  describeBackupFile,
  describeCollision,
  describeEverything,
  describeImportPlan,
  describeKeptSigned,
  describeLastBackup,
  describePersistence,
  describeReplaced,
  describeUsage,
  formatBytes,
  importChangesNothing,
  joinWords,
} from '~/lib/backup-ui/words';
import { countRecords } from '~/lib/backup-ui/record-counts';
import { capitalise, recordName } from '~/lib/backup-ui/record-words';
import { MENTOR_ID, type BackupFile, type ImportPlan, type ImportSide } from '~/lib/storage';
import { tMoment } from '~/i18n/moment';

function plan(over: Partial<ImportPlan> = {}): ImportPlan {
  return {
    newMentees: 0,
    newerMentees: 0,
    olderOrSameMentees: 0,
    newRecords: 0,
    newerRecords: 0,
    olderOrSameRecords: 0,
    mentorChanged: false,
    byForm: Object.create(null) as ImportPlan['byForm'],
    replacedPeople: [],
    replacedRecords: [],
    keptSigned: [],
    collisions: [],
    ...over,
  };
}

describe('describeImportPlan', () => {
  it('says what will change, like "2 new mentees, 14 new meetings, 3 meetings newer than yours"', () => {
    const words = describeImportPlan(
      plan({
        newMentees: 2,
        newRecords: 15,
        newerRecords: 3,
        olderOrSameRecords: 4,
        byForm: Object.assign(Object.create(null) as ImportPlan['byForm'], {
          'individual-plan': { newRecords: 1, newerRecords: 0, olderOrSameRecords: 4 },
          encounter: { newRecords: 14, newerRecords: 3, olderOrSameRecords: 0 },
        }),
      }),
    );
    expect(words.changes).toEqual(['2 new mentees', '14 new meetings', '1 new plan', '3 meetings newer than yours']);
    expect(words.summary).toBe('2 new mentees, 14 new meetings, 1 new plan and 3 meetings newer than yours.');
    expect(words.unchanged).toBe('4 things are the same as yours or older. They stay as they are.');
  });

  it('names one of a kind in the singular, the profile, and unknown forms as "forms"', () => {
    const words = describeImportPlan(
      plan({
        mentorChanged: true,
        newerMentees: 1,
        olderOrSameMentees: 1,
        byForm: Object.assign(Object.create(null) as ImportPlan['byForm'], {
          'some-new-form': { newRecords: 2, newerRecords: 1, olderOrSameRecords: 0 },
        }),
      }),
    );
    expect(words.changes).toEqual(['your name, agency and supervisor', '1 mentee newer than yours', '2 new forms', '1 form newer than yours']);
    expect(words.unchanged).toBe('1 thing is the same as yours or older. It stays as it is.');
  });

  it('says so when nothing will change', () => {
    const p = plan({ olderOrSameRecords: 3 });
    expect(importChangesNothing(p)).toBe(true);
    expect(describeImportPlan(p).summary).toBe('Everything in this file is already on this tablet. Nothing will change.');
    expect(importChangesNothing(plan({ newRecords: 1 }))).toBe(false);
    expect(importChangesNothing(plan({ mentorChanged: true }))).toBe(false);
  });
});

describe('other words', () => {
  it('joins lists the way people write them', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(countRecords('time-log-entry', 2)).toBe('2 time log entries');
    expect(countRecords('encounter', 1234)).toBe('1,234 meetings');
    expect(capitalise('the meeting')).toBe('The meeting');
  });

  it('says what a backup file holds', () => {
    const backup = {
      createdAt: '2026-05-03T14:05:00.000Z',
      mentor: { id: 'mentor' },
      people: [{}, {}],
      records: [{}],
    } as unknown as BackupFile;
    expect(describeBackupFile(backup)).toMatch(/^This backup file was made on \w+, May \d at \d+:05 [AP]M\. It holds your profile, 2 mentees and 1 form\.$/);
  });

  it('writes sizes in plain units', () => {
    expect(formatBytes(800)).toBe('800 bytes');
    expect(formatBytes(46_080)).toBe('45 KB');
    expect(formatBytes(2.3 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
    expect(formatBytes(Number.NaN)).toBe('an unknown amount');
  });

  it('says whether the browser will keep the work, the space, and the last backup', () => {
    expect(describePersistence(true)).toContain('promised to keep your work');
    expect(describePersistence(false)).toContain('did not promise');
    expect(describePersistence(undefined)).toContain('cannot tell');
    expect(describeUsage({ usage: 46_080, quota: 46_080 + 2 * 1024 ** 3 })).toBe('The workbook uses 45 KB on this tablet. There is space for about 2 GB more.');
    expect(describeUsage(undefined)).toContain('cannot tell');
    expect(describeLastBackup(undefined)).toBe('You have not saved a backup file on this tablet yet.');
    expect(describeLastBackup('2026-11-22T14:05:00.000Z')).toMatch(/^You saved the last backup file on \w+, November \d+ at \d+:05 [AP]M\.$/);
  });

  it('names a record by its first date answer, else the day it was made', () => {
    const record = { formId: 'encounter', data: { meetingDate: '2026-05-03' }, createdAt: '2026-06-01T12:00:00.000Z' };
    expect(recordName(record, ['meetingDate'])).toBe('the meeting on 3 May 2026');
    expect(recordName({ ...record, data: { meetingDate: '' } }, ['meetingDate'])).toBe('the meeting on 1 June 2026');
    expect(recordName({ ...record, formId: 'individual-plan', data: {} }, [])).toBe('the plan on 1 June 2026');
  });

  it('lists what deleting everything removes', () => {
    expect(describeEverything({ mentor: true, mentees: 3, records: 27, unsaved: 1 })).toEqual([
      'your profile',
      '3 mentees',
      '27 forms, with every version and signature',
      '1 form with unsaved typing',
    ]);
    expect(describeEverything({ mentor: false, mentees: 1, records: 1, unsaved: 0 })).toEqual(['1 mentee', '1 form, with every version and signature']);
  });
});

describe('the review of what a backup file replaces (issue 18, item 3)', () => {
  const yours = '2026-12-01T09:00:00.000Z';
  const theirs = '2026-12-02T16:30:00.000Z';
  const side = (over: Partial<ImportSide>): ImportSide => ({ formId: 'encounter', personId: 'ana', personName: 'Ana López', date: '2026-05-03', changedAt: yours, signed: false, ...over });
  const when = `Yours was last changed on ${tMoment(yours)}. The copy in the file was last changed on ${tMoment(theirs)}.`;

  it('names the mentee, the form and its date, and when each side was last changed', () => {
    const lines = describeReplaced(
      plan({
        replacedPeople: [{ id: 'ana', tablet: side({ formId: '', date: '' }), file: side({ formId: '', date: '', personName: 'Ana L.', changedAt: theirs }) }],
        replacedRecords: [
          { id: 'm1', tablet: side({}), file: side({ changedAt: theirs, date: '2026-05-04' }) },
          { id: 'h1', tablet: side({ formId: 'time-log-entry', personId: MENTOR_ID, personName: 'Sam', date: '' }), file: side({ formId: 'time-log-entry', personId: MENTOR_ID, changedAt: theirs, date: '' }) },
        ],
      }),
    );

    expect(lines).toEqual([
      { id: 'ana', what: 'Ana López: name and note. In the file, the name is "Ana L.".', when },
      { id: 'm1', what: "Ana López's meeting on 3 May 2026. In the file, its date is 4 May 2026.", when },
      { id: 'h1', what: 'Your time log entry.', when },
    ]);
  });

  it('names the signed records that stay, and the record a collision would write over', () => {
    const signed = { id: 'm1', tablet: side({ signed: true }), file: side({ changedAt: theirs }) };
    const collision = { id: 'm1', tablet: side({}), file: side({ formId: 'time-log-entry', personId: MENTOR_ID, changedAt: theirs }) };

    expect(describeKeptSigned(plan({ keptSigned: [signed] }))).toEqual([{ id: 'm1', what: "Ana López's meeting on 3 May 2026.", when }]);
    expect(describeCollision(plan({ collisions: [collision] }))).toBe("It would write over another form on this tablet: Ana López's meeting on 3 May 2026.");
    expect(describeCollision(plan())).toBeUndefined();
  });
});
