/**
 * The supervisor view's own store: handover files a supervisor opened (`/supervisor/`),
 * kept in a database of their own, `peer-mentor-workbook-supervisor`, apart from the
 * workbook's. Nothing in it is ever merged into the supervisor's own records, and
 * nothing in the workbook's database reads it.
 *
 * ## Stored shape
 *
 * Object store `files`, key `id`: `{ id, addedAt, file }`. `id` is the SHA-256 of the
 * file's text, so opening the same file twice keeps one copy. `file` is the handover
 * file as checked when it was opened (`src/lib/handover/open.ts`); only checked files are
 * written here, and nothing else writes this database, so it is not checked again in full
 * when read (the reader looks at its format only). A locked file is kept unlocked: the
 * passphrase protects the file on its way, this browser's profile protects it here.
 *
 * Version 1 only. A new version adds a step to `upgrade`, like `migrations.ts`.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toStorageError } from './errors';

/** The supervisor store's database name. */
export const SUPERVISOR_DB_NAME = 'peer-mentor-workbook-supervisor';

/** One handover file the supervisor opened. */
export interface KeptFile {
  /** SHA-256 of the file's text (hex). */
  id: string;
  /** When it was opened here (ISO 8601). */
  addedAt: string;
  /** The file's text (or, kept before, the file itself), checked completely before it was kept. */
  file: unknown;
}

interface SupervisorDB extends DBSchema {
  files: { key: string; value: KeptFile };
}

let connection: Promise<IDBPDatabase<SupervisorDB>> | undefined;

function db(): Promise<IDBPDatabase<SupervisorDB>> {
  connection ??= openDB<SupervisorDB>(SUPERVISOR_DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('files', { keyPath: 'id' });
    },
    blocking() {
      void connection?.then((open) => open.close());
      connection = undefined;
    },
    terminated() {
      connection = undefined;
    },
  }).catch((e: unknown) => {
    connection = undefined;
    throw toStorageError(e);
  });
  return connection;
}

/** Every kept file, oldest first. @throws StorageError */
export async function listKeptFiles(): Promise<KeptFile[]> {
  try {
    const all = await (await db()).getAll('files');
    return all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Keeps files in one transaction (each replaces the one with the same id). @throws StorageError */
export async function keepFiles(files: readonly KeptFile[]): Promise<void> {
  try {
    const tx = (await db()).transaction('files', 'readwrite');
    await Promise.all([...files.map((file) => tx.store.put(file)), tx.done]);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Removes one kept file. @throws StorageError */
export async function removeKeptFile(id: string): Promise<void> {
  try {
    await (await db()).delete('files', id);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Closes and deletes the supervisor store (tests, and "Delete everything" if it is asked to). */
export async function deleteSupervisorStore(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
  await deleteDB(SUPERVISOR_DB_NAME);
}
