/**
 * Storage knows no form: it asks the `recordDate` and `upgradeRecord` hooks (src/lib/storage/hooks.ts).
 * Every write stores the record's `date`; every read that returns records returns them
 * upgraded; a write stores the upgraded record; an import stores it upgraded.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MENTOR_ID,
  StorageError,
  addMentee,
  applyImport,
  configureStorage,
  createRecord,
  deleteRecord,
  exportBackup,
  finishRecord,
  getRecord,
  importBackupText,
  latestRecord,
  listRecordsByDate,
  listRecordsForPerson,
  parseBackupText,
  reopenRecord,
  restoreRecord,
  saveRecord,
  startNewVersion,
  versionHistory,
} from '~/lib/storage';
import type { BackupFile, Person, StoredRecord } from '~/lib/storage';
import type { FormValues } from '~/lib/forms/types';
import { freshDb, installMemoryStorage, readAll, useRealClock, useStepClock } from '../helpers/db';

/** The test form keeps its date in `day` (version 2) or `oldDay` (version 1). */
function recordDate(formId: string, data: FormValues): string {
  const day = data['day'];
  return formId === 'diary' && typeof day === 'string' ? day : '';
}
function upgradeRecord({ formId, formVersion, data }: { formId: string; formVersion: number; data: FormValues }): { formVersion: number; data: FormValues } {
  if (formId !== 'diary' || formVersion !== 1) return { formVersion, data };
  const { oldDay, ...rest } = data;
  return { formVersion: 2, data: { ...rest, day: oldDay ?? '' } };
}

/** What is in the database for one record, as stored. */
async function raw(id: string): Promise<StoredRecord | undefined> {
  const rows = (await readAll())['records'] ?? [];
  return rows.find(([key]) => key === id)?.[1] as StoredRecord | undefined;
}

let ana: Person;
beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock();
  configureStorage({ recordDate, upgradeRecord });
  ana = await addMentee({ name: 'Ana' });
});
afterEach(() => {
  useRealClock();
});

describe('recordDate', () => {
  it('is stored as `date` on create, save, finish, reopen, new version and restore', async () => {
    const r = await createRecord({ formId: 'diary', formVersion: 2, personId: ana.id, data: { day: '2026-03-01' } });
    expect(r.date).toBe('2026-03-01');
    expect((await raw(r.id))?.date).toBe('2026-03-01');

    const saved = await saveRecord(r.id, { day: '2026-03-02' }, 1);
    expect([saved.date, (await raw(r.id))?.date]).toEqual(['2026-03-02', '2026-03-02']);
    const finished = await finishRecord(r.id, { day: '2026-03-03' }, saved.revision);
    expect((await raw(r.id))?.date).toBe('2026-03-03');

    // A hook that changes its mind is asked again on every write.
    configureStorage({ recordDate: () => '2026-04-04' });
    await reopenRecord(r.id, finished.revision);
    expect((await raw(r.id))?.date).toBe('2026-04-04');
    configureStorage({ recordDate });

    const draft = await startNewVersion(r.id, { data: { day: '2026-05-05' } });
    expect([draft.date, (await raw(draft.id))?.date, (await raw(r.id))?.date]).toEqual(['2026-05-05', '2026-05-05', '2026-03-03']);

    const deleted = await deleteRecord(draft.id);
    configureStorage({ recordDate: () => '2026-06-06' });
    const restored = await restoreRecord(deleted);
    expect([restored.date, (await raw(draft.id))?.date]).toEqual(['2026-06-06', '2026-06-06']);
  });

  it('keeps only real dates: anything else is stored as ""', async () => {
    for (const day of ['2026-02-30', '3 May 2026', '2026-5-3', '2026-05-03T10:00']) {
      const r = await createRecord({ formId: 'diary', formVersion: 2, personId: ana.id, data: { day } });
      expect((await raw(r.id))?.date, day).toBe('');
    }
  });

  it('orders listRecordsByDate by the stored date, per person and form', async () => {
    for (const day of ['2026-01-10', '', '2026-03-01', '2026-02-01']) {
      await createRecord({ id: `d${day || 'none'}`, formId: 'diary', formVersion: 2, personId: ana.id, data: { day } });
    }
    await createRecord({ formId: 'other', formVersion: 1, personId: ana.id, data: { day: '2027-01-01' } });
    expect((await listRecordsByDate(ana.id, 'diary', { limit: 10 })).map((r) => r.date)).toEqual(['2026-03-01', '2026-02-01', '2026-01-10', '']);
  });
});

describe('upgradeRecord', () => {
  let old: StoredRecord;
  beforeEach(async () => {
    // A record written at form version 1 (before the form changed): stored as it was.
    configureStorage({ upgradeRecord: ({ formVersion, data }) => ({ formVersion, data }) });
    old = await createRecord({ id: 'old', formId: 'diary', formVersion: 1, personId: ana.id, data: { oldDay: '2026-03-01', note: 'hi' } });
    configureStorage({ upgradeRecord });
  });

  it('runs on every read that returns records; the database keeps the old copy until the next write', async () => {
    const upgradedData = { note: 'hi', day: '2026-03-01' };
    expect(await getRecord('old')).toMatchObject({ formVersion: 2, data: upgradedData });
    expect((await listRecordsForPerson(ana.id))[0]).toMatchObject({ formVersion: 2, data: upgradedData });
    expect((await listRecordsForPerson(ana.id, { formId: 'diary' }))[0]).toMatchObject({ formVersion: 2, data: upgradedData });
    expect(await latestRecord(ana.id, 'diary')).toMatchObject({ formVersion: 2, data: upgradedData });
    expect((await versionHistory('old'))[0]).toMatchObject({ formVersion: 2, data: upgradedData });
    expect((await listRecordsByDate(ana.id, 'diary', { limit: 5 }))[0]).toMatchObject({ formVersion: 2, data: upgradedData });
    expect(await raw('old')).toEqual(old);
  });

  it('a save writes the upgraded version with the answers the page saved', async () => {
    const saved = await saveRecord('old', { note: 'hi', day: '2026-03-09' }, 1);
    expect(saved).toMatchObject({ formVersion: 2, revision: 2, date: '2026-03-09' });
    expect(await raw('old')).toEqual(saved);
    // Reading it again does not upgrade twice.
    expect(await getRecord('old')).toEqual(saved);
  });

  it('a reopen writes the record upgraded; a conflict carries the upgraded record', async () => {
    const error = (await saveRecord('old', { note: 'x' }, 7).catch((e: unknown) => e)) as StorageError;
    expect(error.kind).toBe('conflict');
    expect(error.record).toMatchObject({ formVersion: 2, data: { day: '2026-03-01' } });
    const reopened = await reopenRecord('old');
    expect(await raw('old')).toEqual(reopened);
    expect(reopened).toMatchObject({ formVersion: 2, date: '2026-03-01', data: { note: 'hi', day: '2026-03-01' } });
  });

  it('a new version starts from the upgraded answers', async () => {
    const draft = await startNewVersion('old');
    expect(draft).toMatchObject({ formVersion: 2, supersedes: 'old', data: { note: 'hi', day: '2026-03-01' }, date: '2026-03-01' });
  });

  it('a backup import stores records upgraded; export writes records as stored, without `date`', async () => {
    const backup = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-05-01T00:00:00.000Z') });
    expect(backup.records[0]).toEqual({ ...old, date: undefined } satisfies Record<string, unknown>);
    expect(Object.keys(backup.records[0] ?? {})).not.toContain('date');
    await freshDb();
    configureStorage({ recordDate, upgradeRecord });
    await applyImport(backup);
    expect(await raw('old')).toMatchObject({ formVersion: 2, data: { note: 'hi', day: '2026-03-01' }, date: '2026-03-01', revision: 1 });
  });

  it('an upgrade that makes answers that cannot be saved refuses the import, changing nothing', async () => {
    const backup = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-05-01T00:00:00.000Z') });
    await freshDb();
    configureStorage({ upgradeRecord: ({ data }) => ({ formVersion: 2, data: { ...data, note: 'x'.repeat(20_001) } }) });
    const before = await readAll();
    await expect(applyImport(backup)).rejects.toBeInstanceOf(TypeError);
    expect(await readAll()).toEqual(before);
  });
});

describe('a backup file written by the code before storage knew dates (fixtures/backup-v1.json)', () => {
  const text = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
  const file = JSON.parse(text) as BackupFile;

  it('imports unchanged (plus the date), and exports again as the same file', async () => {
    await freshDb();
    const fields: Record<string, string> = { encounter: 'meetingDate', 'time-log-entry': 'date', 'individual-plan': 'dateReviewed' };
    configureStorage({
      recordDate: (formId, data) => {
        const value = data[fields[formId] ?? ''];
        return typeof value === 'string' ? value : '';
      },
    });
    const result = await importBackupText(text, Buffer.byteLength(text));
    if (!result.ok) throw new Error(result.problem);
    expect(result.result).toMatchObject({ newMentees: 2, newRecords: file.records.length, mentorChanged: true });

    const stored = await readAll();
    expect((stored['people'] ?? []).map(([, p]) => p)).toEqual(
      expect.arrayContaining([file.mentor, ...file.people]),
    );
    const storedRecords = new Map((stored['records'] ?? []) as [string, StoredRecord][]);
    for (const record of file.records) {
      const { date, ...rest } = storedRecords.get(record.id) ?? ({} as StoredRecord);
      expect(rest).toEqual(record);
      const value = record.data[fields[record.formId] ?? ''];
      expect(date).toBe(typeof value === 'string' ? value : '');
    }
    expect(storedRecords.get('enc-1')?.date).toBe('2026-05-11');

    const again = await exportBackup({ appVersion: file.appVersion, now: new Date(file.createdAt) });
    expect(JSON.parse(JSON.stringify(again))).toEqual(file);
    expect(parseBackupText(JSON.stringify(again), 1).ok).toBe(true);
    expect(MENTOR_ID).toBe(file.mentor?.id);
  });
});
