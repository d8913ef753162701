/** The `t()` family over the `learn.*` words only, in English and Spanish, for the Learn and Search scripts (see `index.ts`). */
import { learn } from './en/learn';
import { learn as learnEs } from './es/learn';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: learn, es: learnEs });
