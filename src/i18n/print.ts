/** The `t()` family over the `print.*` words only, in English and Spanish, for the period print page's browser code (see `index.ts`). */
import { print } from './en/print';
import { print as printEs } from './es/print';
import { createTranslate } from './translate';

export const { t, tDate, tNumber } = createTranslate({ en: print, es: printEs });
