import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MENTOR_ID,
  addMentee,
  createRecord,
  deleteMentee,
  getMentorProfile,
  getPerson,
  getRecord,
  listMentees,
  listRecordsForPerson,
  readJournal,
  readMeta,
  renameMentee,
  saveMentorProfile,
  updatePerson,
  writeJournal,
} from '~/lib/storage';
import { freshDb, installMemoryStorage, readAll, sampleAnswers, useRealClock, useStepClock } from '../helpers/db';

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock();
});
afterEach(() => useRealClock());

describe('mentees', () => {
  it('adds, reads and lists mentees sorted by name, ignoring case', async () => {
    const zoe = await addMentee({ name: '  zoe  ' });
    const ana = await addMentee({ name: 'Ana López', note: 'Likes trains' });
    const bo = await addMentee({ name: 'bo' });
    const anna = await addMentee({ name: 'ANNA' });
    expect(zoe.name).toBe('zoe');
    expect(ana).toMatchObject({ kind: 'mentee', name: 'Ana López', note: 'Likes trains', revision: 1 });
    expect(ana.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getPerson(ana.id)).toEqual(ana);
    expect((await listMentees()).map((p) => p.name)).toEqual(['Ana López', 'ANNA', 'bo', 'zoe']);
    expect((await listMentees()).map((p) => p.id)).toEqual([ana.id, anna.id, bo.id, zoe.id]);
    expect(await getPerson('nobody')).toBeUndefined();
  });

  it('refuses empty and too-long names', async () => {
    await expect(addMentee({ name: '   ' })).rejects.toThrow(TypeError);
    await expect(addMentee({ name: 'x'.repeat(201) })).rejects.toThrow(TypeError);
    expect(await listMentees()).toEqual([]);
  });

  it('renames and updates with a new revision and updatedAt', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const renamed = await renameMentee(ana.id, 'Ana Lopez');
    expect(renamed).toMatchObject({ name: 'Ana Lopez', revision: 2, createdAt: ana.createdAt });
    expect(renamed.updatedAt > ana.updatedAt).toBe(true);
    const noted = await updatePerson(ana.id, { note: 'Works Tuesdays' }, 2);
    expect(noted).toMatchObject({ name: 'Ana Lopez', note: 'Works Tuesdays', revision: 3 });
    expect(await getPerson(ana.id)).toEqual(noted);
    await expect(updatePerson(ana.id, { note: 'old tab' }, 2)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(renameMentee('missing', 'X')).rejects.toMatchObject({ kind: 'not-found' });
    expect((await getPerson(ana.id))?.note).toBe('Works Tuesdays');
  });

  it('deletes a mentee with all their records in one go, and only theirs', async () => {
    await saveMentorProfile({ name: 'Sam', agency: 'Arc', supervisor: 'Pat' });
    const ana = await addMentee({ name: 'Ana' });
    const bo = await addMentee({ name: 'Bo' });
    const anaRecords = [];
    for (let i = 0; i < 3; i += 1) {
      anaRecords.push(await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(i) }));
    }
    const boRecord = await createRecord({ formId: 'encounter', formVersion: 1, personId: bo.id, data: sampleAnswers() });
    const mentorRecord = await createRecord({ formId: 'time-log-entry', formVersion: 1, personId: MENTOR_ID, data: {} });
    const first = anaRecords[0];
    if (!first) throw new Error('no record');
    writeJournal({ recordId: first.id, formId: 'encounter', personId: ana.id, baseRevision: 1, data: { a: 'typed' }, savedAt: '2026-01-02T00:00:00.000Z' });

    expect(await deleteMentee(ana.id)).toEqual({ people: 1, records: 3 });

    expect(await getPerson(ana.id)).toBeUndefined();
    for (const r of anaRecords) expect(await getRecord(r.id)).toBeUndefined();
    expect(await listRecordsForPerson(ana.id)).toEqual([]);
    expect(await getRecord(boRecord.id)).toEqual(boRecord);
    expect(await getRecord(mentorRecord.id)).toEqual(mentorRecord);
    expect(await readJournal(first.id)).toBeUndefined();
    const all = await readAll();
    expect(all['records']?.map(([k]) => k).sort()).toEqual([boRecord.id, mentorRecord.id].sort());
    await expect(deleteMentee(ana.id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(deleteMentee(MENTOR_ID)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('mentor profile', () => {
  it('is made once and then changed, never doubled', async () => {
    expect(await getMentorProfile()).toBeUndefined();
    const first = await saveMentorProfile({ name: 'Sam', agency: 'The Arc', supervisor: 'Pat' });
    expect(first).toMatchObject({ id: MENTOR_ID, kind: 'mentor', name: 'Sam', agency: 'The Arc', supervisor: 'Pat', revision: 1 });
    const second = await saveMentorProfile({ name: 'Sam Lee', agency: 'The Arc', supervisor: 'Chris' });
    expect(second).toMatchObject({ name: 'Sam Lee', supervisor: 'Chris', revision: 2, createdAt: first.createdAt });
    expect(await getMentorProfile()).toEqual(second);
    expect(await listMentees()).toEqual([]);
    const all = await readAll();
    expect(all['people']).toHaveLength(1);
    expect((await readMeta()).lastChangeAt).toBe(second.updatedAt);
  });
});
