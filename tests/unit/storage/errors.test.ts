import { describe, expect, it } from 'vitest';
import { StorageError, isQuotaError, toStorageError } from '~/lib/storage';

describe('toStorageError', () => {
  it('maps quota errors by name and by code, from every browser', () => {
    const cases: unknown[] = [
      new DOMException('full', 'QuotaExceededError'),
      { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014, message: 'Persistent storage maximum size reached' },
      { name: 'SomethingOld', code: 22 },
      { code: 1014 },
      { name: 'NS_ERROR_DOM_QUOTA_REACHED' },
    ];
    for (const e of cases) {
      expect(isQuotaError(e), JSON.stringify(e)).toBe(true);
      const mapped = toStorageError(e);
      expect(mapped.kind).toBe('quota');
      expect(mapped.cause).toBe(e);
    }
  });

  it('maps unavailable storage', () => {
    for (const name of ['InvalidStateError', 'UnknownError', 'SecurityError']) {
      expect(toStorageError(new DOMException('x', name)).kind).toBe('unavailable');
    }
    expect(toStorageError(new ReferenceError('indexedDB is not defined')).kind).toBe('unavailable');
  });

  it('maps a newer database to version-changed, and other things to unknown', () => {
    expect(toStorageError(new DOMException('x', 'VersionError')).kind).toBe('version-changed');
    expect(toStorageError(new Error('boom')).kind).toBe('unknown');
    expect(toStorageError('a string').kind).toBe('unknown');
    expect(toStorageError(null).kind).toBe('unknown');
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError({ code: 23 })).toBe(false);
  });

  it('keeps a StorageError as it is', () => {
    const e = new StorageError('conflict');
    expect(toStorageError(e)).toBe(e);
    expect(e.name).toBe('StorageError');
    expect(e).toBeInstanceOf(Error);
  });

  it('has a short developer message, never page text', () => {
    const e = new StorageError('quota', { cause: new DOMException('full', 'QuotaExceededError') });
    expect(e.message).toBe('storage: quota');
    expect(new StorageError('blocked').message).not.toMatch(/Please|tablet/);
  });
});
