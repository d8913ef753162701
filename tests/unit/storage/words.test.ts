/** `storageProblemText` (src/lib/storage-words.ts): the Easy Read words for each storage error kind. */
import { describe, expect, it } from 'vitest';
import { StorageError, type StorageErrorKind } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

const kinds: StorageErrorKind[] = ['unavailable', 'quota', 'blocked', 'version-changed', 'conflict', 'not-found', 'unknown'];

describe('storageProblemText', () => {
  it('has words for every kind, anywhere and on saving, each saying what happened and what to do', () => {
    for (const kind of kinds) {
      for (const place of [undefined, 'save'] as const) {
        const text = storageProblemText(new StorageError(kind), place);
        expect(text, `${kind} ${place}`).not.toMatch(/^storage\./);
        expect(text.split('. ').length, `${kind} ${place}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps the wording the pages had', () => {
    expect(storageProblemText(new StorageError('quota'))).toBe(
      'This tablet is full. Your typing is still on screen. Save a backup file or print this form now.',
    );
    expect(storageProblemText({ kind: 'blocked' })).toContain('Please close the workbook in your other tabs');
    expect(storageProblemText({ kind: 'version-changed' })).toBe('The workbook was updated. Please reload the page. Your saved work is safe.');
    expect(storageProblemText({ kind: 'quota' }, 'save')).toBe(
      'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
    );
    expect(storageProblemText({ kind: 'blocked' }, 'save')).toBe(
      'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
    );
  });

  it('on opening: its own words for blocked and version-changed, one sentence set for everything else', () => {
    expect(storageProblemText({ kind: 'blocked' }, 'open')).toMatch(/You can fill in this form now, but it is not saved yet\.$/);
    expect(storageProblemText({ kind: 'version-changed' }, 'open')).toBe('The workbook was updated. Please reload the page.');
    const other = storageProblemText({ kind: 'unavailable' }, 'open');
    expect(other).toMatch(/^The workbook cannot save on this tablet right now\./);
    for (const kind of ['quota', 'unknown', 'not-found', 'conflict'] as const) expect(storageProblemText({ kind }, 'open')).toBe(other);
  });
});
