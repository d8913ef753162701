/** The `t()` family over the `mentees.*` words only, for browser code (see `index.ts`). */
import { mentees } from './en/mentees';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: mentees });
