/** The `t()` family over the signed-means-sealed words only, in English and Spanish (`formStory.*`), for the scripts that load them when needed. */
import { formStory } from './en/form-story';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/form-story')).formStory : undefined;

export const { t } = createTranslate({ en: formStory, ...(es ? { es } : {}) });
