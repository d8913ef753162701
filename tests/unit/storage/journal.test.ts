import { beforeEach, describe, expect, it } from 'vitest';
import { baseOfChanges, clearJournal, journalKey, listJournal, readJournal, reconcile, withChanges, writeJournal } from '~/lib/storage';
import type { JournalEntry, StoredRecord } from '~/lib/storage';
import type { FormValues } from '~/lib/forms/types';
import { clearAllJournal } from '~/lib/storage/journal-all';
import { drawnSignature, installMemoryStorage } from '../helpers/db';
import type { MemoryStorage } from '../helpers/db';

let storage: MemoryStorage;
beforeEach(() => {
  storage = installMemoryStorage();
});

const recordId = '6f1c2d4e-1111-4222-8333-444455556666';

function entry(over: Partial<JournalEntry> = {}): JournalEntry {
  return {
    recordId,
    formId: 'encounter',
    personId: 'p1',
    baseRevision: 3,
    data: { whatWeDid: 'Bus practice', feelings: ['happy'], sig: drawnSignature(3), empty: null },
    savedAt: '2026-11-22T15:04:00.000Z',
    ...over,
  };
}

function stored(over: Partial<StoredRecord> = {}): StoredRecord {
  return {
    id: recordId,
    formId: 'encounter',
    formVersion: 1,
    personId: 'p1',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-22T15:00:00.000Z',
    status: 'draft',
    revision: 3,
    data: { whatWeDid: 'Bus', feelings: ['happy'], empty: null },
    date: '',
    ...over,
  };
}

describe('journal storage', () => {
  it('writes synchronously, reads back, lists newest first and clears', async () => {
    expect(writeJournal(entry())).toBe(true);
    expect(storage.getItem(journalKey(recordId))).not.toBeNull();
    expect(journalKey(recordId)).toBe(`wb.journal.${recordId}`);
    expect(await readJournal(recordId)).toEqual(entry());
    const other = entry({ recordId: 'other-1', savedAt: '2026-11-23T08:00:00.000Z', data: { a: 'x' } });
    expect(writeJournal(other)).toBe(true);
    storage.setItem('wb.settings', '{}');
    expect((await listJournal()).map((e) => e.recordId)).toEqual(['other-1', recordId]);
    clearJournal(recordId);
    expect(await readJournal(recordId)).toBeUndefined();
    expect(await listJournal()).toEqual([other]);
    clearAllJournal();
    expect(await listJournal()).toEqual([]);
    expect(storage.getItem('wb.settings')).toBe('{}');
  });

  it('returns false instead of throwing when storage is full or missing', async () => {
    storage.limit = 100;
    expect(writeJournal(entry())).toBe(false);
    expect(await readJournal(recordId)).toBeUndefined();
    storage.limit = Number.POSITIVE_INFINITY;
    const throwing = {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(writeJournal(entry(), throwing)).toBe(false);
    expect(await readJournal(recordId, throwing)).toBeUndefined();
    expect(await listJournal(throwing)).toEqual([]);
    expect(() => clearJournal(recordId, throwing)).not.toThrow();
    Object.defineProperty(globalThis, 'localStorage', { value: undefined, configurable: true, writable: true });
    expect(writeJournal(entry())).toBe(false);
    expect(await listJournal()).toEqual([]);
  });

  it('ignores and removes damaged entries, never throws', async () => {
    const bad: Record<string, string> = {
      'wb.journal.a1': 'not json {',
      'wb.journal.a2': '{"recordId":"a2"}',
      'wb.journal.a3': JSON.stringify({ ...entry({ recordId: 'a3' }), extra: 1 }),
      'wb.journal.a4': '{"recordId":"a4","formId":"encounter","personId":"p","baseRevision":1,"savedAt":"2026-01-01T00:00:00.000Z","data":{"__proto__":{"polluted":"yes"}}}',
      'wb.journal.a5': JSON.stringify(entry({ recordId: 'somebody-else' })),
      'wb.journal.a6': JSON.stringify({ ...entry({ recordId: 'a6' }), baseRevision: -1 }),
      'wb.journal.a7': JSON.stringify({ ...entry({ recordId: 'a7' }), savedAt: 'yesterday' }),
      'wb.journal.a8': 'null',
    };
    for (const [k, v] of Object.entries(bad)) storage.setItem(k, v);
    writeJournal(entry());
    expect(await readJournal('a1')).toBeUndefined();
    expect(await listJournal()).toEqual([entry()]);
    for (const k of Object.keys(bad)) expect(storage.getItem(k), k).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps long typing (the journal is for rescue, without length limits)', async () => {
    const long = entry({ data: { story: 'x'.repeat(30_000) } });
    expect(writeJournal(long)).toBe(true);
    expect(await readJournal(recordId)).toEqual(long);
  });
});

describe('reconcile', () => {
  it('discards when the stored answers are the same, whatever the revisions', () => {
    const e = entry({ data: { a: '1', b: ['x', 'y'], s: null } });
    expect(reconcile(e, stored({ data: { b: ['x', 'y'], s: null, a: '1' }, revision: 3 }))).toEqual({ action: 'discard' });
    expect(reconcile(e, stored({ data: { a: '1', b: ['x', 'y'], s: null }, revision: 7 }))).toEqual({ action: 'discard' });
  });

  it('offers recovery when the typing never reached the database, naming only the answers it changes', () => {
    expect(reconcile(entry(), stored())).toEqual({
      action: 'offer-recovery',
      savedAt: entry().savedAt,
      reason: 'not-saved',
      changes: [
        { field: 'whatWeDid', saved: 'Bus', unsaved: 'Bus practice' },
        { field: 'sig', saved: null, unsaved: drawnSignature(3) },
      ],
    });
    expect(reconcile(entry({ baseRevision: 0 }), undefined)).toEqual({
      action: 'offer-recovery',
      savedAt: entry().savedAt,
      reason: 'record-missing',
      changes: [
        { field: 'whatWeDid', saved: null, unsaved: 'Bus practice' },
        { field: 'feelings', saved: null, unsaved: ['happy'] },
        { field: 'sig', saved: null, unsaved: drawnSignature(3) },
      ],
    });
  });

  it('offers recovery when the record was saved elsewhere with different answers', () => {
    expect(reconcile(entry(), stored({ revision: 5 }))).toMatchObject({ action: 'offer-recovery', reason: 'changed-elsewhere' });
  });

  it('compares answers exactly: order of ticked choices, signatures, null and missing all count', () => {
    const base = { a: '1', b: ['x', 'y'] };
    const e = entry({ data: base });
    expect(reconcile(e, stored({ data: { a: '1', b: ['y', 'x'] } })).action).toBe('offer-recovery');
    expect(reconcile(e, stored({ data: { a: '1' } })).action).toBe('offer-recovery');
    // An empty answer is no answer: nothing to offer.
    expect(reconcile(e, stored({ data: { ...base, c: null, d: '', f: [] } })).action).toBe('discard');
    expect(reconcile(e, stored({ data: { a: '1', b: 'x,y' } })).action).toBe('offer-recovery');
    const sig = drawnSignature(2);
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: { ...sig } } })).action).toBe('discard');
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: { ...sig, signedAt: '2026-01-01' } } })).action).toBe(
      'offer-recovery',
    );
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: null } })).action).toBe('offer-recovery');
  });
});

describe('the journal never wins over newer saved data', () => {
  /** A journal entry as the session writes it: based on `saved` at revision 8, with `typed` on top. */
  function basedOn(saved: FormValues, typed: FormValues, savedAt = '2026-11-22T15:04:00.000Z'): JournalEntry {
    const data = { ...saved, ...typed };
    return entry({ baseRevision: 8, baseAt: '2026-11-22T15:03:00.000Z', base: baseOfChanges(data, saved), data, savedAt });
  }

  it('a crash left an older journal than the database: nothing is offered', () => {
    // The journal reached the disk while "Hello wor" was typed; the database saved the rest later.
    const old = basedOn({ notes: 'Hello wo', goal: 'Bus' }, { notes: 'Hello wor' });
    const newer = stored({ revision: 12, updatedAt: '2026-11-22T15:04:05.000Z', data: { notes: 'Hello world, this is saved.', goal: 'Bus' } });
    expect(reconcile(old, newer)).toEqual({ action: 'discard' });
    // Even when the saved answer went back to what it was, a newer save wins over an older journal: unless the
    // database still holds that answer as it was when the typing started.
    const cleared = stored({ revision: 12, updatedAt: '2026-11-22T15:04:05.000Z', data: { notes: '', goal: 'Bus' } });
    expect(reconcile(old, cleared)).toEqual({ action: 'discard' });
  });

  it('an entry written before base and session existed: a newer save wins, an older one is offered over', () => {
    const legacy = entry({ baseRevision: 3, data: { notes: 'typed' } });
    expect(reconcile(legacy, stored({ revision: 4, updatedAt: '2026-11-22T15:05:00.000Z', data: { notes: 'saved later' } }))).toEqual({ action: 'discard' });
    expect(reconcile(legacy, stored({ revision: 4, updatedAt: '2026-11-22T15:01:00.000Z', data: { notes: 'saved before' } }))).toMatchObject({
      action: 'offer-recovery',
      changes: [{ field: 'notes', saved: 'saved before', unsaved: 'typed' }],
    });
  });

  it("another tab saved other answers later: only the journal's own answers are offered, and kept field by field", () => {
    const mine = basedOn({ notes: 'Hello', goal: 'Bus' }, { notes: 'Hello there' });
    const later = stored({ revision: 9, updatedAt: '2026-11-22T15:09:00.000Z', data: { notes: 'Hello', goal: 'Train' } });
    const decision = reconcile(mine, later);
    expect(decision).toEqual({
      action: 'offer-recovery',
      savedAt: mine.savedAt,
      reason: 'changed-elsewhere',
      changes: [{ field: 'notes', saved: 'Hello', unsaved: 'Hello there' }],
    });
    if (decision.action !== 'offer-recovery') return;
    // Merged by field: the other tab's newer goal stays.
    expect(withChanges(later.data, decision.changes)).toEqual({ notes: 'Hello there', goal: 'Train' });
  });

  it('the same answer changed in both: the newer one wins', () => {
    const mine = basedOn({ notes: 'Hello' }, { notes: 'Mine' }, '2026-11-22T15:04:00.000Z');
    const savedLater = stored({ revision: 9, updatedAt: '2026-11-22T15:06:00.000Z', data: { notes: 'Theirs' } });
    expect(reconcile(mine, savedLater)).toEqual({ action: 'discard' });
    const savedBefore = stored({ revision: 9, updatedAt: '2026-11-22T15:03:30.000Z', data: { notes: 'Theirs' } });
    expect(reconcile(mine, savedBefore)).toMatchObject({ action: 'offer-recovery', changes: [{ field: 'notes', saved: 'Theirs', unsaved: 'Mine' }] });
  });

  it('a record replaced at the same revision (a backup opened) is not taken as unchanged', () => {
    const mine = basedOn({ notes: 'Hello' }, { notes: 'Mine' });
    const replaced = stored({ revision: 8, updatedAt: '2026-11-22T15:30:00.000Z', data: { notes: 'From the backup' } });
    expect(reconcile(mine, replaced)).toEqual({ action: 'discard' });
    const same = stored({ revision: 8, updatedAt: '2026-11-22T15:03:00.000Z', data: { notes: 'Hello' } });
    expect(reconcile(mine, same)).toMatchObject({ action: 'offer-recovery', reason: 'not-saved' });
  });

  it("keeps base, baseAt and session through localStorage; clearing with a session leaves another tab's entry", async () => {
    const mine = { ...basedOn({ notes: 'a' }, { notes: 'b' }), session: 'tab-1' };
    writeJournal(mine);
    expect(await readJournal(recordId)).toEqual(mine);
    clearJournal(recordId, undefined, 'tab-2');
    expect(await readJournal(recordId)).toEqual(mine);
    clearJournal(recordId, undefined, 'tab-1');
    expect(await readJournal(recordId)).toBeUndefined();
  });
});
