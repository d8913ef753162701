/** The `t()` family over the `settings.*` words only, for the Settings scripts (see `index.ts`). */
import { settings } from './en/settings';
import { createTranslate } from './translate';

export const { t, tList, tNumber } = createTranslate({ en: settings });
