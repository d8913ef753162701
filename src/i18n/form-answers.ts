/** The `t()` family over the `forms.answer.*` words only (`en/form-answers.ts`), in English and Spanish, for the answer checks in browser code (see `index.ts`). */
import { formAnswers } from './en/form-answers';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/form-answers')).formAnswers : undefined;

export const { t } = createTranslate({ en: formAnswers, ...(es ? { es } : {}) });
