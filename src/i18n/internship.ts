/** The `t()` family over the `internship.*` words only, for browser code (see `index.ts`). */
import { internship } from './en/internship';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: internship });
