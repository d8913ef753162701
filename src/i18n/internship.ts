/** The `t()` family over the `internship.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { internship } from './en/internship';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/internship')).internship : undefined;

export const { t } = createTranslate({ en: internship, ...(es ? { es } : {}) });
