/**
 * How big backups get, so the 25 MB limit (MAX_BACKUP_BYTES) is chosen with real
 * numbers. The figures asserted here are the ones written next to MAX_BACKUP_BYTES in
 * src/lib/storage/schema.ts; if the record shape changes, update both.
 *
 * A drawn signature is modelled on signature_pad's SVG output: one <path> per curve,
 * coordinates with three decimals, base64-encoded; 150 curves is an ordinary signature
 * drawn with a finger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MENTOR_ID,
  applyImport,
  exportBackup,
  parseBackupText,
  serializeBackup,
} from '~/lib/storage';
import type { BackupFile, BackupRecord, Person } from '~/lib/storage';
import type { FormValues } from '~/lib/forms/types';
import { drawnSignature, freshDb, installMemoryStorage, useRealClock } from '../helpers/db';

const MB = 1024 * 1024;
const forms = ['encounter', 'time-log-entry', 'individual-plan', 'time-log-review', 'mentee-evaluation'] as const;

function answers(i: number, signature: boolean): FormValues {
  const data: FormValues = {
    meetingDate: '2026-03-04',
    startTime: '10:00',
    endTime: '11:15',
    hours: '1.25',
    place: 'The library on Main Street',
    whatWeDid: `We practised taking the bus to work and talked about the week. Meeting number ${i}.`,
    howItWent: 'It went well. Ana was a bit nervous at first but then she was fine.',
    nextSteps: 'Next week we will try the bus on our own and meet at the stop.',
    feelings: ['happy', 'proud'],
    goal: 'Take the bus to work on my own',
  };
  if (signature) data['menteeSignature'] = drawnSignature(150, i % 97);
  return data;
}

function makeBackup(count: number, signature: boolean): BackupFile {
  const at = '2026-03-04T10:00:00.000Z';
  const people: Person[] = Array.from({ length: 20 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: 'mentee',
    name: `Mentee Number ${i}`,
    note: '',
    createdAt: at,
    updatedAt: at,
    revision: 1,
  }));
  const records: BackupRecord[] = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    formId: forms[i % forms.length] ?? 'encounter',
    formVersion: 1,
    personId: people[i % people.length]?.id ?? MENTOR_ID,
    createdAt: at,
    updatedAt: at,
    status: 'finished',
    revision: 3,
    data: answers(i, signature),
  }));
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: at,
    mentor: { id: MENTOR_ID, kind: 'mentor', name: 'Sam', note: '', agency: 'The Arc', supervisor: 'Pat', createdAt: at, updatedAt: at, revision: 1 },
    people,
    records,
  };
}

const bytes = (text: string): number => new TextEncoder().encode(text).length;

beforeAll(async () => {
  await freshDb();
  installMemoryStorage();
});
afterAll(() => useRealClock());

describe('backup size', () => {
  it('one drawn signature is about 30 KB of text', () => {
    const size = drawnSignature(150).value.length;
    expect(size).toBeGreaterThan(25_000);
    expect(size).toBeLessThan(35_000);
  });

  it('5,000 records without drawn signatures: about 3.3 MB (25 MB holds about 37,000), and it opens and round-trips', async () => {
    const backup = makeBackup(5000, false);
    const text = serializeBackup(backup);
    const size = bytes(text);
    expect(size / MB).toBeGreaterThan(3.0);
    expect(size / MB).toBeLessThan(3.7);
    expect(Math.floor(MAX_BACKUP_BYTES / (size / 5000))).toBeGreaterThan(30_000);

    const parsed = parseBackupText(text, size);
    if (!parsed.ok) throw new Error(parsed.problem);

    await applyImport(parsed.backup);
    const again = await exportBackup({ appVersion: '0.1.0', now: new Date(backup.createdAt) });
    const sortById = (list: BackupRecord[]): BackupRecord[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sortById(again.records)).toEqual(sortById(backup.records));
    expect(again.people).toHaveLength(20);
  }, 30_000);

  it('5,000 records with one drawn signature each: about 150 MB, far over 25 MB (25 MB holds about 830)', () => {
    const perRecord = bytes(serializeBackup(makeBackup(100, true))) / 100;
    const estimate = perRecord * 5000;
    expect(estimate / MB).toBeGreaterThan(130);
    expect(estimate / MB).toBeLessThan(170);
    const fit = Math.floor(MAX_BACKUP_BYTES / perRecord);
    expect(fit).toBeGreaterThan(700);
    expect(fit).toBeLessThan(900);
    // A file over the limit is refused before it is parsed.
    expect(parseBackupText('{}', MAX_BACKUP_BYTES + 1)).toEqual({
      ok: false,
      problem: 'This file is too big. The biggest file the workbook can open is 25 MB.',
    });
  });
});
