/**
 * Transactions: every read and write of storage goes through `runRead` or `runWrite`,
 * which retry once on a fresh connection when the browser took ours away, and turn
 * every failure into a StorageError. A write is only reported as saved after its
 * transaction's `complete` event. Also the clock every write stamps its time with.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { forgetConnection, getDb } from './connection';
import { StorageError, toStorageError } from './errors';
import { knownLossNow, lossIfEmpty, noteSaved, type Loss } from './health';
import type { WorkbookDB, WorkbookDatabase } from './migrations';

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
    forgetConnection(first.db);
  }
  try {
    return await run({});
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Kinds that say nothing about whether the database is still there. */
const NOT_A_LOSS = new Set(['unavailable', 'blocked', 'version-changed', 'conflict', 'wiped']);

/**
 * A write failed: was the database thrown away under the page? True when the marker
 * (`health.ts`) says this tablet saved data but the database is new or has no
 * `lastChangeAt`. Then the failure is reported as `wiped`, never as "not found".
 */
async function truthAbout(error: StorageError): Promise<StorageError> {
  if (NOT_A_LOSS.has(error.kind)) return error;
  let loss: Loss | undefined = knownLossNow();
  if (!loss && lossIfEmpty()) {
    try {
      const lastChangeAt = await runRead(['meta'], (tx) => tx.objectStore('meta').get('lastChangeAt'));
      if (lastChangeAt === undefined) loss = knownLossNow() ?? lossIfEmpty();
    } catch {
      // Cannot look: say what we know for sure.
    }
  }
  return loss ? new StorageError('wiped', { cause: error, lastBackupAt: loss.lastBackupAt }) : error;
}

/** Transactions that changed data, with the time they wrote to `lastChangeAt`. */
const changedAt = new WeakMap<object, string>();

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
    let result: T;
    const done = tx.done;
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
    const at = changedAt.get(tx);
    if (at !== undefined) noteSaved(at);
    return result;
  }).catch(async (error: unknown) => {
    throw await truthAbout(toStorageError(error));
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
 * Records that data changed, inside the caller's transaction: pass its `meta` store. Once
 * the transaction commits, `runWrite` notes the time in the marker outside the database.
 * @internal for the storage modules.
 */
export function touchLastChange(
  metaStore: { put(value: string, key: string): Promise<unknown>; readonly transaction?: object },
  at: string,
): Promise<unknown> {
  if (metaStore.transaction) changedAt.set(metaStore.transaction, at);
  return metaStore.put(at, 'lastChangeAt');
}
