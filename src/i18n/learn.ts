/** The `t()` family over the `learn.*` words only, for the Learn and Search scripts (see `index.ts`). */
import { learn } from './en/learn';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: learn });
