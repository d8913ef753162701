/** The `t()` family over the `handover.*` words only, in English and Spanish, for browser code (see `index.ts`). */
import { handover } from './en/handover';
import { handover as handoverEs } from './es/handover';
import { createTranslate } from './translate';

export const { t, tDate, tNumber } = createTranslate({ en: handover, es: handoverEs });
