import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, closeDb } from '~/lib/storage/connection';
import {
  addMentee,
  createRecord,
  deleteEverything,
  deleteRecord,
  markBackupMade,
  onStorageEvent,
  saveRecord,
  type WorkbookStorageEvent,
} from '~/lib/storage';
import { HEALTH_KEY, readMarker } from '~/lib/storage/health';
import { storageProblemText } from '~/lib/storage-words';
import { saveProblem } from '~/lib/session/problems';
import { freshDb, installMemoryStorage, useRealClock, useStepClock, type MemoryStorage } from '../helpers/db';

let local: MemoryStorage;
beforeEach(async () => {
  await freshDb();
  local = installMemoryStorage();
  useStepClock();
});
afterEach(() => useRealClock());

/** A mentee with one saved meeting, and a backup file made on 2026-03-02. */
async function savedWork() {
  const ana = await addMentee({ name: 'Ana' });
  const record = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
  await markBackupMade(new Date('2026-03-02T15:30:00.000Z'));
  return record;
}

/** What the save error says, or 'saved'. */
async function saveOutcome(id: string, revision: number) {
  try {
    await saveRecord(id, { a: '2' }, revision);
    return 'saved';
  } catch (e) {
    return e as { kind: string; lastBackupAt?: string };
  }
}

describe('a database thrown away under the page', () => {
  it('the marker outside the database remembers the last save and the last backup file', async () => {
    await savedWork();

    expect(readMarker()).toEqual({ savedAt: expect.any(String) as string, backupAt: '2026-03-02T15:30:00.000Z' });
    expect(local.getItem(HEALTH_KEY)).not.toContain('Ana');
  });

  it('deleted while the form is open: the page hears that it was lost, not deleted on purpose', async () => {
    const record = await savedWork();
    const events: WorkbookStorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));

    await deleteDB(DB_NAME);
    const outcome = await saveOutcome(record.id, record.revision);

    expect(events).toEqual([{ type: 'version-changed', deleted: true, lost: { lastBackupAt: '2026-03-02T15:30:00.000Z' } }]);
    expect(outcome).toMatchObject({ kind: 'wiped', lastBackupAt: '2026-03-02T15:30:00.000Z' });
    stop();
  });

  it('emptied while the page was closed: the next save says the work is gone, never "deleted in another tab"', async () => {
    const record = await savedWork();
    await closeDb();
    await deleteDB(DB_NAME);

    const outcome = await saveOutcome(record.id, record.revision);

    expect(outcome).toMatchObject({ kind: 'wiped' });
    const words = await saveProblem(outcome as { kind: 'wiped'; lastBackupAt: string });
    expect(words.text).toContain('The work saved on this tablet is gone.');
    expect(words.text).toContain('Your typing on screen is still here.');
    expect(words.text).toMatch(/open your last backup file in Settings\. It is from \w+day, March 2 at \d+:30/);
    expect(words.text).not.toContain('deleted in another tab');
    expect(words.canRetry).toBe(false);
  });

  it('without a backup file, it says so and where to get help', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const record = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: { a: '1' } });
    await closeDb();
    await deleteDB(DB_NAME);

    const outcome = await saveOutcome(record.id, record.revision);

    expect(await storageProblemText(outcome as { kind: 'wiped' })).toContain('There is no backup file to get it back.');
  });

  it('"Delete everything" is not a loss, and a form deleted in another tab is still "not found"', async () => {
    const record = await savedWork();
    await deleteEverything();
    expect(local.getItem(HEALTH_KEY)).toBeNull();
    expect(await saveOutcome(record.id, record.revision)).toMatchObject({ kind: 'not-found' });

    const again = await savedWork();
    await deleteRecord(again.id);
    expect(await saveOutcome(again.id, again.revision)).toMatchObject({ kind: 'not-found' });
  });

  it('with localStorage blocked, nothing is claimed and saving works as before', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const record = await savedWork();
    await closeDb();
    await deleteDB(DB_NAME);

    expect(await saveOutcome(record.id, record.revision)).toMatchObject({ kind: 'not-found' });
  });
});
