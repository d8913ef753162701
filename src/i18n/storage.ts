/** The `t()` family over the `storage.*` words only, in English and Spanish, for `storageProblemText` in browser code (see `index.ts`). */
import { storage } from './en/storage';
import { storage as storageEs } from './es/storage';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: storage, es: storageEs });
