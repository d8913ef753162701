/** The `t()` family over the `print.*` words only, for the period print page's browser code (see `index.ts`). */
import { print } from './en/print';
import { createTranslate } from './translate';

export const { t, tDate, tNumber } = createTranslate({ en: print });
