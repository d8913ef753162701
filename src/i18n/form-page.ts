/** The `t()` family over the `formPage.*` words only, in English and Spanish, for the form page's scripts (see `index.ts`). */
import { formPage } from './en/form-page';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/form-page')).formPage : undefined;

export const { t } = createTranslate({ en: formPage, ...(es ? { es } : {}) });
