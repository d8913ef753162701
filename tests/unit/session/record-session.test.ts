import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getForm } from '~/forms';
import { RecordSession } from '~/lib/session/record-session';
import { addMentee, closeDb, getRecord, readJournal, saveRecord, StorageError } from '~/lib/storage';
import type { FormDefinition } from '~/lib/forms/types';
import { OpenTabs, freshDb, installMemoryStorage, type MemoryStorage } from '../helpers/db';

const def = getForm('encounter') as FormDefinition;
let storage: MemoryStorage;
let menteeId: string;

beforeEach(async () => {
  await freshDb();
  storage = installMemoryStorage();
  menteeId = (await addMentee({ name: 'Ana' })).id;
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function newSession(recordId?: string) {
  const opened = await RecordSession.open({
    def,
    personId: menteeId,
    ...(recordId ? { recordId } : {}),
    initial: { thingsToWorkOn: '' },
    delayMs: 5,
    liveSessions: new OpenTabs(),
  });
  return opened;
}

describe('RecordSession', () => {
  it('saves typing, and clears the journal only once IndexedDB holds it', async () => {
    const { session } = await newSession();
    session.update({ thingsToWorkOn: 'Buy rice' });
    expect(session.state).toBe('unsaved');
    // In the journal at once: a browser closed right now keeps it.
    expect((await readJournal(session.recordId))?.data['thingsToWorkOn']).toBe('Buy rice');
    await session.flush();
    expect(session.state).toBe('saved');
    expect((await getRecord(session.recordId))?.data['thingsToWorkOn']).toBe('Buy rice');
    expect(await readJournal(session.recordId)).toBeUndefined();
  });

  it('never says saved when the tablet is full: the typing stays, and waits in the journal', async () => {
    const { session } = await newSession();
    session.update({ thingsToWorkOn: 'first' });
    await session.flush();
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw full;
    });
    session.update({ thingsToWorkOn: 'second' });
    await session.flush();
    expect(session.state).toBe('error');
    expect(session.error?.kind).toBe('quota');
    expect(session.values['thingsToWorkOn']).toBe('second');
    expect((await readJournal(session.recordId))?.data['thingsToWorkOn']).toBe('second');
    expect((await getRecord(session.recordId))?.data['thingsToWorkOn']).toBe('first');
    // Space again: "Try to save again" stores it.
    vi.restoreAllMocks();
    await session.save();
    expect(session.state).toBe('saved');
    expect((await getRecord(session.recordId))?.data['thingsToWorkOn']).toBe('second');
  });

  it('works on screen without storage: offers the journal, fails as unavailable, never saved', async () => {
    const recordId = '11111111-2222-4333-8444-555555555555';
    storage.setItem(
      `wb.journal.${recordId}`,
      JSON.stringify({ recordId, formId: 'encounter', personId: menteeId, baseRevision: 0, data: { thingsToWorkOn: 'kept' }, savedAt: '2026-11-22T10:00:00.000Z' }),
    );
    const saved = globalThis.indexedDB;
    await closeDb();
    // @ts-expect-error: a browser with IndexedDB switched off.
    delete globalThis.indexedDB;
    try {
      const { session, recovery } = await RecordSession.openWithoutStorage({ def, personId: '', recordId, initial: {}, delayMs: 5 });
      expect(recovery?.changes).toEqual([{ field: 'thingsToWorkOn', saved: null, unsaved: 'kept' }]);
      expect(session.personId).toBe(menteeId);
      session.update({ thingsToWorkOn: 'typed' });
      await session.flush();
      expect(session.state).toBe('error');
      expect(session.error?.kind).toBe('unavailable');
      expect((await readJournal(recordId))?.data['thingsToWorkOn']).toBe('typed');
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('deletes on purpose and puts it back exactly as it was with restore (Undo)', async () => {
    const { session } = await newSession();
    session.update({ thingsToWorkOn: 'Cook' });
    session.update({ thingsToWorkOn: 'Cook dinner' });
    const deleted = await session.remove();
    expect(session.state).toBe('deleted');
    expect(deleted.data['thingsToWorkOn']).toBe('Cook dinner');
    expect(await getRecord(session.recordId)).toBeUndefined();
    expect(await readJournal(session.recordId)).toBeUndefined();
    session.update({ thingsToWorkOn: 'ignored' });
    expect(session.flushToJournal()).toBe(true);
    expect(await readJournal(session.recordId)).toBeUndefined();
    await session.restore(deleted);
    expect(session.state).toBe('saved');
    expect(await getRecord(session.recordId)).toEqual(deleted);
  });

  it('after stop() nothing is written anywhere, not even the journal', async () => {
    const { session } = await newSession();
    session.update({ thingsToWorkOn: 'one' });
    await session.flush();
    session.stop(new StorageError('not-found'));
    session.update({ thingsToWorkOn: 'two' });
    expect(session.flushToJournal()).toBe(true);
    await session.save();
    expect(await readJournal(session.recordId)).toBeUndefined();
    expect((await getRecord(session.recordId))?.data['thingsToWorkOn']).toBe('one');
    expect(session.isStopped).toBe(true);
  });

  it('two tabs: the later save is refused as a conflict, and the person chooses', async () => {
    const a = (await newSession()).session;
    a.update({ thingsToWorkOn: 'start' });
    await a.flush();
    const b = (await newSession(a.recordId)).session;
    a.update({ thingsToWorkOn: 'from A' });
    b.update({ thingsToWorkOn: 'from B' });
    await a.flush();
    await b.flush();
    expect(b.state).toBe('conflict');
    expect(b.theirs?.data['thingsToWorkOn']).toBe('from A');
    expect((await getRecord(a.recordId))?.data['thingsToWorkOn']).toBe('from A');
    await b.keepMine();
    expect(b.state).toBe('saved');
    expect((await getRecord(a.recordId))?.data['thingsToWorkOn']).toBe('from B');
    // A has nothing unsaved, so it simply shows B's answers.
    await a.otherTabSaved();
    expect(a.values['thingsToWorkOn']).toBe('from B');
  });

  it('a record deleted in another tab: the typing stays, and saving again makes it again', async () => {
    const a = (await newSession()).session;
    a.update({ thingsToWorkOn: 'mine' });
    await a.flush();
    const b = (await newSession(a.recordId)).session;
    await b.remove();
    a.update({ thingsToWorkOn: 'mine, more' });
    await a.otherTabSaved();
    expect(a.state).toBe('error');
    expect(a.error?.kind).toBe('not-found');
    await a.save();
    expect(a.state).toBe('saved');
    expect((await getRecord(a.recordId))?.data['thingsToWorkOn']).toBe('mine, more');
  });

  it('a save that lost the race to another tab is never reported as saved', async () => {
    const a = (await newSession()).session;
    a.update({ thingsToWorkOn: 'x' });
    await a.flush();
    await saveRecord(a.recordId, { thingsToWorkOn: 'elsewhere' }, 1);
    a.update({ thingsToWorkOn: 'y' });
    await a.flush();
    expect(a.state).toBe('conflict');
    expect((await getRecord(a.recordId))?.data['thingsToWorkOn']).toBe('elsewhere');
    a.takeTheirs();
    expect(a.values['thingsToWorkOn']).toBe('elsewhere');
    expect(await readJournal(a.recordId)).toBeUndefined();
  });
});
