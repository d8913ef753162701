import { describe, expect, it } from 'vitest';
import { t } from '~/i18n';
import { deletedElsewhere, openProblem, saveProblem, updatedElsewhere } from '~/lib/session/problems';
import type { StorageErrorKind } from '~/lib/storage';

const kinds: StorageErrorKind[] = ['quota', 'unavailable', 'blocked', 'version-changed', 'conflict', 'not-found', 'unknown'];

describe('what the form page says when saving does not work', () => {
  it('has a sentence for every kind, and offers "Try to save again" for all but a changed version', () => {
    for (const kind of kinds) {
      const problem = saveProblem(kind);

      expect(t(problem.key)).not.toBe(problem.key);
      expect(problem).toMatchObject({ canRetry: kind !== 'version-changed', needsReload: kind === 'version-changed' });
    }
  });

  it('keeps the wording of the full tablet and of another tab', () => {
    expect(t(saveProblem('quota').key)).toBe(
      'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
    );
    expect(t(saveProblem('blocked').key)).toBe(
      'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
    );
  });

  it('when storage cannot be opened: blocked can be tried again, a changed version needs a reload, anything else gets the general message', () => {
    expect(openProblem('blocked')).toEqual({ key: 'formPage.openProblem.blocked', canRetry: true, needsReload: false });
    expect(openProblem('version-changed')).toEqual({ key: 'formPage.openProblem.versionChanged', canRetry: false, needsReload: true });
    expect(openProblem('unavailable')).toEqual({ key: 'formPage.openProblem.other', canRetry: true, needsReload: false });
    expect(openProblem('quota').key).toBe('formPage.openProblem.other');
  });

  it('after another tab updated or deleted everything, "Try to save again" is not offered', () => {
    expect(updatedElsewhere).toMatchObject({ canRetry: false, needsReload: true });
    expect(deletedElsewhere).toMatchObject({ canRetry: false, needsReload: false });
  });
});
