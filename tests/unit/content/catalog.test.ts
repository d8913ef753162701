/**
 * The Easy Read checks of the Learn pages, run over every message of the words catalog
 * (src/i18n/en): no sentence over 20 words, inclusive and People First Language, no
 * technical words, numbers as digits, and a reading grade for the catalog as a whole.
 *
 * Each message (each plural form, each line) is one line of prose, so a failure names
 * the message's key. Placeholders read as a short word ("{count}" as "2").
 */
import { afterAll, describe, expect, test } from 'vitest';
import { en } from '~/i18n/en';
import type { Message } from '~/i18n';
import { languageProblems } from './language';
import { grade, longSentences, round1, sentences } from './prose';

/** The longest sentence allowed, in words (as on the Learn pages). */
const MAX_WORDS = 20;
/** The highest average reading grade for all the catalog's words together. */
const MAX_GRADE = 6;

/** Words a person should not meet on screen: words for programmers, and Latin short forms. */
const jargon: RegExp[] = [
  /\b(?:database|indexeddb|localstorage|sessionstorage|cache|quota|json|javascript|server|url|api|sync)\b/gi,
  /\b(?:error|invalid|exception|null|undefined|nan|submit|click(?:ed|ing)?|data)\b/gi,
  /\b(?:e\.g|i\.e|etc)\./gi,
];
/** Numbers written as words (Easy Read writes digits). "one" is left out: it is also a pronoun. */
const numberWords = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\b/gi;

/**
 * Messages that may break one rule, each with the reason. Keep this list short.
 * `rule` is the name a problem is reported under.
 */
const allowed: { key: string; rule: string; word: string; why: string }[] = [
  {
    key: 'app.description',
    rule: 'inclusive',
    word: 'Easy',
    why: '"Easy Read" is the name of the accessible format, not a word about a person.',
  },
  {
    key: 'app.homeDescription',
    rule: 'inclusive',
    word: 'Easy',
    why: '"Easy Read" is the name of the accessible format, not a word about a person.',
  },
  {
    key: 'settings.sizeNormal',
    rule: 'inclusive',
    word: 'Normal',
    why: 'The name of the usual text size, not a word about a person.',
  },
  {
    key: 'settings.formFileName',
    rule: 'jargon',
    word: 'json',
    why: 'The end of a file name: the tablet needs it to open the file again.',
  },
  {
    key: 'learn.searchNoScript',
    rule: 'jargon',
    word: 'JavaScript',
    why: 'Only people whose browser has JavaScript turned off see it, and they need its name to turn it on.',
  },
];

interface Line {
  key: string;
  text: string;
}

/** Every line of every message, with its key, placeholders read as a short word. */
function catalogLines(catalog: Readonly<Record<string, Message>>): Line[] {
  return Object.entries(catalog).flatMap(([key, message]) =>
    (typeof message === 'string' ? [message] : Object.values<string | undefined>({ ...message }).filter((text) => text !== undefined))
      .flatMap((text) => text.split('\n'))
      .map((text) => ({ key, text: text.replace(/\{(count|size)\}/g, '2').replace(/\{\w+\}/g, 'it') })),
  );
}

const lines = catalogLines(en);
/**
 * The catalog as prose: one message line per line, each read as sentences of its own
 * (a capital first letter and a stop at the end, as a phrase would be used in a sentence).
 */
const prose = lines
  .map(({ text }) => text.charAt(0).toUpperCase() + text.slice(1))
  .map((text) => (/[.!?:…]["”’]?$/.test(text) ? text : `${text}.`))
  .join('\n');
const keyOfLine = (n: number): string => lines[n - 1]?.key ?? '?';

function isAllowed(key: string, rule: string, word: string): boolean {
  return allowed.some((entry) => entry.key === key && entry.rule === rule && entry.word.toLowerCase() === word.toLowerCase());
}

describe('Easy Read checks over the words catalog', () => {
  const list = sentences(prose);

  afterAll(() => {
    const result = grade(list);
    console.log(`\nWords catalog: ${Object.keys(en).length} messages, ${result.sentences} sentences of 3 words or more, reading grade ${round1(result.average)}.`);
  });

  test('the catalog has messages to check', () => {
    expect(lines.length).toBeGreaterThan(100);
  });

  test(`no sentence is over ${MAX_WORDS} words`, () => {
    const long = longSentences(list, MAX_WORDS).map((s) => `${keyOfLine(s.line)}: ${s.words.length} words: "${s.text}"`);
    expect(long, long.join('\n')).toEqual([]);
  });

  test(`the catalog reads at grade ${MAX_GRADE} or lower`, () => {
    const result = grade(list);
    expect(result.average, `reading grade ${round1(result.average)}`).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('retext-equality and People First Language find nothing', async () => {
    const problems = await languageProblems('catalog', prose, (word, line) => {
      const n = prose.split('\n').indexOf(line) + 1;
      return isAllowed(keyOfLine(n), 'inclusive', word);
    });
    const named = problems.map((p) => p.replace(/^catalog:(\d+):/, (_, n: string) => `${keyOfLine(Number(n))}:`));
    expect(named, named.join('\n')).toEqual([]);
  });

  test('no words for programmers, and numbers as digits', () => {
    const problems: string[] = [];
    for (const { key, text } of lines) {
      for (const pattern of jargon) {
        for (const [word] of text.matchAll(pattern)) {
          if (!isAllowed(key, 'jargon', word)) problems.push(`${key}: "${word}" is a technical word: "${text}"`);
        }
      }
      for (const [word] of text.matchAll(numberWords)) {
        if (!isAllowed(key, 'digits', word)) problems.push(`${key}: write "${word}" as a number: "${text}"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every allow-list entry is still needed: its message still holds the word', () => {
    const stale = allowed.filter((entry) => !lines.some((line) => line.key === entry.key && line.text.toLowerCase().includes(entry.word.toLowerCase())));
    expect(stale.map((entry) => `${entry.key}: "${entry.word}"`)).toEqual([]);
  });
});
