/**
 * What a mentee's page reads (src/lib/mentees/mentee-read.ts): the person, each form's
 * records (a paged form's newest page only) and counts, in fake IndexedDB.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { examples as encounter } from '~/forms/encounter/examples';
import { examples as plan } from '~/forms/individual-plan/examples';
import { readMentee } from '~/lib/mentees/mentee-read';
import { addMentee, closeDb, createRecord, type Person } from '~/lib/storage';
import { freshDb } from '../helpers/db';

const forms = ['individual-plan', 'encounter'];
let ana: Person;
let bo: Person;

beforeAll(async () => {
  await freshDb();
  await import('~/forms/storage-setup');
  ana = await addMentee({ name: 'Ana' });
  bo = await addMentee({ name: 'Bo' });
  // 25 meetings of Ana, one a day in March 2026 (more than the meetings' page of 20), one plan; one meeting of Bo.
  for (let day = 1; day <= 25; day += 1) {
    const meetingDate = `2026-03-${String(day).padStart(2, '0')}`;
    await createRecord({ formId: 'encounter', formVersion: encounter.version, personId: ana.id, data: { ...encounter.valid, meetingDate } });
  }
  await createRecord({ formId: 'individual-plan', formVersion: plan.version, personId: ana.id, data: plan.valid });
  await createRecord({ formId: 'encounter', formVersion: encounter.version, personId: bo.id, data: encounter.valid });
});

describe("a mentee's page's data", () => {
  test('the person, all of a small form, and only the newest 20 of the meetings with their count', async () => {
    const read = await readMentee(ana.id, forms);

    expect(read.person?.name).toBe('Ana');
    expect(read.records['individual-plan']).toHaveLength(1);
    expect(read.counts['individual-plan']).toBe(1);
    expect(read.counts['encounter']).toBe(25);
    const dates = (read.records['encounter'] ?? []).map((r) => r.date);
    expect(dates).toHaveLength(20);
    expect(dates[0]).toBe('2026-03-25');
    expect(dates.at(-1)).toBe('2026-03-06');
  });

  test('an unknown or empty id: no person, no records', async () => {
    const unknown = await readMentee('00000000-0000-4000-8000-000000000000', forms);
    expect(unknown.person).toBeUndefined();
    expect(unknown.counts).toEqual({ 'individual-plan': 0, encounter: 0 });
    expect(await readMentee('', forms)).toEqual({ person: undefined, records: {}, counts: {} });
  });

  test('a browser that gives no database: the read fails as storage says, for the page to tell', async () => {
    const factory = globalThis.indexedDB;
    await closeDb();
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      await expect(readMentee(ana.id, forms)).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = factory;
    }
  });
});
