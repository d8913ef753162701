/**
 * What the Search page asks Pagefind for, from what a person typed: words the workbook
 * does not use are swapped for the ones it does ("present" → "gift", "hrs" → "hours"), and
 * the small words of a whole question are left out ("can I take a present" → "take gift").
 * Pagefind shows only pages that hold every word it knows, so "can" or "a" would hide the
 * page that answers the question. The lists live in content/search-words.json (English) and
 * content/search-words.es.json (Spanish).
 */
import { currentLocale, wordsNeeded, type Locale } from '~/i18n/locale';
import english from '../../../content/search-words.json';

/** The Spanish lists: loaded only on Spanish pages (top-level await). */
const spanish = wordsNeeded('es') ? (await import('../../../content/search-words.es.json')).default : english;

interface Lists {
  sameAs: Readonly<Record<string, string>>;
  filler: ReadonlySet<string>;
}
/** The lists by language (English stands in for Spanish on English pages, which never use it). */
const lists: Readonly<Record<Locale, Lists>> = {
  en: { sameAs: english.sameAs, filler: new Set(english.filler) },
  es: { sameAs: spanish.sameAs, filler: new Set(spanish.filler) },
};

/** The words to search for; the typed words when nothing but small words was typed. */
export function searchTerms(query: string, locale: Locale = currentLocale()): string {
  const { sameAs, filler } = lists[locale];
  const typed = query.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const swapped = typed.map((word) => sameAs[word] ?? word);
  const kept = swapped.filter((word) => !filler.has(word));
  return (kept.length > 0 ? kept : swapped).join(' ');
}
