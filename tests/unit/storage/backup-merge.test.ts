/**
 * Opening a backup by the time of the last change (issue 18, items 3 and 7): crafted
 * files that once replaced today's work, and ids that belong to another form or person.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MENTOR_ID,
  addMentee,
  applyImport,
  createRecord,
  exportBackup,
  getPerson,
  getRecord,
  planImport,
  renameMentee,
  saveRecord,
} from '~/lib/storage';
import type { BackupFile } from '~/lib/storage';
import { dumpDatabase, freshDb, installMemoryStorage, sampleAnswers, useRealClock, useStepClock } from '../helpers/db';

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock('2026-12-01T09:00:00.000Z');
});
afterEach(() => useRealClock());

const in2020 = '2020-03-04T10:00:00.000Z';

describe('a crafted backup (issue 18, item 3): the newer change wins, not the higher revision', () => {
  it('a 2020 copy with revision 500 does not replace today’s edit or today’s rename', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const meeting = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(1) });
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-12-01T10:00:00.000Z') });
    const today = await saveRecord(meeting.id, { ...sampleAnswers(1), whatWeDid: 'Typed today' }, meeting.revision);
    await renameMentee(ana.id, 'Ana López');
    const old: BackupFile = {
      ...file,
      people: file.people.map((p) => ({ ...p, name: 'Old name', updatedAt: in2020, revision: 500 })),
      records: file.records.map((r) => ({ ...r, data: { ...r.data, whatWeDid: 'From 2020' }, updatedAt: in2020, revision: 500 })),
    };
    const before = await dumpDatabase();

    const plan = await planImport(old);
    await applyImport(old);

    expect(plan).toMatchObject({ newerRecords: 0, newerMentees: 0 });
    expect(await getRecord(meeting.id)).toEqual(today);
    expect((await getPerson(ana.id))?.name).toBe('Ana López');
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('a crafted backup (issue 18, item 7): an id of another form or person is refused', () => {
  it('a time-log entry with the id of a mentee’s meeting does not replace the meeting', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const meeting = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(1) });
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2027-01-01T00:00:00.000Z') });
    const crafted: BackupFile = {
      ...file,
      mentor: { id: MENTOR_ID, kind: 'mentor', name: 'Sam', note: '', createdAt: in2020, updatedAt: in2020, revision: 1 },
      records: [{ ...file.records[0]!, formId: 'time-log-entry', personId: MENTOR_ID, data: { hours: '80' }, updatedAt: '2027-01-01T00:00:00.000Z', revision: 99 }],
    };
    const before = await dumpDatabase();

    await expect(applyImport(crafted)).rejects.toThrow();

    expect(await getRecord(meeting.id)).toEqual(meeting);
    expect(await dumpDatabase()).toBe(before);
  });
});
