import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB, deleteDB, unwrap } from 'idb';
import type { IDBPDatabase } from 'idb';
import { IDBDatabase as FakeIDBDatabase, IDBObjectStore as FakeIDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { DB_NAME, closeDb, getDb, openWorkbookDb } from '~/lib/storage/connection';
import { DB_VERSION, upgradeSteps } from '~/lib/storage/migrations';
import { forgetMarker } from '~/lib/storage/health';
import type { UpgradeStep } from '~/lib/storage/migrations';
import {
  StorageError,
  addMentee,
  createRecord,
  deleteEverything,
  getRecord,
  listMentees,
  listRecordsForPerson,

  onStorageEvent,
  readMeta,
  saveRecord,
} from '~/lib/storage';
import type { WorkbookStorageEvent } from '~/lib/storage';
import { dumpDatabase, freshDb, installMemoryStorage, stableStringify, useRealClock, useStepClock } from '../helpers/db';

const forceClose = forceCloseDatabase as unknown as (db: IDBDatabase) => void;

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock();
});
afterEach(() => {
  useRealClock();
  vi.restoreAllMocks();
});

/** Makes a version-1 database by hand, with the v1 layout, and some data. */
async function makeV1Database(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('people', { keyPath: 'id' });
      const records = d.createObjectStore('records', { keyPath: 'id' });
      records.createIndex('by-form', 'formId');
    },
  });
  await db.put('people', { id: 'p1', kind: 'mentee', name: 'Ana', note: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', revision: 1 });
  for (const [id, updatedAt] of [
    ['r-old', '2025-02-01T00:00:00.000Z'],
    ['r-new', '2025-03-01T00:00:00.000Z'],
    ['r-mid', '2025-02-15T00:00:00.000Z'],
  ] as const) {
    await db.put('records', {
      id,
      formId: 'encounter',
      formVersion: 1,
      personId: 'p1',
      createdAt: '2025-01-10T00:00:00.000Z',
      updatedAt,
      status: 'finished',
      revision: 2,
      data: { note: id },
    });
  }
  db.close();
}

/** Everything in the database, opened at whatever version it is, read with plain idb. */
async function rawDump(): Promise<{ version: number; stores: string[]; dump: string }> {
  const db = await openDB(DB_NAME);
  const stores = [...db.objectStoreNames].sort();
  const out: Record<string, unknown> = {};
  for (const name of stores) out[name] = await db.getAll(name as never);
  const result = { version: db.version, stores, dump: stableStringify(out) };
  db.close();
  return result;
}

describe('upgrade', () => {
  it('upgrades a real v1 database to the current version, keeping the data; the new index works', async () => {
    await makeV1Database();
    const before = await rawDump();
    expect(before.version).toBe(1);
    expect(before.stores).toEqual(['people', 'records']);

    const list = await listRecordsForPerson('p1');
    expect(list.map((r) => r.id)).toEqual(['r-new', 'r-mid', 'r-old']);
    expect((await getRecord('r-old'))?.data).toEqual({ note: 'r-old' });
    expect(await readMeta()).toEqual({ lastChangeAt: '2025-03-01T00:00:00.000Z' });

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'people', 'records']);
    const tx = db.transaction('records');
    expect([...tx.store.indexNames].sort()).toEqual(['by-form', 'by-person-form', 'by-person-form-correction', 'by-person-form-date', 'by-person-form-replaced', 'by-person-updated']);
    expect(await tx.store.index('by-person-form').count(['p1', 'encounter'])).toBe(3);
    await tx.done;
    // Upgraded data is still writable through the API.
    const saved = await saveRecord('r-old', { note: 'changed' }, 2);
    expect(saved.revision).toBe(3);
  });

  it('a fresh database gets the same layout as an upgraded one', async () => {
    const db = await getDb();
    const tx = db.transaction('records');
    expect([...tx.store.indexNames].sort()).toEqual(['by-form', 'by-person-form', 'by-person-form-correction', 'by-person-form-date', 'by-person-form-replaced', 'by-person-updated']);
    await tx.done;
    expect(await readMeta()).toEqual({});
  });

  it('an upgrade step that throws (after changing things) leaves the old version and data untouched', async () => {
    await makeV1Database();
    const before = await rawDump();
    const failing: UpgradeStep = async (db, tx) => {
      db.createObjectStore('meta');
      await tx.objectStore('records').delete('r-old');
      await tx.objectStore('people').put({ id: 'p1', kind: 'mentee', name: 'CHANGED', note: '', createdAt: 'x', updatedAt: 'x', revision: 9 });
      throw new Error('step failed');
    };
    const opening = openWorkbookDb({ steps: [upgradeSteps[0] as UpgradeStep, failing] });
    await expect(opening).rejects.toBeInstanceOf(StorageError);
    const error = (await opening.catch((e: unknown) => e)) as StorageError;
    expect(error.kind).toBe('unknown');
    expect((error.cause as Error).message).toBe('step failed');
    expect(await rawDump()).toEqual(before);

    // A step that throws at once behaves the same.
    const syncFailing: UpgradeStep = (db) => {
      db.createObjectStore('meta');
      throw new Error('sync failure');
    };
    await expect(openWorkbookDb({ steps: [upgradeSteps[0] as UpgradeStep, syncFailing] })).rejects.toMatchObject({ kind: 'unknown' });
    expect(await rawDump()).toEqual(before);

    // The real steps still work afterwards.
    expect((await listRecordsForPerson('p1')).map((r) => r.id)).toEqual(['r-new', 'r-mid', 'r-old']);
  });

  it('a failing future step leaves a current database at its version with its data', async () => {
    const ana = await addMentee({ name: 'Ana' });
    await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: 'b' } });
    const before = await dumpDatabase();
    await closeDb();
    const next: UpgradeStep = (_db, tx) => {
      tx.objectStore('records').deleteIndex('by-form');
      throw new Error('future step broke');
    };
    await expect(openWorkbookDb({ steps: [...upgradeSteps, next] })).rejects.toMatchObject({ kind: 'unknown' });
    expect((await rawDump()).version).toBe(DB_VERSION);
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('lost connections', () => {
  it('a save after the browser force-closed the database reopens and really saves', async () => {
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    const ana = await addMentee({ name: 'Ana' });
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    forceClose(unwrap(await getDb()));
    expect(events).toEqual([{ type: 'terminated' }]);
    let outcome: unknown;
    try {
      outcome = await saveRecord(r.id, { a: '2' }, 1);
    } catch (error) {
      outcome = error;
    }
    if (outcome instanceof StorageError) {
      expect((await getRecord(r.id))?.data).toEqual({ a: '1' });
    } else {
      expect(outcome).toMatchObject({ revision: 2, data: { a: '2' } });
      expect(await getRecord(r.id)).toEqual(outcome);
    }
    // With fake-indexeddb the reopen works, so the save went through.
    expect(outcome).not.toBeInstanceOf(StorageError);
    stop();
  });

  it('a save while a write is in flight and the database is force-closed lands or fails, never lies', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    const db = unwrap(await getDb());
    const saving = saveRecord(r.id, { a: '2' }, 1).then(
      (saved) => ({ saved }),
      (error: unknown) => ({ error }),
    );
    forceClose(db);
    const result = await saving;
    const stored = await getRecord(r.id);
    if ('saved' in result) expect(stored).toEqual(result.saved);
    else {
      expect(result.error).toBeInstanceOf(StorageError);
      expect(stored?.data).toEqual({ a: '1' });
    }
  });

  it('a connection closed behind our back (no event) is replaced and the write retried once', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    (await getDb()).close();
    const saved = await saveRecord(r.id, { a: '2' }, 1);
    expect(await getRecord(r.id)).toEqual(saved);
    expect(saved.data).toEqual({ a: '2' });
  });

  it('a write that keeps failing throws a StorageError and is not saved', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the spy below calls it with its own database: original.apply(this, …)
    const original = FakeIDBDatabase.prototype.transaction;
    const spy = vi.spyOn(FakeIDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
      if (args[1] === 'readwrite') throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return original.apply(this, args);
    });
    await expect(saveRecord(r.id, { a: '2' }, 1)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(spy.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(2);
    spy.mockRestore();
    expect((await getRecord(r.id))?.data).toEqual({ a: '1' });
  });

  it('a full disk is reported as quota, the transaction is rolled back', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const r = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    const before = await dumpDatabase();
    vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const error = (await saveRecord(r.id, { a: '2' }, 1).catch((e: unknown) => e)) as StorageError;
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await dumpDatabase()).toBe(before);
  });

  it('no IndexedDB at all is "unavailable"', async () => {
    const saved = globalThis.indexedDB;
    await closeDb();
    try {
      (globalThis as { indexedDB: IDBFactory | undefined }).indexedDB = undefined;
      await expect(getRecord('x')).rejects.toMatchObject({ kind: 'unavailable' });
      globalThis.indexedDB = {
        open() {
          throw new DOMException('denied', 'SecurityError');
        },
      } as unknown as IDBFactory;
      await expect(getRecord('x')).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
    expect(await getRecord('x')).toBeUndefined();
  });
});

describe('other tabs', () => {
  it('blocked by an old tab that ignores versionchange: settles as "blocked" (within the test timeout), then recovers', async () => {
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    const oldTab: IDBPDatabase = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('people', { keyPath: 'id' });
        d.createObjectStore('records', { keyPath: 'id' }).createIndex('by-form', 'formId');
      },
    });
    const error = (await getDb().catch((e: unknown) => e)) as StorageError;
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('blocked');
    expect(events).toContainEqual({ type: 'blocked' });

    oldTab.close();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await readMeta()).toEqual({});
    stop();
  }, 5000);

  it('a newer version in another tab closes ours, says so, and later use says "version-changed"', async () => {
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    const ana = await addMentee({ name: 'Ana' });
    const newerTab = await openDB(DB_NAME, DB_VERSION + 1);
    expect(events).toEqual([{ type: 'version-changed', deleted: false }]);
    expect(newerTab.version).toBe(DB_VERSION + 1);
    await expect(saveRecord('x', {}, 1)).rejects.toMatchObject({ kind: 'version-changed' });
    newerTab.close();
    // The data is still there for the newer code.
    const check = await openDB(DB_NAME);
    expect(((await check.get('people', ana.id)) as { name: string } | undefined)?.name).toBe('Ana');
    check.close();
    stop();
  });

  it('deleteEverything blocked by an old tab settles as "blocked"; the data goes once that tab closes', async () => {
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    await addMentee({ name: 'Ana' });
    const oldTab = await openDB(DB_NAME, DB_VERSION);
    await expect(deleteEverything()).rejects.toMatchObject({ kind: 'blocked' });
    expect(events).toContainEqual({ type: 'blocked' });
    oldTab.close();
    // Opening again waits behind the pending delete, so this sees the database after it.
    expect(await listMentees()).toEqual([]);
    stop();
  }, 5000);

  it('deleteEverything that nobody blocks deletes at once', async () => {
    await addMentee({ name: 'Ana' });
    await deleteEverything();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(await listMentees()).toEqual([]);
  });

  it('another tab deleting everything closes ours and says so', async () => {
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    await addMentee({ name: 'Ana' });
    // What "Delete everything" in the other tab does first (localStorage is shared).
    forgetMarker();
    await deleteDB(DB_NAME);
    expect(events).toEqual([{ type: 'version-changed', deleted: true }]);
    stop();
  });
});
