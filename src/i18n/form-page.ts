/** The `t()` family over the `formPage.*` words only, in English and Spanish, for the form page's scripts (see `index.ts`). */
import { formPage } from './en/form-page';
import { formPage as formPageEs } from './es/form-page';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: formPage, es: formPageEs });
