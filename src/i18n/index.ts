/**
 * The words catalog: `t('area.item', params)` gives the sentence to show, in the page's
 * language. Use it in `.astro` files (at build time), in Node and in browser code.
 * See `en/index.ts` for how the catalog is laid out.
 *
 * Browser scripts that must stay small import the same functions from an area entry
 * instead (`~/i18n/learn`, `~/i18n/settings`, `~/i18n/storage`; `~/i18n/moment` for `tMoment`): they
 * carry only that area's words, not the whole catalog.
 */
import { en } from './en';
import { es } from './es';
import type { Message } from './format';
import type { Locale } from './locale';
import { createTranslate } from './translate';

/** A key of the catalog. */
export type MessageKey = keyof typeof en;

/** A catalog: the same keys as the English one, each with a message. */
export type Catalog = { readonly [K in MessageKey]: Message };

const catalogs: Readonly<Record<Locale, Catalog>> = { en, es };

export const { t, tParts, tLines, tDate, tList, tNumber } = createTranslate(catalogs);
export { tMoment } from './moment';

export type { Locale } from './locale';
export type { Message } from './format';
