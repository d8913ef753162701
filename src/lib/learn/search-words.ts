/**
 * What the Search page asks Pagefind for, from what a person typed: words the workbook
 * does not use are swapped for the ones it does ("present" → "gift", "hrs" → "hours"), and
 * the small words of a whole question are left out ("can I take a present" → "take gift").
 * Pagefind shows only pages that hold every word it knows, so "can" or "a" would hide the
 * page that answers the question. The lists live in content/search-words.json.
 */
import words from '../../../content/search-words.json';

const sameAs: Readonly<Record<string, string>> = words.sameAs;
const filler = new Set(words.filler);

/** The words to search for; the typed words when nothing but small words was typed. */
export function searchTerms(query: string): string {
  const typed = query.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const swapped = typed.map((word) => sameAs[word] ?? word);
  const kept = swapped.filter((word) => !filler.has(word));
  return (kept.length > 0 ? kept : swapped).join(' ');
}
