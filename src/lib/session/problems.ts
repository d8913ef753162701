/**
 * The "Not saved" problems of a form page: for each kind of storage problem, what the page
 * says and which buttons it offers ("Try to save again", "Reload the page"). The words
 * are the catalog's `storage.save.*` and `storage.open.*` (through `storageProblemText`), which
 * load when a problem first happens: those problems are promised.
 */
import { t } from '~/i18n/form-page';
import type { StorageError, StorageErrorKind } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

/** What the page shows about a storage problem. */
export interface SaveProblem {
  /** What happened and what to do, in Easy Read. */
  text: string;
  /** Offer "Try to save again". */
  canRetry: boolean;
  /** Offer "Reload the page" (and title the box "The workbook was updated"). */
  needsReload: boolean;
}

/**
 * A save that did not work. Every kind can be tried again except `version-changed`
 * (this tab's code is older than the database, so only a reload helps) and `wiped`.
 */
export async function saveProblem(error: StorageErrorKind | Pick<StorageError, 'kind' | 'lastBackupAt'>): Promise<SaveProblem> {
  const problem = typeof error === 'string' ? { kind: error } : error;
  const needsReload = problem.kind === 'version-changed';
  // After a loss there is nothing to save into: the words offer the backup file and print.
  return { text: await storageProblemText(problem, 'save'), canRetry: !needsReload && problem.kind !== 'wiped', needsReload };
}

/**
 * Storage could not be opened at all: the form works on screen only. A changed version
 * needs a reload; anything else can be tried again (`blocked`: once the other tab is
 * closed; otherwise it reloads the page when nothing was typed yet).
 */
export async function openProblem(kind: StorageErrorKind): Promise<SaveProblem> {
  const needsReload = kind === 'version-changed';
  return { text: await storageProblemText({ kind }, 'open'), canRetry: !needsReload, needsReload };
}

/** Another tab updated the workbook's database: this tab must reload (its typing is in the journal). */
export async function updatedElsewhere(): Promise<SaveProblem> {
  return { text: await storageProblemText({ kind: 'version-changed' }, 'save'), canRetry: false, needsReload: true };
}

/** Everything was deleted on purpose in another tab: nothing is offered but Print and a file. */
export function deletedElsewhere(): SaveProblem {
  return { text: t('formPage.deletedEverywhere'), canRetry: false, needsReload: false };
}

/**
 * The person of this new form was removed (in another tab): "Try to save again" could never
 * work, so the way out is a backup file of the form, which brings both back when opened.
 */
export function personGone(): SaveProblem {
  return { text: t('formPage.personGone'), canRetry: false, needsReload: false };
}
