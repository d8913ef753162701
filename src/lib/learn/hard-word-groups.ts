/**
 * The Hard words page lists every word A to Z, grouped by first letter.
 * Pure functions, so they are unit tested.
 */

/** The parts of a hard word these helpers need. */
export interface HardWordLike {
  id: string;
  data: { term: string };
}

/** One letter's words. */
export interface LetterGroup<T> {
  /** "A" to "Z", or "#" for words that start with a digit or a sign. */
  letter: string;
  /** An id for the letter's heading, e.g. "letter-a" ("letter-other" for "#"). */
  anchor: string;
  words: T[];
}

/** Compares terms A to Z, ignoring case and accents ("Circle of Support" sorts with "circle"). */
function byTerm(a: HardWordLike, b: HardWordLike): number {
  return a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** The letter a term is filed under. */
export function letterOf(term: string): string {
  const first = term.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Words sorted A to Z and grouped by first letter; "#" (digits, signs) comes first. */
export function groupByLetter<T extends HardWordLike>(words: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const word of [...words].sort(byTerm)) {
    const letter = letterOf(word.data.term);
    const list = groups.get(letter) ?? [];
    list.push(word);
    groups.set(letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, anchor: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`, words: list }));
}
