/**
 * The words catalog: `t('area.item', params)` gives the sentence to show, in the page's
 * language. Use it in `.astro` files (at build time) and in browser code alike.
 * See `en/index.ts` for how the catalog is laid out.
 */
import { en } from './en';
import { formatCalendarDate, formatMessage, formatNumber, type Message, type MessageParams } from './format';

/** A key of the catalog. */
export type MessageKey = keyof typeof en;

/** A catalog: the same keys as the English one. */
export type Catalog = { readonly [K in MessageKey]: Message };

/** The languages the workbook is written in. */
export const locales = ['en'] as const;
/** A language of the workbook. */
export type Locale = (typeof locales)[number];

const catalogs: Readonly<Record<Locale, Catalog>> = { en };

/** The language the words are in now: the page's `lang`, else English. */
export function currentLocale(): Locale {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang.slice(0, 2);
  return (locales as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

/** The sentence for `key`, with its `{placeholders}` filled and the right plural form. */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = currentLocale()): string {
  return formatMessage(catalogs[locale][key], locale, params);
}

/** A calendar date ('YYYY-MM-DD') in words in the page's language: "3 May 2026". */
export function tDate(date: string, locale: Locale = currentLocale()): string {
  return formatCalendarDate(date, locale);
}

/** A number in the page's language: "1,250". */
export function tNumber(n: number, locale: Locale = currentLocale()): string {
  return formatNumber(n, locale);
}

export type { Message, MessageParams, PluralMessage } from './format';
