/** The workbook's languages, and how each writes dates, times and lists. */

/** The languages the workbook is written in. */
const locales = ['en'] as const;
/** A language of the workbook. */
export type Locale = (typeof locales)[number];

/**
 * How each language writes dates, times and lists, as `Intl` locale tags. English
 * calendar dates read "3 May 2026" (day first, as on the paper forms); moments keep the
 * tablet style they always had ("Sunday, November 22 at 2:05 PM").
 */
export const intlTags: Readonly<Record<Locale, { dates: string; moments: string }>> = {
  en: { dates: 'en-GB', moments: 'en-US' },
};

/** The language the words are in now: the page's `lang`, else English. */
export function currentLocale(): Locale {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang.slice(0, 2);
  return (locales as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}
