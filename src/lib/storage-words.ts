/**
 * Storage problems in Easy Read words, from the catalog's `storage.*` keys. Storage
 * itself throws only error kinds (`StorageError#kind`); pages show these words.
 */
import { t } from '~/i18n/storage';
import { tMoment } from '~/i18n/moment';
import type { StorageError, StorageErrorKind } from '~/lib/storage';

/**
 * Where the problem happened, when the page wants words for that place:
 * `save` — saving the form on screen; `open` — the form page could not open storage at all.
 */
export type StorageProblemPlace = 'save' | 'open';

const openKeys: Partial<Record<StorageErrorKind, 'storage.open.blocked' | 'storage.open.version-changed'>> = {
  blocked: 'storage.open.blocked',
  'version-changed': 'storage.open.version-changed',
};

/** How to get work back after a loss: the last backup file, with its date, or help. */
function wayBack(lastBackupAt: string | undefined): string {
  return lastBackupAt === undefined ? t('storage.wiped.noBackup') : t('storage.wiped.lastBackup', { moment: tMoment(lastBackupAt) });
}

/**
 * What happened and what to do, for a storage error (or just its kind). For `wiped`, it
 * also says how to get the work back (the last backup file and its date, `lastBackupAt`).
 */
export function storageProblemText(error: Pick<StorageError, 'kind'> & { lastBackupAt?: string | undefined }, place?: StorageProblemPlace): string {
  const { kind } = error;
  if (place === 'open') return t(openKeys[kind] ?? 'storage.open.other');
  const text = place === 'save' ? t(`storage.save.${kind}`) : t(`storage.${kind}`);
  return kind === 'wiped' ? `${text} ${wayBack(error.lastBackupAt)}` : text;
}
