/** The `t()` family over the `settings.*` words only, in English and Spanish, for the Settings scripts (see `index.ts`). */
import { settings } from './en/settings';
import { wordsNeeded } from './locale';
import { createTranslate } from './translate';

/** Spanish words: loaded only on Spanish pages, before any code that reads them runs (top-level await). */
const es = wordsNeeded('es') ? (await import('./es/settings')).settings : undefined;

export const { t, tList, tNumber } = createTranslate({ en: settings, ...(es ? { es } : {}) });
