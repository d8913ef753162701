/**
 * Readability of Spanish text: the Fernández-Huerta index (the Spanish Flesch, as corrected
 * by Law 2011: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence) and
 * Szigriszt-Pazos / INFLESZ (206.835 − 62.3 × syllables per word − words per sentence).
 * Fernández-Huerta 80 or more reads as "easy"; INFLESZ 65 to 80 is "fácil", over 80 "muy fácil".
 *
 * Syllables are counted from the spelling: each group of vowels is one syllable, except that
 * two strong vowels (a, e, o, or an accented í or ú) side by side are two ("le-er", "dí-a").
 */

const vowel = /[aeiouáéíóúüy]/;
const strong = /[aeoáéóíú]/;

/** Syllables in one Spanish word ("comunidad" 4, "día" 2, "muy" 1, "que" 1). */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 0;
  let count = 0;
  // 'y' is a vowel only at the end of a word or between consonants ("hoy", "y"); before a vowel it is a consonant ("yo", "ayuda").
  const letters = [...w];
  let group = '';
  const flush = () => {
    if (group === '') return;
    const strongCount = [...group].filter((c) => strong.test(c)).length;
    count += Math.max(1, strongCount);
    group = '';
  };
  letters.forEach((c, i) => {
    const next = letters[i + 1];
    const isVowel = c === 'y' ? next === undefined || !vowel.test(next) : vowel.test(c);
    // The u of "que", "qui", "gue", "gui" is silent: it joins the vowel after it.
    if (isVowel) group += c;
    else flush();
  });
  flush();
  return Math.max(1, count);
}

/** The words of a sentence that have letters (numbers written as digits are not counted). */
export function spanishWords(sentence: string): string[] {
  return sentence.split(/[\s/–—-]+/).filter((token) => /[a-záéíóúüñ]/i.test(token));
}

/** Sentences of running text: split after . ! ? : ; and line ends. */
export function spanishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => spanishWords(s).length > 0);
}

export interface SpanishReadability {
  words: number;
  sentences: number;
  syllablesPerWord: number;
  wordsPerSentence: number;
  fernandezHuerta: number;
  inflesz: number;
}

/** Both indexes over the whole text. */
export function spanishReadability(text: string): SpanishReadability {
  const all = spanishSentences(text);
  const words = all.flatMap(spanishWords);
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const syllablesPerWord = syllables / Math.max(1, words.length);
  const wordsPerSentence = words.length / Math.max(1, all.length);
  return {
    words: words.length,
    sentences: all.length,
    syllablesPerWord,
    wordsPerSentence,
    fernandezHuerta: 206.84 - 0.6 * (100 * syllablesPerWord) - 1.02 * wordsPerSentence,
    inflesz: 206.835 - 62.3 * syllablesPerWord - wordsPerSentence,
  };
}
