import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBDatabase as FakeIDBDatabase } from 'fake-indexeddb';
import {
  MENTOR_ID,
  StorageError,
  addMentee,
  createRecord,
  deleteEverything,
  deleteRecord,
  finishRecord,
  getMentorProfile,
  getRecord,
  latestRecord,
  listMentees,
  listRecordsForPerson,
  readJournal,
  readMeta,
  reopenRecord,
  restoreRecord,
  saveMentorProfile,
  saveRecord,
  startNewVersion,
  versionHistory,
  writeJournal,
} from '~/lib/storage';
import type { Person } from '~/lib/storage';
import { drawnSignature, freshDb, installMemoryStorage, readAll, sampleAnswers, useRealClock, useStepClock } from '../helpers/db';
import type { MemoryStorage } from '../helpers/db';

let ana: Person;
let storage: MemoryStorage;

beforeEach(async () => {
  await freshDb();
  storage = installMemoryStorage();
  useStepClock();
  ana = await addMentee({ name: 'Ana' });
});
afterEach(() => {
  useRealClock();
  vi.restoreAllMocks();
});

describe('createRecord and getRecord', () => {
  it('makes a draft with revision 1 and stores exactly what was given, signatures as text', async () => {
    const data = { ...sampleAnswers(), menteeSignature: drawnSignature(20) };
    const r = await createRecord({ formId: 'individual-plan', formVersion: 2, personId: ana.id, data });
    expect(r).toMatchObject({ formId: 'individual-plan', formVersion: 2, personId: ana.id, status: 'draft', revision: 1 });
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.createdAt).toBe(r.updatedAt);
    const stored = await getRecord(r.id);
    expect(stored).toEqual(r);
    expect(stored?.data).toEqual(data);
    expect(typeof (stored?.data['menteeSignature'] as { value: unknown }).value).toBe('string');
    expect((await readMeta()).lastChangeAt).toBe(r.updatedAt);
  });

  it('takes an id made up front, once', async () => {
    const id = crypto.randomUUID();
    const r = await createRecord({ id, formId: 'encounter', formVersion: 1, personId: ana.id, data: {} });
    expect(r.id).toBe(id);
    const again = createRecord({ id, formId: 'encounter', formVersion: 1, personId: ana.id, data: { x: 'y' } });
    await expect(again).rejects.toMatchObject({ kind: 'conflict', record: r });
    expect(await getRecord(id)).toEqual(r);
  });

  it('refuses an unknown person, a bad form id and answers over the limits', async () => {
    await expect(createRecord({ formId: 'encounter', formVersion: 1, personId: 'nobody', data: {} })).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(createRecord({ formId: 'Encounter!', formVersion: 1, personId: ana.id, data: {} })).rejects.toThrow(TypeError);
    await expect(createRecord({ formId: 'encounter', formVersion: 0, personId: ana.id, data: {} })).rejects.toThrow(TypeError);
    await expect(
      createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { long: 'x'.repeat(20_001) } }),
    ).rejects.toThrow(TypeError);
    await expect(
      createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: JSON.parse('{"constructor":"x"}') as Record<string, string> }),
    ).rejects.toThrow(TypeError);
    expect((await readAll())['records']).toEqual([]);
  });

  it('accepts any kebab-case form id, and mentor-owned records', async () => {
    await saveMentorProfile({ name: 'Sam', agency: '', supervisor: '' });
    const r = await createRecord({ formId: 'some-future-form-2', formVersion: 1, personId: MENTOR_ID, data: {} });
    expect(await getRecord(r.id)).toEqual(r);
    expect(await getMentorProfile()).toBeDefined();
  });
});

describe('saveRecord', () => {
  it('saves with revision + 1 and refuses a stale revision with the newer record attached', async () => {
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    const tabA = await saveRecord(r.id, { a: 'from tab A' }, 1);
    expect(tabA).toMatchObject({ revision: 2, data: { a: 'from tab A' }, createdAt: r.createdAt, status: 'draft' });
    expect(tabA.updatedAt > r.updatedAt).toBe(true);

    const fromTabB = saveRecord(r.id, { a: 'from tab B' }, 1);
    await expect(fromTabB).rejects.toBeInstanceOf(StorageError);
    const error = (await fromTabB.catch((e: unknown) => e)) as StorageError;
    expect(error.kind).toBe('conflict');
    expect(error.record).toEqual(tabA);
    expect(await getRecord(r.id)).toEqual(tabA);

    await expect(saveRecord('missing', {}, 1)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('finishes with strict durability and reopens as a draft', async () => {
    const spy = vi.spyOn(FakeIDBDatabase.prototype, 'transaction');
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: {} });
    const finished = await finishRecord(r.id, { done: 'yes' }, 1);
    expect(finished).toMatchObject({ status: 'finished', revision: 2, data: { done: 'yes' } });
    expect(await getRecord(r.id)).toEqual(finished);
    const finishCall = spy.mock.calls.find(([, mode, options]) => mode === 'readwrite' && options?.durability === 'strict');
    expect(finishCall).toBeDefined();
    expect(spy.mock.calls.filter(([, , options]) => options?.durability === 'strict')).toHaveLength(1);

    await expect(finishRecord(r.id, { done: 'again' }, 1)).rejects.toMatchObject({ kind: 'conflict' });
    const reopened = await reopenRecord(r.id);
    expect(reopened).toMatchObject({ status: 'draft', revision: 3, data: { done: 'yes' } });
    await expect(reopenRecord(r.id, 2)).rejects.toMatchObject({ kind: 'conflict' });
  });
});

describe('listing', () => {
  it('lists a person’s records newest first, with limit and form filter', async () => {
    const bo = await addMentee({ name: 'Bo' });
    const made = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(await createRecord({ formId: i % 2 ? 'time-log-entry' : 'encounter', formVersion: 1, personId: ana.id, data: { n: String(i) } }));
      await createRecord({ formId: 'encounter', formVersion: 1, personId: bo.id, data: {} });
    }
    // Saving the oldest makes it the newest.
    const first = made[0];
    if (!first) throw new Error('none');
    await saveRecord(first.id, { n: 'changed' }, 1);
    const list = await listRecordsForPerson(ana.id);
    expect(list.map((r) => r.data['n'])).toEqual(['changed', '4', '3', '2', '1']);
    expect(list.every((r) => r.personId === ana.id)).toBe(true);
    const dates = list.map((r) => r.updatedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await listRecordsForPerson(ana.id, { limit: 2 })).map((r) => r.data['n'])).toEqual(['changed', '4']);
    expect((await listRecordsForPerson(ana.id, { formId: 'encounter' })).map((r) => r.data['n'])).toEqual(['changed', '4', '2']);
    expect((await listRecordsForPerson(ana.id, { formId: 'time-log-entry', limit: 1 })).map((r) => r.data['n'])).toEqual(['3']);
    expect(await listRecordsForPerson(ana.id, { limit: 0 })).toEqual([]);
    expect(await listRecordsForPerson('nobody')).toEqual([]);
    expect((await latestRecord(ana.id, 'encounter'))?.data['n']).toBe('changed');
    expect(await latestRecord(ana.id, 'exit-interview-mentor')).toBeUndefined();
  });
});

describe('plan versions', () => {
  it('starts a new version in one go, links both ways, and keeps the history', async () => {
    const v1 = await createRecord({ formId: 'individual-plan', formVersion: 1, personId: ana.id, data: { goal: 'Bus' } });
    const v1Done = await finishRecord(v1.id, { goal: 'Bus' }, 1);
    const v2 = await startNewVersion(v1.id);
    expect(v2).toMatchObject({ status: 'draft', revision: 1, supersedes: v1.id, data: { goal: 'Bus' }, personId: ana.id, formId: 'individual-plan' });
    expect(v2.id).not.toBe(v1.id);
    const oldNow = await getRecord(v1.id);
    expect(oldNow).toMatchObject({ supersededBy: v2.id, revision: v1Done.revision + 1, status: 'finished', data: { goal: 'Bus' } });
    expect(await latestRecord(ana.id, 'individual-plan')).toEqual(v2);

    await saveRecord(v2.id, { goal: 'Bus and train' }, 1);
    const v3 = await startNewVersion(v2.id, { data: { goal: 'Train' }, formVersion: 2 });
    expect(v3).toMatchObject({ supersedes: v2.id, formVersion: 2, data: { goal: 'Train' } });

    const history = await versionHistory(v2.id);
    expect(history.map((r) => r.id)).toEqual([v3.id, v2.id, v1.id]);
    expect((await versionHistory(v1.id)).map((r) => r.id)).toEqual([v3.id, v2.id, v1.id]);
    expect(await versionHistory('missing')).toEqual([]);

    // An old version cannot be changed into a second branch.
    await expect(startNewVersion(v1.id)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await listRecordsForPerson(ana.id, { formId: 'individual-plan' })).length).toBe(3);
  });

  it('lets a plan be changed again after its newer version was deleted', async () => {
    const v1 = await createRecord({ formId: 'individual-plan', formVersion: 1, personId: ana.id, data: { goal: 'Bus' } });
    const v2 = await startNewVersion(v1.id);
    await deleteRecord(v2.id);
    expect((await latestRecord(ana.id, 'individual-plan'))?.id).toBe(v1.id);
    expect((await versionHistory(v1.id)).map((r) => r.id)).toEqual([v1.id]);
    const again = await startNewVersion(v1.id);
    expect((await getRecord(v1.id))?.supersededBy).toBe(again.id);
  });
});

describe('delete and undo', () => {
  it('deletes a record, returns it, and restores it exactly', async () => {
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: 'b', sig: drawnSignature(5) } });
    writeJournal({ recordId: r.id, formId: 'encounter', personId: ana.id, baseRevision: 1, data: { a: 'c' }, savedAt: '2026-01-05T00:00:00.000Z' });
    const deleted = await deleteRecord(r.id);
    expect(deleted).toEqual(r);
    expect(await getRecord(r.id)).toBeUndefined();
    expect(await readJournal(r.id)).toBeUndefined();
    await expect(deleteRecord(r.id)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await restoreRecord(deleted)).toEqual(r);
    expect(await getRecord(r.id)).toEqual(r);
    await expect(restoreRecord(deleted)).rejects.toMatchObject({ kind: 'conflict' });
  });
});

describe('deleteEverything', () => {
  it('deletes the database and the journal, and the workbook starts empty again', async () => {
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: {} });
    writeJournal({ recordId: r.id, formId: 'encounter', personId: ana.id, baseRevision: 1, data: {}, savedAt: '2026-01-05T00:00:00.000Z' });
    storage.setItem('wb.settings', '{"theme":"dark"}');
    await deleteEverything();
    expect(storage.getItem(`wb.journal.${r.id}`)).toBeNull();
    expect(storage.getItem('wb.settings')).toBe('{"theme":"dark"}');
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('peer-mentor-workbook');
    expect(await listMentees()).toEqual([]);
    expect(await getRecord(r.id)).toBeUndefined();
  });
});

describe('meta.lastChangeAt', () => {
  it('moves forward with every write, and not with reads', async () => {
    const seen: string[] = [];
    const step = async (what: string, write: () => Promise<unknown>): Promise<void> => {
      await write();
      const at = (await readMeta()).lastChangeAt;
      expect(at, what).toBeDefined();
      if (at === undefined) return;
      const last = seen[seen.length - 1];
      if (last !== undefined) expect(at > last, what).toBe(true);
      seen.push(at);
    };
    let id = '';
    let revision = 1;
    await step('addMentee', () => addMentee({ name: 'Bo' }));
    await step('createRecord', async () => {
      id = (await createRecord({ formId: 'individual-plan', formVersion: 1, personId: ana.id, data: {} })).id;
    });
    await step('saveRecord', async () => {
      revision = (await saveRecord(id, { a: 'b' }, revision)).revision;
    });
    await step('finishRecord', async () => {
      revision = (await finishRecord(id, { a: 'b' }, revision)).revision;
    });
    await step('reopenRecord', () => reopenRecord(id));
    let next = '';
    await step('startNewVersion', async () => {
      next = (await startNewVersion(id)).id;
    });
    let deleted: Awaited<ReturnType<typeof deleteRecord>> | undefined;
    await step('deleteRecord', async () => {
      deleted = await deleteRecord(next);
    });
    await step('restoreRecord', () => restoreRecord(deleted as NonNullable<typeof deleted>));
    await step('saveMentorProfile', () => saveMentorProfile({ name: 'Sam', agency: '', supervisor: '' }));
    const before = (await readMeta()).lastChangeAt;
    await getRecord(id);
    await listRecordsForPerson(ana.id);
    expect((await readMeta()).lastChangeAt).toBe(before);
    expect(seen).toHaveLength(9);
  });
});
