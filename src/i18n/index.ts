/**
 * The words catalog: `t('area.item', params)` gives the sentence to show, in the page's
 * language. Use it in `.astro` files (at build time) and in browser code alike.
 * See `en/index.ts` for how the catalog is laid out.
 */
import { en } from './en';
import {
  formatCalendarDate,
  formatList,
  formatMessage,
  formatMomentParts,
  formatNumber,
  splitPlaceholders,
  type Message,
  type MessagePart,
  type MessageParams,
} from './format';

/** A key of the catalog. */
export type MessageKey = keyof typeof en;

/** A catalog: the same keys as the English one, each with a message. */
export type Catalog = { readonly [K in MessageKey]: Message };

/** The languages the workbook is written in. */
export const locales = ['en'] as const;
/** A language of the workbook. */
export type Locale = (typeof locales)[number];

const catalogs: Readonly<Record<Locale, Catalog>> = { en };

/**
 * How each language writes dates, times and lists, as `Intl` locale tags. English
 * calendar dates read "3 May 2026" (day first, as on the paper forms); moments keep the
 * tablet style they always had ("Sunday, November 22 at 2:05 PM").
 */
const intlTags: Readonly<Record<Locale, { dates: string; moments: string }>> = {
  en: { dates: 'en-GB', moments: 'en-US' },
};

/** The language the words are in now: the page's `lang`, else English. */
export function currentLocale(): Locale {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang.slice(0, 2);
  return (locales as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

/**
 * The sentence for `key`, with its `{placeholders}` filled and the right plural form
 * (pass `count` for a plural message). A placeholder without a value stays visible.
 */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = currentLocale()): string {
  const message = catalogs[locale][key] as Message | undefined;
  return message === undefined ? key : formatMessage(message, locale, params);
}

/**
 * A sentence with room for markup: placeholders without a value are left as parts for
 * the page to fill, e.g. with a link. `tParts('learn.searchTipLook')` gives
 * `['Look in ', { placeholder: 'learn' }, ' or ', { placeholder: 'hardWords' }, '.']`.
 */
export function tParts(key: MessageKey, params?: MessageParams, locale: Locale = currentLocale()): MessagePart[] {
  return splitPlaceholders(t(key, params, locale));
}

/** The lines of a message written on more than one line (a `\n` between lines). */
export function tLines(key: MessageKey, params?: MessageParams, locale: Locale = currentLocale()): string[] {
  return t(key, params, locale).split('\n');
}

/** A calendar date ('YYYY-MM-DD') in words in the page's language: "3 May 2026". */
export function tDate(date: string, locale: Locale = currentLocale()): string {
  return formatCalendarDate(date, intlTags[locale].dates);
}

/**
 * A moment (ISO 8601) in words, in the tablet's time zone: "Sunday, November 22 at
 * 2:05 PM"; "earlier" when it is not a moment.
 */
export function tMoment(iso: string, locale: Locale = currentLocale()): string {
  const parts = formatMomentParts(iso, intlTags[locale].moments);
  return parts ? t('app.moment', parts, locale) : t('app.momentUnknown', undefined, locale);
}

/** Phrases joined as a list in the page's language: "a, b and c". */
export function tList(parts: readonly string[], locale: Locale = currentLocale()): string {
  return formatList(parts, intlTags[locale].dates);
}

/** A number in the page's language: "1,250". */
export function tNumber(n: number, locale: Locale = currentLocale()): string {
  return formatNumber(n, locale);
}

export type { Message, MessagePart, MessageParams, PluralMessage } from './format';
