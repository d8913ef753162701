/** The `t()` family over the `formPage.*` words only, for the form page's scripts (see `index.ts`). */
import { formPage } from './en/form-page';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: formPage });
