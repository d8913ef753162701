/**
 * The everyday-word check shared by the forms' words test (tests/unit/forms/everyday-words.test.ts)
 * and the catalog's (supervisor pages, backup review): is a word on the New Dale–Chall list of
 * about 3,000 words most 4th graders know (`dale-chall`), in a regular form of it, or one of
 * the few program words explained on the hard-words page?
 *
 * As the Dale–Chall formula does, a regular form of a listed word counts as listed: -s, -es,
 * -ed, -d, -ing, -er, -est, -ly, -'s, and "n't".
 */
import { daleChall } from 'dale-chall';

/** Program words every form needs, each explained in the hard-words list. */
export const PROGRAM_WORDS = ['mentor', 'mentee', 'peer', 'internship', 'supervisor', 'agency'];

const everyday = new Set(daleChall.map((word) => word.toLowerCase()));

/** True when the word or a regular form of it is on the list (or is a program word, or one of `alsoKnown`). */
export function isEveryday(word: string, alsoKnown: readonly string[] = []): boolean {
  const w = word.toLowerCase().replace(/[’]/g, "'");
  const known = (stem: string): boolean => everyday.has(stem) || PROGRAM_WORDS.includes(stem) || alsoKnown.includes(stem);
  if (known(w)) return true;
  const stems: string[] = [];
  if (w.endsWith("n't")) stems.push(w.slice(0, -3), w.slice(0, -3).replace(/^wo$/, 'will').replace(/^ca$/, 'can'));
  if (w.endsWith("'s")) stems.push(w.slice(0, -2));
  for (const end of ['s', 'es', 'ed', 'd', 'ing', 'er', 'est', 'ly']) {
    if (w.endsWith(end) && w.length > end.length + 2) {
      const stem = w.slice(0, -end.length);
      stems.push(stem, `${stem}e`);
      if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1)); // stopped -> stop
      if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`); // tried -> try
    }
  }
  return stems.some(known);
}

/** The words of a text: letters (with an inner apostrophe), without placeholders such as `{name}` (and `{name}'s`) or numbers. */
export function wordsOf(text: string): string[] {
  return text.replace(/\{\w+\}(?:['’]s\b)?/g, ' ').match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
}
