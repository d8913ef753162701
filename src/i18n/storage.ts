/** The `t()` family over the `storage.*` words only, in English and Spanish, for `storageProblemText` in browser code (see `index.ts`). */
import { storage } from './en/storage';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/storage')).storage : undefined;

export const { t } = createTranslate({ en: storage, ...(es ? { es } : {}) });
