/** The `t()` family over the `forms.paper.*` words only (`en/form-paper.ts`), in English and Spanish, for the paper copies' browser code (see `index.ts`). */
import { formPaper } from './en/form-paper';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/form-paper')).formPaper : undefined;

export const { t } = createTranslate({ en: formPaper, ...(es ? { es } : {}) });
