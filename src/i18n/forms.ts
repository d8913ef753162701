/** The `t()` family over the `forms.*` words only, in English and Spanish, for form hooks and paper copies in browser code (see `index.ts`). */
import { forms } from './en/forms';
import { forms as formsEs } from './es/forms';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: forms, es: formsEs });
