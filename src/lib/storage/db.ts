/**
 * The workbook's IndexedDB database: the only place records live. Nothing is sent
 * anywhere.
 *
 * ## Stored shapes (database `peer-mentor-workbook`, version 3)
 *
 * - `people` (key `id`): `Person`
 *   `{ id, kind: 'mentee' | 'mentor', name, note, agency?, supervisor?, createdAt, updatedAt, revision }`.
 *   There is at most one mentor (the user); its id is always `MENTOR_ID` ('mentor'),
 *   so restoring a backup on a new tablet finds the same profile. Mentees get
 *   `crypto.randomUUID()` ids.
 * - `records` (key `id`): `StoredRecord`
 *   `{ id, formId, formVersion, personId, createdAt, updatedAt, status: 'draft' | 'finished',
 *      revision, data: FormValues, supersedes?, supersededBy? }`.
 *   Signatures are `Signature` objects inside `data` (text, never Blobs). For plan
 *   versions, `supersedes` is the id of the version this one replaced and
 *   `supersededBy` the id of the version that replaced it.
 *   Indexes: `by-person-updated` [personId, updatedAt] (a person's records, newest first
 *   with a reverse cursor), `by-form` formId, `by-person-form` [personId, formId].
 * - `meta` (out-of-line string keys): `lastChangeAt`, `lastBackupAt` (ISO 8601 strings).
 *
 * Timestamps are `Date#toISOString()` strings, so they sort as text.
 *
 * ## Lifecycle
 *
 * One memoised connection (`getDb`). When another tab opens a newer version (or deletes
 * the database) we close ours at once, forget it and emit `version-changed`. When the
 * browser closes it (`terminated`) we forget it and reopen on next use; a write that
 * failed because the connection went away is retried once. A write is only reported
 * as saved after its transaction's `complete` event. If opening is blocked by a tab
 * that does not let go, the open settles within 2 s with a `blocked` StorageError.
 *
 * ## Migration rules
 *
 * - `upgradeSteps[n]` takes the database from version n to n + 1; `DB_VERSION` is
 *   `upgradeSteps.length`. Steps are never edited once shipped: add a new step.
 * - All steps from the old version to the new one run in the single `versionchange`
 *   transaction. If any step throws, the transaction is aborted: the database stays at
 *   its old version with its data untouched, and opening fails.
 * - Steps may only await IndexedDB requests (never timers or fetches), or the
 *   transaction would commit early.
 * - Stored records keep the `formVersion` they were made with; form data migrations
 *   belong to the forms layer, not here.
 *
 * v1: `people`, `records` with index `by-form`.
 * v2: adds `meta`, the indexes `by-person-updated` and `by-person-form`, and seeds
 *     `meta.lastChangeAt` from the newest stored change.
 * v3: adds `by-person-meeting-date` [personId, data.meetingDate], so a mentee's page can
 *     show the newest meetings by their date without reading hundreds of records. Only
 *     records with a meeting date (encounters) are in it.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FormValues } from '../forms/types';
import { StorageError, toStorageError } from './errors';
import { emitStorageEvent } from './events';

/** The database name. */
export const DB_NAME = 'peer-mentor-workbook';

/** The id of the one mentor profile (the user). */
export const MENTOR_ID = 'mentor';

/** A mentee, or the mentor (the user). */
export interface Person {
  id: string;
  kind: 'mentee' | 'mentor';
  /** Up to 200 characters. */
  name: string;
  /** Free text, up to 20,000 characters ('' when none). */
  note: string;
  /** Mentor only: the agency's name. */
  agency?: string;
  /** Mentor only: the supervisor's name. */
  supervisor?: string;
  createdAt: string;
  updatedAt: string;
  /** Starts at 1, goes up by one on every change. */
  revision: number;
}

/** One filled (or partly filled) form. */
export interface StoredRecord {
  id: string;
  /** Kebab-case form id, e.g. `individual-plan`. */
  formId: string;
  /** The form definition's version when the record was made. */
  formVersion: number;
  /** The mentee's id, or `MENTOR_ID` for the mentor's own forms. */
  personId: string;
  createdAt: string;
  updatedAt: string;
  status: 'draft' | 'finished';
  /** Starts at 1, goes up by one on every change; used to spot edits from two tabs. */
  revision: number;
  /** The answers; signatures are `Signature` objects. */
  data: FormValues;
  /** For plan versions: the id of the version this one replaced. */
  supersedes?: string;
  /** For plan versions: the id of the version that replaced this one. */
  supersededBy?: string;
}

/** Keys of the `meta` store. */
export type MetaKey = 'lastChangeAt' | 'lastBackupAt';

/** The database schema, for `idb`'s types. */
export interface WorkbookDB extends DBSchema {
  people: { key: string; value: Person };
  records: {
    key: string;
    value: StoredRecord;
    indexes: {
      'by-person-updated': [string, string];
      'by-form': string;
      'by-person-form': [string, string];
      'by-person-meeting-date': [string, string];
    };
  };
  meta: { key: string; value: string };
}

/** An open connection. */
export type WorkbookDatabase = IDBPDatabase<WorkbookDB>;
/** The `versionchange` transaction an upgrade step runs in. */
export type UpgradeTransaction = IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'versionchange'>;
/** One upgrade step: from version n to n + 1. May only await IndexedDB requests. */
export type UpgradeStep = (db: WorkbookDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** v0 → v1: people, and records with the by-form index. */
const v1: UpgradeStep = (db) => {
  db.createObjectStore('people', { keyPath: 'id' });
  const records = db.createObjectStore('records', { keyPath: 'id' });
  records.createIndex('by-form', 'formId');
};

/** v1 → v2: meta, the person indexes, and `lastChangeAt` seeded from the data. */
const v2: UpgradeStep = async (db, tx) => {
  db.createObjectStore('meta');
  const records = tx.objectStore('records');
  records.createIndex('by-person-updated', ['personId', 'updatedAt']);
  records.createIndex('by-person-form', ['personId', 'formId']);
  let latest = '';
  for (const storeName of ['people', 'records'] as const) {
    let cursor = await tx.objectStore(storeName).openCursor();
    while (cursor) {
      if (cursor.value.updatedAt > latest) latest = cursor.value.updatedAt;
      cursor = await cursor.continue();
    }
  }
  if (latest !== '') await tx.objectStore('meta').put(latest, 'lastChangeAt');
};

/** v2 → v3: meetings by date, per person. */
const v3: UpgradeStep = (_db, tx) => {
  tx.objectStore('records').createIndex('by-person-meeting-date', ['personId', 'data.meetingDate']);
};

/** The upgrade steps in order: `upgradeSteps[n]` goes from version n to n + 1. */
export const upgradeSteps: readonly UpgradeStep[] = [v1, v2, v3];

/** The current schema version. */
export const DB_VERSION = upgradeSteps.length;

/** How long to wait for other tabs to let go before an open fails as `blocked`. */
export const BLOCKED_TIMEOUT_MS = 1000;

/** Options for `openWorkbookDb`. */
export interface OpenOptions {
  /** The upgrade steps (tests inject failing ones); the version opened is `steps.length`. */
  steps?: readonly UpgradeStep[];
  /** How long to wait when blocked before failing (default `BLOCKED_TIMEOUT_MS`). */
  blockedTimeoutMs?: number;
  /**
   * How long an open may make no progress at all (no `blocked`, no upgrade, no success)
   * before failing as `blocked` (default 3 × the blocked timeout). This happens to an
   * open queued behind an earlier one that is still blocked: it never hears `blocked`.
   */
  stalledTimeoutMs?: number;
  /** Called after the connection was closed because another tab wants a new version or to delete. */
  onVersionChange?: (deleted: boolean) => void;
  /** Called when the browser closed the connection. */
  onTerminated?: () => void;
}

/**
 * Opens a new connection, running upgrade steps as needed (not memoised: use `getDb`).
 * Rejects with a StorageError: `blocked` (other tabs hold an old version open for
 * longer than the timeout), `version-changed` (the stored database is newer than this
 * code), `unavailable`, `quota` or `unknown` (an upgrade step failed; nothing changed).
 * The connection closes itself when another tab needs a version change.
 */
export function openWorkbookDb(options: OpenOptions = {}): Promise<WorkbookDatabase> {
  const steps = options.steps ?? upgradeSteps;
  const version = steps.length;
  return new Promise<WorkbookDatabase>((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stalled: ReturnType<typeof setTimeout> | undefined;
    const fail = (error: unknown): void => {
      if (timer !== undefined) clearTimeout(timer);
      clearTimeout(stalled);
      if (settled) return;
      settled = true;
      reject(toStorageError(error));
    };

    let factory: IDBFactory | undefined;
    try {
      factory = globalThis.indexedDB;
    } catch (error) {
      fail(error);
      return;
    }
    if (factory === undefined || factory === null) {
      fail(new StorageError('unavailable'));
      return;
    }

    let opening: Promise<WorkbookDatabase>;
    try {
      opening = openDB<WorkbookDB>(DB_NAME, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          clearTimeout(stalled);
          tx.done.catch(() => undefined);
          const target = newVersion ?? version;
          const run = async (): Promise<void> => {
            for (let v = oldVersion; v < target; v += 1) {
              const step = steps[v];
              if (step === undefined) throw new Error(`No upgrade step from version ${v}`);
              await step(db, tx);
            }
          };
          run().catch((error: unknown) => {
            upgradeError = error;
            try {
              tx.abort();
            } catch {
              // The transaction has already finished; nothing more we can do.
            }
          });
        },
        blocked() {
          clearTimeout(stalled);
          emitStorageEvent({ type: 'blocked' });
          if (timer === undefined && !settled) {
            timer = setTimeout(() => fail(new StorageError('blocked')), options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS);
          }
        },
        blocking(_currentVersion, blockedVersion, event) {
          try {
            (event.target as IDBDatabase).close();
          } finally {
            options.onVersionChange?.(blockedVersion === null);
          }
        },
        terminated() {
          options.onTerminated?.();
        },
      });
    } catch (error) {
      fail(error);
      return;
    }

    // Queued behind an earlier open that is still blocked, this one hears nothing: never hang.
    stalled = setTimeout(
      () => fail(new StorageError('blocked')),
      options.stalledTimeoutMs ?? 3 * (options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS),
    );
    opening.then(
      (db) => {
        if (timer !== undefined) clearTimeout(timer);
        clearTimeout(stalled);
        if (settled) {
          // We already said "blocked"; this late connection is not wanted.
          db.close();
          return;
        }
        settled = true;
        resolve(db);
      },
      (error: unknown) => fail(upgradeError ?? error),
    );
  });
}

let dbPromise: Promise<WorkbookDatabase> | null = null;

/** The shared connection, opened on first use and reopened after it was lost. */
export function getDb(): Promise<WorkbookDatabase> {
  if (dbPromise) return dbPromise;
  const promise: Promise<WorkbookDatabase> = openWorkbookDb({
    onVersionChange: (deleted) => {
      if (dbPromise === promise) dbPromise = null;
      emitStorageEvent({ type: 'version-changed', deleted });
    },
    onTerminated: () => {
      if (dbPromise === promise) dbPromise = null;
      emitStorageEvent({ type: 'terminated' });
    },
  });
  dbPromise = promise;
  promise.catch(() => {
    if (dbPromise === promise) dbPromise = null;
  });
  return promise;
}

/** Closes the shared connection (if any). The next call to storage opens it again. */
export async function closeDb(): Promise<void> {
  const promise = dbPromise;
  dbPromise = null;
  if (!promise) return;
  try {
    (await promise).close();
  } catch {
    // It never opened.
  }
}

/** Forgets a connection that failed, closing it first. */
function dropConnection(db: WorkbookDatabase | undefined): void {
  if (db) {
    try {
      db.close();
    } catch {
      // Already closed.
    }
  }
  dbPromise = null;
}

/** Errors that mean "the connection went away", worth one retry on a fresh connection. */
const CONNECTION_LOST = new Set(['InvalidStateError', 'AbortError', 'UnknownError']);

function isConnectionLost(error: unknown): boolean {
  if (error instanceof StorageError) return false;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && CONNECTION_LOST.has(name);
}

/** Which connection an attempt used, so a lost one can be dropped. */
interface Attempt {
  db?: WorkbookDatabase;
}

async function withRetry<T>(run: (attempt: Attempt) => Promise<T>): Promise<T> {
  const first: Attempt = {};
  try {
    return await run(first);
  } catch (error) {
    if (!isConnectionLost(error)) throw toStorageError(error);
    dropConnection(first.db);
  }
  try {
    return await run({});
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A read-write transaction over the given stores. */
export type WriteTransaction<S extends StoreNames<WorkbookDB>[]> = IDBPTransaction<WorkbookDB, S, 'readwrite'>;
/** A read-only transaction over the given stores. */
export type ReadTransaction<S extends StoreNames<WorkbookDB>[]> = IDBPTransaction<WorkbookDB, S, 'readonly'>;

/**
 * Runs `work` in one read-write transaction and resolves only after the transaction
 * completed (the data is on disk as far as the browser tells us). If `work` throws,
 * the transaction is aborted, so nothing of it is kept. If the connection was lost,
 * it is reopened and the whole transaction is tried once more. Throws StorageError.
 * `work` may only await IndexedDB requests of this transaction.
 * @internal for the storage modules.
 */
export function runWrite<S extends StoreNames<WorkbookDB>[], T>(
  storeNames: S,
  work: (tx: WriteTransaction<S>) => Promise<T>,
  options: { durability?: 'strict' | 'relaxed' | 'default' } = {},
): Promise<T> {
  return withRetry(async (attempt) => {
    const db = await getDb();
    attempt.db = db;
    const tx = db.transaction(storeNames, 'readwrite', options);
    const done = tx.done;
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await done.catch(() => undefined);
      throw error;
    }
    await done;
    return result;
  });
}

/**
 * Runs `work` in one read-only transaction. Retried once on a fresh connection if the
 * connection was lost. Throws StorageError.
 * @internal for the storage modules.
 */
export function runRead<S extends StoreNames<WorkbookDB>[], T>(
  storeNames: S,
  work: (tx: ReadTransaction<S>) => Promise<T>,
): Promise<T> {
  return withRetry(async (attempt) => {
    const db = await getDb();
    attempt.db = db;
    const tx = db.transaction(storeNames, 'readonly');
    const done = tx.done;
    done.catch(() => undefined);
    try {
      return await work(tx);
    } finally {
      try {
        await done;
      } catch {
        // A read that got its answer is still a good read.
      }
    }
  });
}

/**
 * Deletes the whole database, closing our connection first. Other tabs running this
 * code close theirs when asked; if one does not within the blocked timeout, throws a
 * `blocked` StorageError (the browser still deletes once that tab closes).
 * @internal used by `deleteEverything`.
 */
export async function deleteDatabase(blockedTimeoutMs = BLOCKED_TIMEOUT_MS): Promise<void> {
  await closeDb();
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch (error) {
    throw toStorageError(error);
  }
  if (!factory) throw new StorageError('unavailable');
  const request = factory.deleteDatabase(DB_NAME);
  await new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (error?: unknown): void => {
      if (timer !== undefined) clearTimeout(timer);
      if (error === undefined) resolve();
      else reject(toStorageError(error));
    };
    request.onsuccess = () => finish();
    request.onerror = () => finish(request.error ?? new StorageError('unknown'));
    request.onblocked = () => {
      emitStorageEvent({ type: 'blocked' });
      timer ??= setTimeout(() => {
        request.onsuccess = null;
        request.onerror = null;
        finish(new StorageError('blocked'));
      }, blockedTimeoutMs);
    };
  });
}

let clock: () => Date = () => new Date();

/** The time now as an ISO 8601 string (from the clock set by `setClock`). */
export function nowIso(): string {
  return clock().toISOString();
}

/** Replaces the clock (tests); `null` goes back to the real time. */
export function setClock(next: (() => Date) | null): void {
  clock = next ?? (() => new Date());
}

/**
 * Records that data changed, inside the caller's transaction: pass its `meta` store.
 * @internal for the storage modules.
 */
export function touchLastChange(metaStore: { put(value: string, key: string): Promise<unknown> }, at: string): Promise<unknown> {
  return metaStore.put(at, 'lastChangeAt');
}
