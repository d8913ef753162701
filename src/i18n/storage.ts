/** The `t()` family over the `storage.*` words only, for `storageProblemText` in browser code (see `index.ts`). */
import { storage } from './en/storage';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: storage });
