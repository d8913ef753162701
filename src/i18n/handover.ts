/** The `t()` family over the `handover.*` words only, for browser code (see `index.ts`). */
import { handover } from './en/handover';
import { createTranslate } from './translate';

export const { t, tDate, tNumber } = createTranslate({ en: handover });
