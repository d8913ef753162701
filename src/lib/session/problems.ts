/**
 * The "Not saved" problems of a form page: for each kind of storage problem, which
 * sentence the page shows and which buttons it offers ("Try to save again", "Reload the
 * page"). Pure data: `FormSession` puts it on the page.
 */
import type { MessageKey } from '~/i18n';
import type { StorageErrorKind } from '~/lib/storage';

/** What the page shows about a storage problem. */
export interface SaveProblem {
  /** The sentence, in the words catalog. */
  key: MessageKey;
  /** Offer "Try to save again". */
  canRetry: boolean;
  /** Offer "Reload the page" (and title the box "The workbook was updated"). */
  needsReload: boolean;
}

const saveKeys: Readonly<Record<StorageErrorKind, MessageKey>> = {
  quota: 'formPage.saveProblem.quota',
  unavailable: 'formPage.saveProblem.unavailable',
  blocked: 'formPage.saveProblem.blocked',
  'version-changed': 'formPage.saveProblem.versionChanged',
  conflict: 'formPage.saveProblem.conflict',
  'not-found': 'formPage.saveProblem.notFound',
  unknown: 'formPage.saveProblem.unknown',
};

/**
 * A save that did not work. Every kind can be tried again except `version-changed`:
 * this tab's code is older than the database, so only a reload helps.
 */
export function saveProblem(kind: StorageErrorKind): SaveProblem {
  const needsReload = kind === 'version-changed';
  return { key: saveKeys[kind], canRetry: !needsReload, needsReload };
}

/**
 * Storage could not be opened at all: the form works on screen only. `blocked` (another
 * tab holds an old version) can be tried again; `version-changed` needs a reload; any
 * other kind can be tried again (it reloads the page when nothing was typed yet).
 */
export function openProblem(kind: StorageErrorKind): SaveProblem {
  if (kind === 'blocked') return { key: 'formPage.openProblem.blocked', canRetry: true, needsReload: false };
  if (kind === 'version-changed') return { key: 'formPage.openProblem.versionChanged', canRetry: false, needsReload: true };
  return { key: 'formPage.openProblem.other', canRetry: true, needsReload: false };
}

/** Another tab updated the workbook's database: this tab must reload (its typing is in the journal). */
export const updatedElsewhere: SaveProblem = { key: 'formPage.saveProblem.versionChanged', canRetry: false, needsReload: true };

/** Everything was deleted on purpose in another tab: nothing can be saved, and nothing is offered but Print and a file. */
export const deletedElsewhere: SaveProblem = { key: 'formPage.deletedEverywhere', canRetry: false, needsReload: false };
