/** The `t()` family over the `settings.*` words only, in English and Spanish, for the Settings scripts (see `index.ts`). */
import { settings } from './en/settings';
import { settings as settingsEs } from './es/settings';
import { createTranslate } from './translate';

export const { t, tList, tNumber } = createTranslate({ en: settings, es: settingsEs });
