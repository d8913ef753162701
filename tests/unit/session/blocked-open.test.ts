/**
 * The form page's promise "never hang": an open queued behind an earlier, still blocked
 * open (the page tried once, said "close the other tab", then the person typed) hears no
 * `blocked` event of its own. It must settle too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openWorkbookDb } from '~/lib/storage/connection';
import { StorageError } from '~/lib/storage';
import { freshDb } from '../helpers/db';

let held: IDBDatabase | undefined;

beforeEach(async () => {
  await freshDb();
  // Old code in another tab: version 1, and it never closes when asked.
  held = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('people', { keyPath: 'id' });
      request.result.createObjectStore('records', { keyPath: 'id' }).createIndex('by-form', 'formId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
});

afterEach(() => {
  held?.close();
});

describe('opening while another tab holds an old version', () => {
  it('settles as blocked, also for a second open queued behind the first, and opens once the tab lets go', async () => {
    const options = { blockedTimeoutMs: 50, stalledTimeoutMs: 200 };
    const first = openWorkbookDb(options);
    await expect(first).rejects.toMatchObject({ kind: 'blocked' });
    // If the second open hung, this await would never end and the test would time out.
    const second = openWorkbookDb(options);
    const error: unknown = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('blocked');

    held?.close();
    held = undefined;
    const db = await openWorkbookDb(options);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'people', 'records']);
    db.close();
  });
});
