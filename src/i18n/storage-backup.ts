/** The `t()` family over the `storage.backup.*` words only (`en/storage-backup.ts`), in English and Spanish, for the backup code in browser code (see `index.ts`). */
import { storageBackup } from './en/storage-backup';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/storage-backup')).storageBackup : undefined;

export const { t } = createTranslate({ en: storageBackup, ...(es ? { es } : {}) });
