import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeIDBObjectStore } from 'fake-indexeddb';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MENTOR_ID,
  addMentee,
  applyImport,
  backupFileName,
  backupProblems,
  backupReminderDue,
  createRecord,
  deleteRecord,
  exportBackup,
  finishRecord,
  getPerson,
  getRecord,
  importBackupText,
  markBackupMade,
  parseBackupText,
  planImport,
  readMeta,
  saveMentorPassingAverage,
  saveMentorProfile,
  saveRecord,
  serializeBackup,
  startNewVersion,
} from '~/lib/storage';
import type { BackupFile, BackupRecord, Person, StoredRecord } from '~/lib/storage';
import { drawnSignature, dumpDatabase, freshDb, installMemoryStorage, readAll, sampleAnswers, useRealClock, useStepClock } from '../helpers/db';

const now = new Date('2026-11-22T15:30:00.000Z');

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock();
});
afterEach(() => useRealClock());

/** A small workbook: mentor, two mentees, records of several forms, a plan with two versions. */
async function seed(): Promise<{ ana: Person; bo: Person; records: StoredRecord[] }> {
  await saveMentorProfile({ name: 'Sam', agency: 'The Arc', supervisor: 'Pat' });
  const ana = await addMentee({ name: 'Ana López', note: 'Likes trains' });
  const bo = await addMentee({ name: 'Bo' });
  const records: StoredRecord[] = [];
  const plan = await createRecord({ formId: 'individual-plan', formVersion: 1, personId: ana.id, data: { goal: 'Bus', sig: drawnSignature(10) } });
  await finishRecord(plan.id, { goal: 'Bus', sig: drawnSignature(10) }, 1);
  records.push(plan, await startNewVersion(plan.id));
  records.push(await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(1) }));
  records.push(await createRecord({ formId: 'encounter', formVersion: 1, personId: bo.id, data: sampleAnswers(2) }));
  records.push(await createRecord({ formId: 'time-log-entry', formVersion: 1, personId: MENTOR_ID, data: { hours: '1.5' } }));
  return { ana, bo, records };
}

function recordsAndPeople(dump: Record<string, [unknown, unknown][]>): unknown {
  return { people: dump['people'], records: dump['records'] };
}

/** A stored record as a backup file holds it (without `date`). */
function inFile({ date: _date, ...record }: StoredRecord): BackupRecord {
  return record;
}

describe('export and import', () => {
  it('export → import into an empty database gives identical data', async () => {
    await seed();
    const before = await readAll();
    const backup = await exportBackup({ appVersion: '0.1.0', now });
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: '0.1.0', createdAt: now.toISOString() });
    expect(backup.mentor?.name).toBe('Sam');
    expect(backup.people.map((p) => p.name).sort()).toEqual(['Ana López', 'Bo']);
    expect(backup.records).toHaveLength(5);
    const text = serializeBackup(backup);

    await freshDb();
    const parsed = parseBackupText(text, new TextEncoder().encode(text).length);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.backup).toEqual(backup);
    expect(await planImport(parsed.backup)).toMatchObject({ newMentees: 2, newRecords: 5, newerRecords: 0, olderOrSameRecords: 0, mentorChanged: true });
    const result = await applyImport(parsed.backup);
    expect(result).toMatchObject({ newMentees: 2, newRecords: 5, mentorChanged: true });
    expect({ ...result.byForm }).toEqual({
      'individual-plan': { newRecords: 2, newerRecords: 0, olderOrSameRecords: 0 },
      encounter: { newRecords: 2, newerRecords: 0, olderOrSameRecords: 0 },
      'time-log-entry': { newRecords: 1, newerRecords: 0, olderOrSameRecords: 0 },
    });
    const after = await readAll();
    expect(recordsAndPeople(after)).toEqual(recordsAndPeople(before));

    // Importing the same file again changes nothing.
    const dump = await dumpDatabase();
    expect(await applyImport(parsed.backup)).toMatchObject({ newMentees: 0, newRecords: 0, newerRecords: 0, olderOrSameRecords: 5, mentorChanged: false });
    expect(await dumpDatabase()).toBe(dump);
  });

  it('exports one mentee with every plan version and no mentor profile', async () => {
    const { ana, records } = await seed();
    const backup = await exportBackup({ personId: ana.id, appVersion: '0.1.0', now });
    expect(backup.mentor).toBeNull();
    expect(backup.people).toEqual([await getPerson(ana.id)]);
    expect(backup.records.map((r) => r.id).sort()).toEqual(records.filter((r) => r.personId === ana.id).map((r) => r.id).sort());
    expect(backup.records.some((r) => r.supersededBy !== undefined)).toBe(true);
    expect(parseBackupText(serializeBackup(backup), 1000).ok).toBe(true);
    await expect(exportBackup({ personId: MENTOR_ID, appVersion: '0.1.0', now })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(exportBackup({ personId: 'nobody', appVersion: '0.1.0', now })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('merges: new added, the later change wins, older and same kept, nothing deleted', async () => {
    const { ana, records } = await seed();
    const [, , encounter, , hours] = records;
    if (!hours || !encounter) throw new Error('seed');
    const backup = await exportBackup({ appVersion: '0.1.0', now });

    // On this tablet after the backup: one record changed, one deleted, one added.
    const changedHere = await saveRecord(encounter.id, { only: 'here' }, encounter.revision);
    const deletedHere = await deleteRecord(records[3]?.id ?? '');
    const addedHere = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { new: 'here' } });

    // In the file: a new record, a newer copy of the hours and an older copy of the encounter.
    const fileRecords = backup.records.map((r) => ({ ...r }));
    const newInFile: BackupRecord = { ...inFile(encounter), id: crypto.randomUUID(), data: { from: 'file' } };
    const hoursInFile = fileRecords.find((r) => r.id === hours.id);
    if (!hoursInFile) throw new Error('no hours');
    hoursInFile.updatedAt = '2030-01-01T00:00:00.000Z';
    hoursInFile.data = { hours: '3' };
    const file: BackupFile = { ...backup, records: [...fileRecords, newInFile] };

    const plan = await planImport(file);
    expect(plan).toMatchObject({ newRecords: 2, newerRecords: 1, olderOrSameRecords: 3, newMentees: 0, mentorChanged: false });
    const result = await applyImport(file);
    expect(result).toEqual(plan);

    expect((await getRecord(hours.id))?.data).toEqual({ hours: '3' });
    expect(await getRecord(encounter.id)).toEqual(changedHere);
    expect(await getRecord(newInFile.id)).toEqual({ ...newInFile, date: '' });
    expect(await getRecord(addedHere.id)).toEqual(addedHere);
    // Deleted here, but still in the file: it comes back (import never deletes, and adds what is missing).
    expect(await getRecord(deletedHere.id)).toEqual(deletedHere);
  });

  it('on equal revisions the later updatedAt wins; equal both keeps this tablet’s copy', async () => {
    const { records } = await seed();
    const stored = records[2];
    if (!stored) throw new Error('seed');
    const r = inFile(stored);
    const backup = await exportBackup({ appVersion: '0.1.0', now });
    const later = { ...r, updatedAt: '2030-01-01T00:00:00.000Z', data: { later: 'yes' } };
    const sameButDifferent = { ...r, data: { same: 'revision and time' } };
    const earlier = { ...r, updatedAt: '2000-01-01T00:00:00.000Z', data: { earlier: 'yes' } };
    for (const [copy, expected] of [
      [sameButDifferent, r.data],
      [earlier, r.data],
      [later, { later: 'yes' }],
    ] as const) {
      await applyImport({ ...backup, records: [copy] });
      expect((await getRecord(r.id))?.data).toEqual(expected);
    }
  });

  it('a newer mentor profile in the file is reported and taken; an older one is not', async () => {
    await seed();
    const backup = await exportBackup({ appVersion: '0.1.0', now });
    const mentor = backup.mentor;
    if (!mentor) throw new Error('no mentor');
    const older = { ...backup, mentor: { ...mentor, name: 'Old name', revision: 0 + 1, updatedAt: '2000-01-01T00:00:00.000Z' }, records: [] };
    expect((await planImport(older)).mentorChanged).toBe(false);
    const newer = { ...backup, mentor: { ...mentor, name: 'New name', revision: mentor.revision + 1 }, records: [] };
    expect((await planImport(newer)).mentorChanged).toBe(true);
    await applyImport(newer);
    expect((await getPerson(MENTOR_ID))?.name).toBe('New name');
  });

  it('is all or nothing: a record that cannot be stored rolls back the whole import', async () => {
    await seed();
    const parsed = parseBackupText(serializeBackup(await exportBackup({ appVersion: '0.1.0', now })), 1000);
    if (!parsed.ok) throw new Error(parsed.problem);
    await freshDb();
    await addMentee({ name: 'Already here' });
    const before = await dumpDatabase();
    const last = parsed.backup.records[parsed.backup.records.length - 1];
    if (!last) throw new Error('none');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the spies below call it with their own store: realPut.call(this, …)
    const realPut = FakeIDBObjectStore.prototype.put;
    let puts = 0;
    // The last record's put fails with "disk full", after the others were written.
    const spy = vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      puts += 1;
      if ((value as { id?: string }).id === last.id) throw new DOMException('full', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    await expect(applyImport(parsed.backup)).rejects.toMatchObject({ kind: 'quota' });
    expect(puts).toBeGreaterThan(5);
    spy.mockRestore();
    expect(await dumpDatabase()).toBe(before);

    // A transaction the browser aborts part-way (twice: the retry fails too) also leaves nothing.
    const abortSpy = vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      const request = realPut.call(this, value, key);
      if ((value as { id?: string }).id === last.id) this.transaction.abort();
      return request;
    });
    await expect(applyImport(parsed.backup)).rejects.toMatchObject({ name: 'StorageError' });
    abortSpy.mockRestore();
    expect(await dumpDatabase()).toBe(before);

    // Then it works.
    expect((await applyImport(parsed.backup)).newRecords).toBe(5);
  });

  it('checks a backup object that did not come from parseBackupText', async () => {
    await seed();
    const backup = await exportBackup({ appVersion: '0.1.0', now });
    await freshDb();
    const before = await dumpDatabase();
    const broken = backup.records.map((r, i) => (i === 3 ? { ...r, data: { f: (() => 1) as unknown as string } } : r));
    await expect(applyImport({ ...backup, records: broken })).rejects.toThrow(TypeError);
    await expect(planImport({ ...backup, records: broken })).rejects.toThrow(TypeError);
    expect(await dumpDatabase()).toBe(before);
    expect((await applyImport(backup)).newRecords).toBe(5);
  });

  it('importBackupText refuses bad text without touching the database', async () => {
    await seed();
    const before = await dumpDatabase();
    expect(await importBackupText('{"format":"something-else"}', 30)).toEqual({ ok: false, problem: backupProblems.notBackup });
    expect(await dumpDatabase()).toBe(before);
  });
});

describe("the agency's passing average", () => {
  it('is kept on the mentor profile, travels in the backup file, and can be removed', async () => {
    await expect(saveMentorPassingAverage(3)).rejects.toMatchObject({ kind: 'not-found' });
    await saveMentorProfile({ name: 'Sam', agency: 'The Arc', supervisor: 'Pat' });
    await expect(saveMentorPassingAverage(5.5)).rejects.toThrow(RangeError);
    const saved = await saveMentorPassingAverage(3.25);
    expect(saved).toMatchObject({ passingAverage: 3.25, revision: 2 });
    // Changing About me keeps it.
    expect(await saveMentorProfile({ name: 'Sam Lee', agency: 'The Arc', supervisor: 'Pat' })).toMatchObject({ passingAverage: 3.25 });
    const text = serializeBackup(await exportBackup({ appVersion: '0.1.0', now }));
    expect(JSON.parse(text)).toMatchObject({ mentor: { passingAverage: 3.25 } });

    await freshDb();
    const parsed = parseBackupText(text, text.length);
    if (!parsed.ok) throw new Error(parsed.problem);
    await applyImport(parsed.backup);
    expect(await getPerson(MENTOR_ID)).toMatchObject({ name: 'Sam Lee', passingAverage: 3.25 });
    const removed = await saveMentorPassingAverage(undefined);
    expect('passingAverage' in removed).toBe(false);
  });

  it('an older backup file without it still opens, with no passing average', async () => {
    await saveMentorProfile({ name: 'Sam', agency: '', supervisor: '' });
    const backup = await exportBackup({ appVersion: '0.1.0', now });
    expect(backup.mentor && 'passingAverage' in backup.mentor).toBe(false);
    const text = serializeBackup(backup);
    const parsed = parseBackupText(text, text.length);
    expect(parsed.ok).toBe(true);
    const bad = text.replace('"name":"Sam"', '"name":"Sam","passingAverage":9');
    expect(parseBackupText(bad, bad.length).ok).toBe(false);
  });
});

describe('parseBackupText', () => {
  async function validText(): Promise<string> {
    await seed();
    return serializeBackup(await exportBackup({ appVersion: '0.1.0', now }));
  }

  it('says what is wrong, in Easy Read', async () => {
    const text = await validText();
    const obj = JSON.parse(text) as Record<string, unknown>;
    const problem = (t: string, size = t.length): string | undefined => {
      const r = parseBackupText(t, size);
      return r.ok ? undefined : r.problem;
    };
    expect(problem(text, MAX_BACKUP_BYTES + 1)).toBe('This file is too big. The biggest file the workbook can open is 25 MB.');
    expect(problem('hello')).toBe('This is not a workbook backup file.');
    expect(problem('[1,2]')).toBe('This is not a workbook backup file.');
    expect(problem('{"format":"x"}')).toBe('This is not a workbook backup file.');
    expect(problem(JSON.stringify({ ...obj, formatVersion: 2 }))).toBe(
      'This backup was made by a newer version of the workbook. Please update the workbook first.',
    );
    expect(problem(text.slice(0, text.length - 10))).toBe('This backup file is damaged: the file is cut short or broken.');
    expect(problem(JSON.stringify({ ...obj, formatVersion: '1' }))).toBe('This backup file is damaged: the format version.');
    const records = obj['records'] as Record<string, unknown>[];
    const badAnswer = records.map((r, i) => (i === 2 ? { ...r, data: { ...(r['data'] as object), goal: 42 } } : r));
    expect(problem(JSON.stringify({ ...obj, records: badAnswer }))).toBe('This backup file is damaged: record 3, the answer "goal".');
    const extraKey = records.map((r, i) => (i === 0 ? { ...r, sneaky: true } : r));
    // A part with a name like ours may come from a newer version; any other name is damage.
    expect(problem(JSON.stringify({ ...obj, records: extraKey }))).toBe(backupProblems.newer);
    const oddKey = records.map((r, i) => (i === 0 ? { ...r, 'sneaky part!': true } : r));
    expect(problem(JSON.stringify({ ...obj, records: oddKey }))).toBe('This backup file is damaged: record 1, the part "sneaky part?".');
    expect(problem(text.replace('"people":[', '"people":[{"__proto__":{"x":1}},'))).toBe(
      'This backup file is damaged: it has a part named "__proto__".',
    );
    const orphan = records.map((r, i) => (i === 0 ? { ...r, personId: 'someone-else' } : r));
    expect(problem(JSON.stringify({ ...obj, records: orphan }))).toBe(
      'This backup file is damaged: record 1 belongs to a person who is not in the file.',
    );
    const twice = [...records, records[0]];
    expect(problem(JSON.stringify({ ...obj, records: twice }))).toMatch(/record \d+ is in the file twice/);
  });

  it('checks the limits: names, text answers, signatures, record count', async () => {
    const obj = JSON.parse(await validText()) as { people: Record<string, unknown>[]; records: Record<string, unknown>[] };
    const refused = (o: unknown): boolean => !parseBackupText(JSON.stringify(o), 1000).ok;
    const withAnswer = (answer: unknown): unknown => ({
      ...obj,
      records: obj.records.map((r, i) => (i === 0 ? { ...r, data: { x: answer } } : r)),
    });
    expect(refused({ ...obj, people: obj.people.map((p) => ({ ...p, name: 'n'.repeat(201) })) })).toBe(true);
    expect(refused({ ...obj, people: obj.people.map((p) => ({ ...p, name: 'n'.repeat(200) })) })).toBe(false);
    expect(refused(withAnswer('t'.repeat(20_001)))).toBe(true);
    expect(refused(withAnswer('t'.repeat(20_000)))).toBe(false);
    const sig = drawnSignature(1);
    const big = (n: number): unknown => withAnswer({ ...sig, value: `data:image/svg+xml;base64,${'A'.repeat(n - 26)}` });
    expect(refused(big(200_000))).toBe(false);
    expect(refused(big(200_001))).toBe(true);
    expect(refused(withAnswer({ ...sig, value: 'javascript:alert(1)' }))).toBe(true);
    const manyRecords = `{"format":"${BACKUP_FORMAT}","formatVersion":1,"appVersion":"1","createdAt":"2026-01-01T00:00:00.000Z","mentor":null,"people":[],"records":[${'{},'.repeat(100_000)}{}]}`;
    expect(parseBackupText(manyRecords, manyRecords.length)).toEqual({
      ok: false,
      problem: 'This backup file is damaged: it has more than 100,000 records.',
    });
  });
});

describe('file names and reminders', () => {
  it('names backup files with the local date and never a name (file names stay in the list of downloads)', () => {
    const d = new Date(2026, 10, 22, 9, 5);
    expect(backupFileName(d)).toBe('workbook-backup-2026-11-22.json');
    expect(backupFileName(d, 'mentee')).toBe('workbook-backup-mentee-2026-11-22.json');
  });

  it('records when a backup was made and says when a reminder is due', async () => {
    expect(backupReminderDue(await readMeta())).toBe(false);
    await addMentee({ name: 'Ana' });
    const meta = await readMeta();
    expect(meta.lastChangeAt).toBeDefined();
    expect(backupReminderDue(meta)).toBe(true);
    await markBackupMade(new Date(meta.lastChangeAt ?? ''));
    const after = await readMeta();
    expect(after.lastBackupAt).toBe(meta.lastChangeAt);
    expect(after.lastChangeAt).toBe(meta.lastChangeAt);
    expect(backupReminderDue(after)).toBe(false);
    const day = 24 * 3600 * 1000;
    const at = (ms: number): string => new Date(ms).toISOString();
    const base = Date.parse('2026-11-01T00:00:00.000Z');
    expect(backupReminderDue({ lastBackupAt: at(base), lastChangeAt: at(base + 7 * day) })).toBe(false);
    expect(backupReminderDue({ lastBackupAt: at(base), lastChangeAt: at(base + 7 * day + 1) })).toBe(true);
    expect(backupReminderDue({ lastBackupAt: at(base + 30 * day), lastChangeAt: at(base) })).toBe(false);
  });
});
