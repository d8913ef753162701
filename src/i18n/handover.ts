/** The `t()` family over the `handover.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { handover } from './en/handover';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/handover')).handover : undefined;

export const { t, tDate, tNumber } = createTranslate({ en: handover, ...(es ? { es } : {}) });
