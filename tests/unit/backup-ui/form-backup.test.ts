import { beforeEach, describe, expect, it } from 'vitest';
import { STAND_IN_TIME, backupOfOpenForm, formBackupFileName } from '~/lib/backup-ui/form-backup';
import {
  MENTOR_ID,
  addMentee,
  applyImport,
  createRecord,
  getPerson,
  getRecord,
  parseBackupText,
  serializeBackup,
  type Person,
} from '~/lib/storage';
import { freshDb, installMemoryStorage } from '../helpers/db';

const now = new Date('2026-11-22T15:00:00.000Z');
const values = { menteeName: 'Ana', thingsToWorkOn: 'Buy rice <today>', feelings: ['happy'], menteeSignature: null };

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
});

function roundTrip(file: ReturnType<typeof backupOfOpenForm>) {
  const text = serializeBackup(file);
  const parsed = parseBackupText(text, text.length);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.backup;
}

describe('backupOfOpenForm', () => {
  it('makes a valid backup of the form on screen, even with nothing read from storage', () => {
    const file = backupOfOpenForm({
      formId: 'encounter',
      formVersion: 1,
      recordId: 'rec-1',
      personId: 'p-1',
      values,
      personName: 'Ana',
      appVersion: '0.1.0',
      now,
    });
    const backup = roundTrip(file);
    expect(backup.records).toHaveLength(1);
    expect(backup.records[0]).toMatchObject({ id: 'rec-1', personId: 'p-1', revision: 1, status: 'draft', data: values });
    expect(backup.people).toEqual([{ id: 'p-1', kind: 'mentee', name: 'Ana', note: '', createdAt: STAND_IN_TIME, updatedAt: STAND_IN_TIME, revision: 1 }]);
    expect(backup.mentor).toBeNull();
  });

  it('restores on a tablet that has the record: the typing wins, the real mentee stays', async () => {
    const ana = await addMentee({ name: 'Ana López', note: 'Likes buses' });
    const stored = await createRecord({ id: 'rec-2', formId: 'encounter', formVersion: 1, personId: ana.id, data: { thingsToWorkOn: 'old' } });
    // The page could not read the person (storage broke): a stand-in goes in the file.
    // Made after the last save (the typing on screen is newer than the stored copy).
    const later = new Date(Date.parse(stored.updatedAt) + 1000);
    const file = backupOfOpenForm({ formId: 'encounter', formVersion: 1, recordId: 'rec-2', personId: ana.id, values, record: stored, personName: 'Ana', appVersion: '0.1.0', now: later });
    const result = await applyImport(roundTrip(file));
    expect(result.newerRecords).toBe(1);
    expect(result.newMentees + result.newerMentees).toBe(0);
    expect((await getRecord('rec-2'))?.data).toEqual(values);
    expect((await getPerson(ana.id))?.name).toBe('Ana López');
  });

  it('puts the mentor profile in the mentor place for the mentor\'s own forms', () => {
    const mentor: Person = { id: MENTOR_ID, kind: 'mentor', name: 'Sam', note: '', agency: 'Agency', createdAt: now.toISOString(), updatedAt: now.toISOString(), revision: 2 };
    const backup = roundTrip(
      backupOfOpenForm({ formId: 'internship-evaluation', formVersion: 1, recordId: 'rec-3', personId: MENTOR_ID, values: {}, person: mentor, mentor, appVersion: '0.1.0', now }),
    );
    expect(backup.mentor).toEqual(mentor);
    expect(backup.people).toEqual([]);
    expect(backup.records[0]?.personId).toBe(MENTOR_ID);
  });

  it('gives an unknown mentee an id of its own', () => {
    const backup = roundTrip(
      backupOfOpenForm({ formId: 'encounter', formVersion: 1, recordId: 'rec-4', personId: '', values: {}, appVersion: '0.1.0', now, makeId: () => 'made-up' }),
    );
    expect(backup.people[0]).toMatchObject({ id: 'made-up', name: 'Mentee' });
    expect(backup.records[0]?.personId).toBe('made-up');
  });

  it('names the file with the form and the date', () => {
    expect(formBackupFileName('meeting', new Date(2026, 4, 3, 23, 59))).toBe('workbook-form-meeting-2026-05-03.json');
    expect(formBackupFileName('exit interview with the supervisor', new Date(2026, 0, 9))).toBe('workbook-form-exit-interview-with-the-supervisor-2026-01-09.json');
  });
});
