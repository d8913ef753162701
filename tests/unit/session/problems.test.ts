import { describe, expect, it } from 'vitest';
import { t } from '~/i18n';
import { deletedElsewhere, openProblem, saveProblem, updatedElsewhere } from '~/lib/session/problems';
import type { StorageErrorKind } from '~/lib/storage';

const kinds: StorageErrorKind[] = ['quota', 'unavailable', 'blocked', 'version-changed', 'conflict', 'not-found', 'unknown'];

describe('what the form page says when saving does not work', () => {
  it('says the save words for every kind, and offers "Try to save again" for all but a changed version', async () => {
    for (const kind of kinds) {
      expect(await saveProblem(kind)).toEqual({ text: t(`storage.save.${kind}`), canRetry: kind !== 'version-changed', needsReload: kind === 'version-changed' });
    }
  });

  it('keeps the wording of the full tablet and of another tab', async () => {
    expect((await saveProblem('quota')).text).toBe(
      'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
    );
    expect((await saveProblem('blocked')).text).toBe(
      'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
    );
  });

  it('when storage cannot be opened: blocked can be tried again, a changed version needs a reload, anything else gets the general message', async () => {
    expect(await openProblem('blocked')).toEqual({ text: t('storage.open.blocked'), canRetry: true, needsReload: false });
    expect(await openProblem('version-changed')).toEqual({ text: t('storage.open.version-changed'), canRetry: false, needsReload: true });
    expect(await openProblem('unavailable')).toEqual({ text: t('storage.open.other'), canRetry: true, needsReload: false });
    expect((await openProblem('quota')).text).toBe(t('storage.open.other'));
  });

  it('after another tab updated or deleted everything, "Try to save again" is not offered', async () => {
    expect(await updatedElsewhere()).toEqual({ text: t('storage.save.version-changed'), canRetry: false, needsReload: true });
    expect(deletedElsewhere()).toEqual({ text: t('formPage.deletedEverywhere'), canRetry: false, needsReload: false });
  });
});
