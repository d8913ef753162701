import { describe, expect, test, vi } from 'vitest';
import { formModules } from '~/forms';
import { recordDate, upgradeRecord } from '~/forms/records';
import type { StorageHooks } from '~/lib/storage/hooks';

const configureStorage = vi.fn<(hooks: Partial<StorageHooks>) => void>();
vi.mock('~/lib/storage/hooks', () => ({ configureStorage }));

describe('storage setup', () => {
  test('gives storage the forms\' record date and upgrade, once, when imported', async () => {
    await import('~/forms/storage-setup');

    expect(configureStorage).toHaveBeenCalledTimes(1);
    expect(configureStorage).toHaveBeenCalledWith({ recordDate, upgradeRecord });
  });

  test('recordDate is each form\'s date answer, or \'\' when it is missing, not a date, or the form is unknown', () => {
    for (const { record } of formModules) {
      expect(recordDate(record.id, { [record.dateField]: '2026-05-03' })).toBe('2026-05-03');
      expect(recordDate(record.id, { [record.dateField]: '2026-02-30' })).toBe('');
      expect(recordDate(record.id, {})).toBe('');
    }
    expect(recordDate('no-such-form', { date: '2026-05-03' })).toBe('');
  });

  test('upgradeRecord leaves records of the current version alone', () => {
    for (const { record } of formModules) {
      const data = { any: 'answer' };
      expect(upgradeRecord({ formId: record.id, formVersion: record.version, data })).toEqual({ formVersion: record.version, data });
    }
  });
});
