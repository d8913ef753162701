/**
 * The Spanish words catalog, second half (mentees, internship, handover, settings): each
 * area has exactly the English keys; every message is filled in, keeps the English
 * message's {placeholders} (a plural message in each form, with Spanish's `one` and
 * `other`), and no sentence is over 15 words (Lectura Fácil).
 *
 * Sentences are split at . ! ? and line ends; words are the pieces with letters, and a
 * {placeholder} counts as one word. File names stay safe on every tablet: no accents or spaces.
 */
import { describe, expect, test } from 'vitest';
import type { Message } from '~/i18n';
import { handover as enHandover } from '~/i18n/en/handover';
import { internship as enInternship } from '~/i18n/en/internship';
import { mentees as enMentees } from '~/i18n/en/mentees';
import { settings as enSettings } from '~/i18n/en/settings';
import { handover as esHandover } from '~/i18n/es/handover';
import { internship as esInternship } from '~/i18n/es/internship';
import { mentees as esMentees } from '~/i18n/es/mentees';
import { settings as esSettings } from '~/i18n/es/settings';
import { spanishWords } from './spanish-readability';

/** The longest sentence allowed in Lectura Fácil, in words. */
const MAX_WORDS = 15;

/** Messages that are file names, or a part of one: plain letters, digits, dots and dashes only. */
const fileNameKeys = ['internship.logFileName', 'handover.csvFileName', 'settings.formFileName', 'settings.formFileNameFallback'];

type Catalog = Readonly<Record<string, Message>>;

const areas: { name: string; en: Catalog; es: Catalog }[] = [
  { name: 'mentees', en: enMentees, es: esMentees },
  { name: 'internship', en: enInternship, es: esInternship },
  { name: 'handover', en: enHandover, es: esHandover },
  { name: 'settings', en: enSettings, es: esSettings },
];

/** The {placeholders} of a text, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Every text of a message: the message itself, or each plural form with its name. */
function forms(message: Message): [string, string][] {
  if (typeof message === 'string') return [['', message]];
  return Object.entries(message).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** Sentences of a text: split at . ! ? and line ends. */
function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Words with letters in a sentence; a {placeholder} is one word. */
function wordCount(sentence: string): number {
  return spanishWords(sentence.replace(/\{\w+\}/g, 'x')).length;
}

describe.each(areas)('Spanish catalog: $name', ({ en, es }) => {
  test('has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  test('every message is filled in', () => {
    const empty = Object.entries(es).flatMap(([key, message]) =>
      forms(message)
        .filter(([, text]) => text.trim() === '')
        .map(([form]) => `${key}${form ? ` (${form})` : ''}`),
    );
    expect(empty).toEqual([]);
  });

  test('plural messages stay plural, with one and other; plain messages stay plain', () => {
    const wrong = Object.entries(en).flatMap(([key, english]) => {
      const spanish = es[key];
      if (spanish === undefined) return [];
      if (typeof english === 'string') return typeof spanish === 'string' ? [] : [`${key}: should be plain text`];
      if (typeof spanish === 'string') return [`${key}: should have plural forms`];
      return spanish.one === undefined || spanish.other === undefined ? [`${key}: needs one and other`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('keeps the English placeholders (in each plural form)', () => {
    const wrong = Object.entries(en).flatMap(([key, english]) => {
      const spanish = es[key];
      if (spanish === undefined) return [];
      return forms(spanish).flatMap(([form, text]) => {
        const englishText = typeof english === 'string' ? english : (new Map(forms(english)).get(form) ?? english.other);
        const want = placeholders(englishText);
        const got = placeholders(text);
        return want.join() === got.join() ? [] : [`${key}${form ? ` (${form})` : ''}: has {${got.join('}, {')}}, English has {${want.join('}, {')}}`];
      });
    });
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  test(`no sentence is over ${MAX_WORDS} words`, () => {
    const long = Object.entries(es).flatMap(([key, message]) =>
      forms(message).flatMap(([form, text]) =>
        sentencesOf(text)
          .filter((s) => wordCount(s) > MAX_WORDS)
          .map((s) => `${key}${form ? ` (${form})` : ''}: ${wordCount(s)} words: "${s}"`),
      ),
    );
    expect(long, long.join('\n')).toEqual([]);
  });
});

test('Spanish file names use only plain letters, digits, dots and dashes', () => {
  const all: Catalog = { ...esMentees, ...esInternship, ...esHandover, ...esSettings };
  const unsafe = fileNameKeys.filter((key) => {
    const message = all[key];
    return typeof message !== 'string' || !/^[a-z0-9.-]+$/.test(message.replace(/\{\w+\}/g, ''));
  });
  expect(unsafe).toEqual([]);
});
