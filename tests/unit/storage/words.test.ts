/** `storageProblemText` (src/lib/storage-words.ts): the Easy Read words for each storage error kind. */
import { afterEach, describe, expect, it } from 'vitest';
import { setBuildLocale } from '~/i18n/locale';
import { StorageError, type StorageErrorKind } from '~/lib/storage';
import { setStorageWordsLoader, storageProblemText } from '~/lib/storage-words';

const kinds: StorageErrorKind[] = ['unavailable', 'quota', 'blocked', 'version-changed', 'conflict', 'not-found', 'unknown'];

describe('storageProblemText', () => {
  it('has words for every kind, anywhere and on saving, each saying what happened and what to do', async () => {
    for (const kind of kinds) {
      for (const place of [undefined, 'save'] as const) {
        const text = await storageProblemText(new StorageError(kind), place);
        expect(text, `${kind} ${place}`).not.toMatch(/^storage\./);
        expect(text.split('. ').length, `${kind} ${place}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps the wording the pages had', async () => {
    expect(await storageProblemText(new StorageError('quota'))).toBe(
      'This tablet is full. Your typing is still on screen. Save a backup file or print this form now.',
    );
    expect(await storageProblemText({ kind: 'blocked' })).toContain('Please close the workbook in your other tabs');
    expect(await storageProblemText({ kind: 'version-changed' })).toBe('The workbook was updated. Please reload the page. Your saved work is safe.');
    expect(await storageProblemText({ kind: 'quota' }, 'save')).toBe(
      'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
    );
    expect(await storageProblemText({ kind: 'blocked' }, 'save')).toBe(
      'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
    );
  });

  it('on opening: its own words for blocked and version-changed, one sentence set for everything else', async () => {
    expect(await storageProblemText({ kind: 'blocked' }, 'open')).toMatch(/You can fill in this form now, but it is not saved yet\.$/);
    expect(await storageProblemText({ kind: 'version-changed' }, 'open')).toBe('The workbook was updated. Please reload the page.');
    const other = await storageProblemText({ kind: 'unavailable' }, 'open');
    expect(other).toMatch(/^The workbook cannot save on this tablet right now\./);
    for (const kind of ['quota', 'unknown', 'not-found', 'conflict'] as const) expect(await storageProblemText({ kind }, 'open')).toBe(other);
  });
});

describe('storage words load when a problem happens', () => {
  const load = () => import('~/i18n/storage');
  afterEach(() => {
    setStorageWordsLoader(load);
    setBuildLocale('en');
  });

  it('loads them once, at the first problem, not before', async () => {
    let loads = 0;
    setStorageWordsLoader(() => {
      loads += 1;
      return load();
    });
    expect(loads).toBe(0);
    expect(await storageProblemText({ kind: 'quota' })).toMatch(/^This tablet is full\./);
    expect(await storageProblemText({ kind: 'blocked' }, 'save')).toMatch(/^The workbook is open in another tab\./);
    expect(loads).toBe(1);
  });

  it('when they cannot load (offline before they were kept), says a short message in the page language, and tries again next time', async () => {
    let fail = true;
    setStorageWordsLoader(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load()));
    expect(await storageProblemText({ kind: 'quota' }, 'save')).toBe('Something went wrong. Please try again. If it still does not work, ask your supervisor for help.');
    setBuildLocale('es');
    expect(await storageProblemText({ kind: 'quota' })).toBe('Algo salió mal. Inténtalo otra vez, por favor. ¿Sigue sin funcionar? Pide ayuda a tu supervisor.');
    setBuildLocale('en');
    fail = false;
    expect(await storageProblemText({ kind: 'quota' })).toMatch(/^This tablet is full\./);
  });
});
