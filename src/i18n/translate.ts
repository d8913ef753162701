/**
 * The `t()` family over a set of catalogs, one per language. `~/i18n` makes it over the
 * whole catalog; the area entries (`~/i18n/learn`, `~/i18n/settings`, `~/i18n/storage`) make it over one
 * area, so a browser script carries only the words it can show.
 */
import {
  formatCalendarDate,
  formatList,
  formatMessage,
  formatNumber,
  splitPlaceholders,
  type Message,
  type Translation,
  type MessagePart,
  type MessageParams,
} from './format';
import { currentLocale, intlTags, type Locale } from './locale';

/** The `t()` family for catalogs with the keys `K`. */
export interface Translate<K extends string> {
  /**
   * The sentence for `key`, with its `{placeholders}` filled and the right plural form
   * (pass `count` for a plural message). A placeholder without a value stays visible.
   */
  t: (key: K, params?: MessageParams, locale?: Locale) => string;
  /**
   * A sentence with room for markup: placeholders without a value are left as parts for
   * the page to fill, e.g. with a link: `['Look in ', { placeholder: 'learn' }, '.']`.
   */
  tParts: (key: K, params?: MessageParams, locale?: Locale) => MessagePart[];
  /** The lines of a message written on more than one line (a `\n` between lines). */
  tLines: (key: K, params?: MessageParams, locale?: Locale) => string[];
  /** A calendar date ('YYYY-MM-DD') in words: "3 May 2026"; anything else as it is. */
  tDate: (date: string, locale?: Locale) => string;
  /** Phrases joined as a list: "a, b and c". */
  tList: (parts: readonly string[], locale?: Locale) => string;
  /** A number in the language's digits: "1,250". */
  tNumber: (n: number, locale?: Locale) => string;
}

/** Makes the `t()` family over one catalog per language. */
export function createTranslate<C extends Readonly<Record<string, Message>>>(
  catalogs: { readonly en: C } & Partial<Readonly<Record<Locale, Translation<C>>>>,
): Translate<keyof C & string> {
  const t = (key: keyof C & string, params?: MessageParams, locale: Locale = currentLocale()): string => {
    // A language whose words are not loaded (never on its own pages) falls back to English.
    const message = catalogs[locale]?.[key] ?? catalogs.en[key];
    return message === undefined ? key : formatMessage(message, locale, params);
  };
  return {
    t,
    tParts: (key, params, locale) => splitPlaceholders(t(key, params, locale)),
    tLines: (key, params, locale) => t(key, params, locale).split('\n'),
    tDate: (date, locale = currentLocale()) => formatCalendarDate(date, intlTags[locale].dates),
    tList: (parts, locale = currentLocale()) => formatList(parts, intlTags[locale].dates),
    tNumber: (n, locale = currentLocale()) => formatNumber(n, locale),
  };
}
