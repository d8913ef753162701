/**
 * The Spanish search words (content/search-words.es.json) have the shape of the English
 * list, so the code that reads content/search-words.json can read them too.
 */
import { describe, expect, test } from 'vitest';
import english from '../../../content/search-words.json';
import spanish from '../../../content/search-words.es.json';

/** How src/lib/learn/search-words.ts splits what a person typed. */
const asTyped = (word: string) => word.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu)?.join(' ');

describe('search-words.es.json', () => {
  test('has the same parts as search-words.json', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
    expect(Object.values(spanish.sameAs).every((word) => typeof word === 'string')).toBe(true);
    expect(spanish.filler.every((word) => typeof word === 'string')).toBe(true);
  });

  test('every word is one word, in small letters, as the search page reads it', () => {
    for (const word of [...Object.keys(spanish.sameAs), ...Object.values(spanish.sameAs), ...spanish.filler]) {
      expect(asTyped(word), word).toBe(word);
    }
  });

  test('a swapped word is never left out as a small word, and never swaps to itself', () => {
    const filler = new Set(spanish.filler);
    for (const [typed, used] of Object.entries(spanish.sameAs)) {
      expect(filler.has(used), `${typed} → ${used}`).toBe(false);
      expect(filler.has(typed), typed).toBe(false);
      expect(used).not.toBe(typed);
    }
    expect(new Set(spanish.filler).size).toBe(spanish.filler.length);
  });
});
