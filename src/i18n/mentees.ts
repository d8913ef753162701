/** The `t()` family over the `mentees.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { mentees } from './en/mentees';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/mentees')).mentees : undefined;

export const { t } = createTranslate({ en: mentees, ...(es ? { es } : {}) });
