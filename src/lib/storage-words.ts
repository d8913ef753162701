/**
 * Storage problems in Easy Read words, from the catalog's `storage.*` keys. Storage
 * itself throws only error kinds (`StorageError#kind`); pages show these words.
 */
import { t } from '~/i18n/storage';
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

/** What happened and what to do, for a storage error (or just its kind). */
export function storageProblemText(error: Pick<StorageError, 'kind'>, place?: StorageProblemPlace): string {
  const { kind } = error;
  if (place === 'open') return t(openKeys[kind] ?? 'storage.open.other');
  if (place === 'save') return t(`storage.save.${kind}`);
  return t(`storage.${kind}`);
}
