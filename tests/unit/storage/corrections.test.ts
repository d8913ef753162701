/**
 * Corrections in storage and backup files: restoring a backup that holds an older copy
 * of a corrected record never undoes the correction; records and backups from before
 * corrections existed still open.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addMentee,
  applyImport,
  countRecords,
  createRecord,
  exportBackup,
  finishRecord,
  getRecord,
  isSealed,
  listRecordsForPerson,
  parseBackupText,
  serializeBackup,
  startNewVersion,
  type BackupFile,
  type StoredRecord,
} from '~/lib/storage';
import { drawnSignature, freshDb, installMemoryStorage } from '../helpers/db';

const now = new Date('2026-12-01T10:00:00.000Z');
const FORM = 'some-form';

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
});

/** A signed, finished record, and a correction of it finished and signed again. */
async function corrected(): Promise<{ old: StoredRecord; correction: StoredRecord; before: BackupFile; personId: string }> {
  const { id: personId } = await addMentee({ name: 'Ana' });
  const data = { endTime: '15:10', menteeSignature: drawnSignature(5), mentorSignature: drawnSignature(5, 2) };
  const made = await createRecord({ formId: FORM, formVersion: 1, personId, data });
  await finishRecord(made.id, data, 1);
  // The backup made while the signed version was the only one.
  const before = await exportBackup({ appVersion: '1', now });
  const draft = await startNewVersion(made.id, { data: { ...data, menteeSignature: null, mentorSignature: null }, correction: { reason: 'End time.' } });
  const again = { ...data, endTime: '16:00', menteeSignature: drawnSignature(5, 3), mentorSignature: drawnSignature(5, 4) };
  const correction = await finishRecord(draft.id, again, draft.revision);
  const old = await getRecord(made.id);
  if (!old) throw new Error('gone');
  return { old, correction, before, personId };
}

describe('corrections and backups', () => {
  it('restoring a backup with the older signed version never replaces the correction', async () => {
    const { old, correction, before, personId } = await corrected();
    expect(isSealed(correction)).toBe(true);

    // Crafted: the old version as the backup held it, with a revision higher than the tablet's.
    const crafted = structuredClone(before);
    const copy = crafted.records.find((r) => r.id === old.id);
    if (!copy) throw new Error('not in backup');
    copy.revision = old.revision + 10;
    copy.data = { ...copy.data, endTime: '15:10' };
    const parsed = parseBackupText(serializeBackup(crafted), 1000);
    if (!parsed.ok) throw new Error(parsed.problem);
    const result = await applyImport(parsed.backup);

    expect(result.newerRecords).toBe(0);
    expect(await getRecord(old.id)).toEqual(old);
    expect(await getRecord(correction.id)).toEqual(correction);
    expect((await listRecordsForPerson(personId, { formId: FORM })).map((r) => r.id)).toEqual([correction.id]);
  });

  it('a corrected record counts once, the same number the list shows; a pending change does not count', async () => {
    const { correction, personId } = await corrected();
    expect(await countRecords(personId, FORM)).toBe(1);
    await createRecord({ formId: FORM, formVersion: 1, personId, data: { endTime: '09:00' } });
    expect(await countRecords(personId, FORM)).toBe(2);
    await startNewVersion(correction.id, { data: { endTime: '17:00' }, correction: { reason: 'Again.' } });
    expect(await countRecords(personId, FORM)).toBe(2);
  });

  it('counts what the list holds, reading only corrections and replaced versions: plan versions all count', async () => {
    const { personId } = await corrected();
    const plan = await createRecord({ formId: 'a-plan', formVersion: 1, personId, data: { goal: 'one' } });
    const second = await startNewVersion(plan.id, { data: { goal: 'two' } });
    await startNewVersion(second.id, { data: { goal: 'three' } });
    for (let i = 0; i < 5; i += 1) await createRecord({ formId: FORM, formVersion: 1, personId, data: { endTime: `0${i}:00` } });
    for (const formId of [FORM, 'a-plan', 'no-records']) {
      expect(await countRecords(personId, formId)).toBe((await listRecordsForPerson(personId, { formId })).length);
    }
    expect(await countRecords(personId, 'a-plan')).toBe(3);
    expect(await countRecords(personId, FORM)).toBe(6);
  });

  it('an older, unsigned copy of the correction itself is not put back either', async () => {
    const { correction } = await corrected();
    const file = await exportBackup({ appVersion: '1', now });
    const copy = file.records.find((r) => r.id === correction.id);
    if (!copy) throw new Error('not in backup');
    copy.revision += 10;
    copy.status = 'draft';
    copy.data = { ...copy.data, menteeSignature: null, mentorSignature: null };

    await applyImport(file);

    expect(await getRecord(correction.id)).toEqual(correction);
  });

  it('a backup with the whole correction goes onto a new tablet as it was', async () => {
    const { old, correction } = await corrected();
    const text = serializeBackup(await exportBackup({ appVersion: '1', now }));
    await freshDb();
    installMemoryStorage();

    const parsed = parseBackupText(text, text.length);
    if (!parsed.ok) throw new Error(parsed.problem);
    await applyImport(parsed.backup);

    expect(await getRecord(old.id)).toEqual(old);
    expect(await getRecord(correction.id)).toEqual(correction);
  });

  it('a backup from before corrections (format 1 fixture) still opens; its signed records are sealed', () => {
    const text = readFileSync(new URL('fixtures/backup-v1.json', import.meta.url), 'utf8');
    const parsed = parseBackupText(text, text.length);

    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const record of parsed.backup.records) {
      expect(record.correction).toBeUndefined();
      const signed = Object.values(record.data).some((value) => value !== null && typeof value === 'object' && !Array.isArray(value));
      expect(isSealed(record)).toBe(record.status === 'finished' && signed);
    }
  });

  it('a correction reason must be one line of 1 to 200 letters, in storage too', async () => {
    const { old } = await corrected();
    for (const reason of ['', '  ', 'a\nb', 'x'.repeat(201)]) {
      await expect(startNewVersion(old.id, { correction: { reason } })).rejects.toThrow(TypeError);
    }
  });
});
