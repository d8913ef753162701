/**
 * "Delete everything on this tablet": the workbook's database, every Cache Storage cache
 * (whatever its name), every service worker registration, and every localStorage and
 * sessionStorage entry of the workbook — except the display settings (text size and
 * colours), which are not records and which a person may need to read the page at all.
 */
import { SETTINGS_KEY } from '~/lib/settings';
import { deleteEverything, toStorageError, type StorageError } from '~/lib/storage';

/** What deleting did. */
export interface DeleteEverythingResult {
  /** The database problem, if it could not be deleted yet (`blocked`: another tab holds it). */
  databaseError: StorageError | undefined;
}

function clearStorage(storage: Storage | undefined, keep: ReadonlySet<string>): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && !keep.has(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage blocked: then nothing was stored there either.
  }
}

function storageOrUndefined(get: () => Storage): Storage | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * Deletes everything the workbook keeps on this device. Caches, service workers and
 * local entries are deleted even when the database is blocked by another tab (the
 * browser deletes the database once that tab closes; "Try again" checks).
 */
export async function deleteEverythingOnDevice(): Promise<DeleteEverythingResult> {
  const database = deleteEverything().then(
    () => undefined,
    (e: unknown) => toStorageError(e),
  );
  clearStorage(storageOrUndefined(() => localStorage), new Set([SETTINGS_KEY]));
  clearStorage(storageOrUndefined(() => sessionStorage), new Set());
  await Promise.all([deleteCaches(), unregisterServiceWorkers()]);
  return { databaseError: await database };
}

async function deleteCaches(): Promise<void> {
  try {
    if ('caches' in globalThis) await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  } catch {
    // No Cache Storage here (some private windows): nothing to delete.
  }
}

async function unregisterServiceWorkers(): Promise<void> {
  try {
    if ('serviceWorker' in navigator) await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
  } catch {
    // No service workers here: nothing to delete.
  }
}
