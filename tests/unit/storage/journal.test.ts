import { beforeEach, describe, expect, it } from 'vitest';
import { clearJournal, journalKey, listJournal, readJournal, reconcile, writeJournal } from '~/lib/storage';
import type { JournalEntry, StoredRecord } from '~/lib/storage';
import { clearAllJournal } from '~/lib/storage/journal';
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
  it('writes synchronously, reads back, lists newest first and clears', () => {
    expect(writeJournal(entry())).toBe(true);
    expect(storage.getItem(journalKey(recordId))).not.toBeNull();
    expect(journalKey(recordId)).toBe(`wb.journal.${recordId}`);
    expect(readJournal(recordId)).toEqual(entry());
    const other = entry({ recordId: 'other-1', savedAt: '2026-11-23T08:00:00.000Z', data: { a: 'x' } });
    expect(writeJournal(other)).toBe(true);
    storage.setItem('wb.settings', '{}');
    expect(listJournal().map((e) => e.recordId)).toEqual(['other-1', recordId]);
    clearJournal(recordId);
    expect(readJournal(recordId)).toBeUndefined();
    expect(listJournal()).toEqual([other]);
    clearAllJournal();
    expect(listJournal()).toEqual([]);
    expect(storage.getItem('wb.settings')).toBe('{}');
  });

  it('returns false instead of throwing when storage is full or missing', () => {
    storage.limit = 100;
    expect(writeJournal(entry())).toBe(false);
    expect(readJournal(recordId)).toBeUndefined();
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
    expect(readJournal(recordId, throwing)).toBeUndefined();
    expect(listJournal(throwing)).toEqual([]);
    expect(() => clearJournal(recordId, throwing)).not.toThrow();
    Object.defineProperty(globalThis, 'localStorage', { value: undefined, configurable: true, writable: true });
    expect(writeJournal(entry())).toBe(false);
    expect(listJournal()).toEqual([]);
  });

  it('ignores and removes damaged entries, never throws', () => {
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
    expect(readJournal('a1')).toBeUndefined();
    expect(listJournal()).toEqual([entry()]);
    for (const k of Object.keys(bad)) expect(storage.getItem(k), k).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps long typing (the journal is for rescue, without length limits)', () => {
    const long = entry({ data: { story: 'x'.repeat(30_000) } });
    expect(writeJournal(long)).toBe(true);
    expect(readJournal(recordId)).toEqual(long);
  });
});

describe('reconcile', () => {
  it('discards when the stored answers are the same, whatever the revisions', () => {
    const e = entry({ data: { a: '1', b: ['x', 'y'], s: null } });
    expect(reconcile(e, stored({ data: { b: ['x', 'y'], s: null, a: '1' }, revision: 3 }))).toEqual({ action: 'discard' });
    expect(reconcile(e, stored({ data: { a: '1', b: ['x', 'y'], s: null }, revision: 7 }))).toEqual({ action: 'discard' });
  });

  it('offers recovery when the typing never reached the database', () => {
    expect(reconcile(entry(), stored())).toEqual({ action: 'offer-recovery', savedAt: entry().savedAt, reason: 'not-saved' });
    expect(reconcile(entry({ baseRevision: 0 }), undefined)).toEqual({
      action: 'offer-recovery',
      savedAt: entry().savedAt,
      reason: 'record-missing',
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
    expect(reconcile(e, stored({ data: { ...base, c: null } })).action).toBe('offer-recovery');
    expect(reconcile(e, stored({ data: { a: '1', b: 'x,y' } })).action).toBe('offer-recovery');
    const sig = drawnSignature(2);
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: { ...sig } } })).action).toBe('discard');
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: { ...sig, signedAt: '2026-01-01' } } })).action).toBe(
      'offer-recovery',
    );
    expect(reconcile(entry({ data: { s: sig } }), stored({ data: { s: null } })).action).toBe('offer-recovery');
  });
});
