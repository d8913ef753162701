/** The `t()` family over the `learn.*` words only, in English and Spanish, for the hard-word meanings, Listen and Search in browser code (see `index.ts`). */
import { learn } from './en/learn';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/learn')).learn : undefined;

export const { t } = createTranslate({ en: learn, ...(es ? { es } : {}) });
