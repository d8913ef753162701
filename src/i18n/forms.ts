/** The `t()` family over the `forms.*` words only, for form hooks and paper copies in browser code (see `index.ts`). */
import { forms } from './en/forms';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: forms });
