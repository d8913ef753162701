/** The workbook's languages, and how each writes dates, times and lists. */

/** The languages the workbook is written in; the first is the default (pages at `/`, the others under `/<locale>/`). */
const locales = ['en', 'es'] as const;
/** A language of the workbook. */
export type Locale = (typeof locales)[number];

/** True when `value` is one of the workbook's languages. */
export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/**
 * How each language writes dates, times and lists, as `Intl` locale tags. English
 * calendar dates read "3 May 2026" (day first, as on the paper forms); moments keep the
 * tablet style they always had ("Sunday, November 22 at 2:05 PM"). Spanish is the Spanish
 * of the United States ("3 de mayo de 2026", "domingo, 22 de noviembre, 2:05 p. m.").
 */
export const intlTags: Readonly<Record<Locale, { dates: string; moments: string }>> = {
  en: { dates: 'en-GB', moments: 'en-US' },
  es: { dates: 'es-US', moments: 'es-US' },
};

/**
 * The language of the page being built. Astro builds one page at a time; the middleware
 * (`src/middleware.ts`) sets it from the page's address before the page renders.
 */
let buildLocale: Locale = 'en';

/** Sets the language of the page being built (build-time code only). */
export function setBuildLocale(locale: Locale): void {
  buildLocale = locale;
}

/** The language the words are in now: in the browser the page's `lang`, at build time the page being built's. */
export function currentLocale(): Locale {
  if (typeof document === 'undefined') return buildLocale;
  const lang = document.documentElement.lang.slice(0, 2);
  return isLocale(lang) ? lang : 'en';
}

/**
 * True when the words of `locale` must be loaded here: on a page in that language, and always
 * at build time (one build makes every language's pages). Browser word areas load another
 * language's words only then, so an English page never downloads Spanish.
 */
export function wordsNeeded(locale: Locale): boolean {
  return typeof document === 'undefined' || currentLocale() === locale;
}
