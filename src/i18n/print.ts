/** The `t()` family over the `print.*` words only, in English and Spanish, for the period print page's browser code (see `index.ts`). */
import { print } from './en/print';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/print')).print : undefined;

export const { t, tDate, tNumber } = createTranslate({ en: print, ...(es ? { es } : {}) });
