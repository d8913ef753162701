/** The `t()` family over the `internship.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { internship } from './en/internship';
import { internship as internshipEs } from './es/internship';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: internship, es: internshipEs });
