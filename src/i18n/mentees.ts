/** The `t()` family over the `mentees.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { mentees } from './en/mentees';
import { mentees as menteesEs } from './es/mentees';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: mentees, es: menteesEs });
