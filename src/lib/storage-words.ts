/**
 * Storage problems in Easy Read words, from the catalog's `storage.*` keys. Storage
 * itself throws only error kinds (`StorageError#kind`); pages show these words.
 *
 * The words load when a problem first happens, not with the page: most visits have none.
 * If they cannot load (the tablet went offline before the service worker kept them), the
 * person still reads a short message in the page's language (`app.problemFallback`).
 */
import { appProblems } from '~/i18n/en/app';
import { appProblems as appProblemsEs } from '~/i18n/es/app';
import { currentLocale, type Locale } from '~/i18n/locale';
import { tMoment } from '~/i18n/moment';
import type { StorageError, StorageErrorKind } from '~/lib/storage';

/**
 * Where the problem happened, when the page wants words for that place:
 * `save` — saving the form on screen; `open` — the form page could not open storage at all.
 */
export type StorageProblemPlace = 'save' | 'open';

/** What a problem needs to be put in words: its kind, and for `wiped` the date of the last backup file. */
export type StorageProblem = Pick<StorageError, 'kind'> & { lastBackupAt?: string | undefined };

type Words = typeof import('~/i18n/storage');

const openKeys: Partial<Record<StorageErrorKind, 'storage.open.blocked' | 'storage.open.version-changed'>> = {
  blocked: 'storage.open.blocked',
  'version-changed': 'storage.open.version-changed',
};

const fallbacks: Readonly<Record<Locale, string>> = { en: appProblems['app.problemFallback'], es: appProblemsEs['app.problemFallback'] };

/** How the words are loaded; a test can put a failing loader in its place (`setStorageWordsLoader`). */
let loadWords: () => Promise<Words> = () => import('~/i18n/storage');
let words: Promise<Words> | undefined;

/** For tests: load the words with `load` from now on (and forget what was loaded). */
export function setStorageWordsLoader(load: () => Promise<Words>): void {
  loadWords = load;
  words = undefined;
}

/** The words, loaded once; undefined when they could not be loaded (asked again next time). */
async function storageWords(): Promise<Words | undefined> {
  words ??= loadWords();
  try {
    return await words;
  } catch {
    words = undefined;
    return undefined;
  }
}

/**
 * What happened and what to do, for a storage error (or just its kind). For `wiped`, it
 * also says how to get the work back (the last backup file and its date, `lastBackupAt`).
 */
export async function storageProblemText(error: StorageProblem, place?: StorageProblemPlace): Promise<string> {
  const loaded = await storageWords();
  if (!loaded) return fallbacks[currentLocale()];
  const { t } = loaded;
  const { kind } = error;
  if (place === 'open') return t(openKeys[kind] ?? 'storage.open.other');
  const text = place === 'save' ? t(`storage.save.${kind}`) : t(`storage.${kind}`);
  if (kind !== 'wiped') return text;
  const wayBack = error.lastBackupAt === undefined ? t('storage.wiped.noBackup') : t('storage.wiped.lastBackup', { moment: tMoment(error.lastBackupAt) });
  return `${text} ${wayBack}`;
}
