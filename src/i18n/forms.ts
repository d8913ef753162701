/** The `t()` family over the `forms.*` words only, in English and Spanish, for form hooks and paper copies in browser code (see `index.ts`). */
import { forms } from './en/forms';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/forms')).forms : undefined;

export const { t } = createTranslate({ en: forms, ...(es ? { es } : {}) });
