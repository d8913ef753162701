/**
 * Upgrading to database version 4 (and on to the current version: 5 adds the indexes of
 * records that may not be in force, which `countRecords` reads) a database that the code before it wrote
 * (fixtures/v3-database.json: encounters, plan versions and time-log entries, dumped
 * from a version 3 database made through the storage API of main at 0b2034d).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { unwrap } from 'idb';
import * as v from 'valibot';
import { closeDb, getDb, openWorkbookDb } from '~/lib/storage/connection';
import { DB_VERSION, upgradeSteps } from '~/lib/storage/migrations';
import type { UpgradeStep } from '~/lib/storage/migrations';
import { PersonSchema, StoredRecordSchema } from '~/lib/storage/schema';
import type { StoredRecord } from '~/lib/storage/schema';
import { MENTOR_ID, configureStorage, countRecords, getRecord, listRecordsByDate, listRecordsForPerson } from '~/lib/storage';
import type { FormValues } from '~/lib/forms/types';
import { dumpDatabase, freshDb, installMemoryStorage, readAll } from '../helpers/db';

type Rows = [unknown, unknown][];
interface Fixture {
  stores: { meta: Rows; people: Rows; records: [string, Record<string, unknown> & { formId: string; data: FormValues }][] };
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/v3-database.json', import.meta.url), 'utf8')) as Fixture;
const JORDAN = '49214180-cb2c-4fb4-85c8-e1237bf5625e';
const ANA = 'b2ee1c80-7cc4-464c-aae3-b0e751ece911';
const PLAN_2 = '5ed85da9-ac33-44a8-93a4-26643f127097';

/** Where this test's forms keep their date (the real ones say so in `src/forms/`). */
const dateField: Record<string, string> = { encounter: 'meetingDate', 'time-log-entry': 'date', 'individual-plan': 'dateReviewed' };
function testRecordDate(formId: string, data: FormValues): string {
  const value = data[dateField[formId] ?? ''];
  return typeof value === 'string' ? value : '';
}

/** Version 3 as it shipped: it added an index on one form's meeting date. */
const shippedV3: UpgradeStep = (_db, tx) => {
  unwrap(tx).objectStore('records').createIndex('by-person-meeting-date', ['personId', 'data.meetingDate']);
};

/** A version 3 database holding the fixture, with or without the index v3 used to add. */
async function makeV3Database({ withMeetingIndex }: { withMeetingIndex: boolean }): Promise<void> {
  const steps = [upgradeSteps[0], upgradeSteps[1], withMeetingIndex ? shippedV3 : upgradeSteps[2]] as UpgradeStep[];
  const db = unwrap(await openWorkbookDb({ steps }));
  expect(db.version).toBe(3);
  expect([...db.transaction('records').objectStore('records').indexNames].includes('by-person-meeting-date')).toBe(withMeetingIndex);
  const tx = db.transaction(['meta', 'people', 'records'], 'readwrite');
  for (const [key, value] of fixture.stores.meta) tx.objectStore('meta').put(value, key as string);
  for (const [, value] of fixture.stores.people) tx.objectStore('people').put(value);
  for (const [, value] of fixture.stores.records) tx.objectStore('records').put(value);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The fixture transaction failed.'));
  });
  db.close();
}

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
});
afterEach(async () => {
  await closeDb();
});

describe('the storage schema', () => {
  it('infers the same answers type the forms engine uses', () => {
    expectTypeOf<StoredRecord['data']>().toEqualTypeOf<FormValues>();
  });
});

describe('version 4', () => {
  it('fills in every record\'s date with the hook and changes nothing else; the old meetings index goes', async () => {
    await makeV3Database({ withMeetingIndex: true });
    configureStorage({ recordDate: testRecordDate });

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    const tx = db.transaction('records');
    expect([...tx.store.indexNames].sort()).toEqual(['by-form', 'by-person-form', 'by-person-form-correction', 'by-person-form-date', 'by-person-form-replaced', 'by-person-updated']);
    await tx.done;

    const after = await readAll();
    expect(after['people']).toEqual(fixture.stores.people);
    expect(after['meta']).toEqual(fixture.stores.meta);
    const expected = fixture.stores.records.map(([key, record]) => [key, { ...record, date: testRecordDate(record.formId, record.data) }] as const);
    expect(after['records']).toEqual(expected);
    // Every stored person and record fits the one storage schema.
    for (const [, person] of after['people'] ?? []) expect(v.safeParse(PersonSchema, person).success).toBe(true);
    for (const [, record] of after['records'] ?? []) expect(v.safeParse(StoredRecordSchema, record).issues).toBeUndefined();
    // Dates were really filled in (not all ''), and a record without one has ''.
    const dates = Object.fromEntries(expected.map(([key, r]) => [key, r.date] as const));
    expect(dates).toMatchObject({ 'enc-1': '2026-05-11', 'enc-draft': '', 'log-1': '2026-05-12', 'log-3': '', 'plan-1': '2026-05-04' });

    // Reading through the API gives the records as they were, with their date.
    const [, enc1] = fixture.stores.records.find(([key]) => key === 'enc-1') ?? [];
    expect(await getRecord('enc-1')).toEqual({ ...enc1, date: '2026-05-11' });
    expect(await listRecordsForPerson(JORDAN)).toHaveLength(6);
    expect(await countRecords(JORDAN, 'encounter')).toBe(4);
  });

  it('pages through a person\'s records of one form, newest date first, undated last', async () => {
    await makeV3Database({ withMeetingIndex: true });
    configureStorage({ recordDate: testRecordDate });
    const ids = async (personId: string, formId: string, limit: number, offset?: number): Promise<string[]> =>
      (await listRecordsByDate(personId, formId, offset === undefined ? { limit } : { limit, offset })).map((r) => r.id);
    expect(await ids(JORDAN, 'encounter', 10)).toEqual(['enc-3', 'enc-1', 'enc-2', 'enc-draft']);
    expect(await ids(JORDAN, 'encounter', 2)).toEqual(['enc-3', 'enc-1']);
    expect(await ids(JORDAN, 'encounter', 2, 2)).toEqual(['enc-2', 'enc-draft']);
    expect(await ids(JORDAN, 'encounter', 2, 4)).toEqual([]);
    expect(await ids(JORDAN, 'encounter', 0)).toEqual([]);
    expect(await ids(ANA, 'encounter', 10)).toEqual(['enc-ana']);
    expect(await ids(MENTOR_ID, 'time-log-entry', 10)).toEqual(['log-1', 'log-2', 'log-3']);
    expect(await ids(JORDAN, 'individual-plan', 10)).toEqual([PLAN_2, 'plan-1']);
    expect(await ids(JORDAN, 'time-log-entry', 10)).toEqual([]);
  });

  it('ends the same whether or not the version 3 database has the old meetings index', async () => {
    configureStorage({ recordDate: testRecordDate });
    await makeV3Database({ withMeetingIndex: true });
    const withIndex = await dumpDatabase();
    const withIndexNames = [...(await getDb()).transaction('records').store.indexNames].sort();

    await freshDb();
    configureStorage({ recordDate: testRecordDate });
    await makeV3Database({ withMeetingIndex: false });
    expect(await dumpDatabase()).toBe(withIndex);
    expect([...(await getDb()).transaction('records').store.indexNames].sort()).toEqual(withIndexNames);
  });

  it('takes the date from the answers brought up to date by the upgradeRecord hook, but stores the answers as they were', async () => {
    await makeV3Database({ withMeetingIndex: true });
    // A form migration that renames the encounter's date answer.
    configureStorage({
      upgradeRecord: ({ formId, formVersion, data }) => {
        if (formId !== 'encounter' || formVersion !== 1) return { formVersion, data };
        const { meetingDate, ...rest } = data;
        return { formVersion: 2, data: { ...rest, when: meetingDate ?? '' } };
      },
      recordDate: (formId, data) => (formId === 'encounter' && typeof data['when'] === 'string' ? data['when'] : ''),
    });
    await getDb();
    const raw = Object.fromEntries((await readAll())['records'] ?? []) as Record<string, { formVersion: number; date: string; data: FormValues }>;
    expect(raw['enc-1']).toMatchObject({ formVersion: 1, date: '2026-05-11' });
    expect(raw['enc-1']?.data['meetingDate']).toBe('2026-05-11');
    expect(raw['enc-1']?.data['when']).toBeUndefined();
    // Reading returns the upgraded copy.
    expect(await getRecord('enc-1')).toMatchObject({ formVersion: 2, data: { when: '2026-05-11' } });
  });

  it('a recordDate hook that throws or answers nonsense gives "" and never blocks opening', async () => {
    await makeV3Database({ withMeetingIndex: true });
    configureStorage({
      recordDate: (formId) => {
        if (formId === 'encounter') throw new Error('broken hook');
        return formId === 'time-log-entry' ? '2026-02-30' : 'soon';
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect((await getDb()).version).toBe(DB_VERSION);
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
    const raw = (await readAll())['records'] ?? [];
    expect(raw.map(([, r]) => (r as { date: string }).date)).toEqual(raw.map(() => ''));
  });
});
