/**
 * The Spanish words catalog, first half (app, storage, formPage, formStory, forms, print,
 * learn): the same keys as the English areas, every message filled in, the same
 * `{placeholders}` as the English message (in every plural form), and Lectura Fácil's
 * short sentences: 15 words at most.
 */
import { describe, expect, test } from 'vitest';
import type { Message } from '~/i18n/format';
import { app as enApp } from '~/i18n/en/app';
import { formPage as enFormPage } from '~/i18n/en/form-page';
import { formStory as enFormStory } from '~/i18n/en/form-story';
import { formAnswers as enFormAnswers } from '~/i18n/en/form-answers';
import { formPaper as enFormPaper } from '~/i18n/en/form-paper';
import { forms as enForms } from '~/i18n/en/forms';
import { learn as enLearn } from '~/i18n/en/learn';
import { print as enPrint } from '~/i18n/en/print';
import { storage as enStorage } from '~/i18n/en/storage';
import { storageBackup as enStorageBackup } from '~/i18n/en/storage-backup';
import { app } from '~/i18n/es/app';
import { formPage } from '~/i18n/es/form-page';
import { formStory } from '~/i18n/es/form-story';
import { formAnswers } from '~/i18n/es/form-answers';
import { formPaper } from '~/i18n/es/form-paper';
import { forms } from '~/i18n/es/forms';
import { learn } from '~/i18n/es/learn';
import { print } from '~/i18n/es/print';
import { storage } from '~/i18n/es/storage';
import { storageBackup } from '~/i18n/es/storage-backup';

type Area = Readonly<Record<string, Message>>;

/** Each area: the English words and the Spanish ones. */
const areas: Record<string, { en: Area; es: Area }> = {
  app: { en: enApp, es: app },
  storage: { en: enStorage, es: storage },
  storageBackup: { en: enStorageBackup, es: storageBackup },
  formPage: { en: enFormPage, es: formPage },
  formStory: { en: enFormStory, es: formStory },
  forms: { en: enForms, es: forms },
  formAnswers: { en: enFormAnswers, es: formAnswers },
  formPaper: { en: enFormPaper, es: formPaper },
  print: { en: enPrint, es: print },
  learn: { en: enLearn, es: learn },
};

/** The longest sentence Lectura Fácil allows, in words. */
const MAX_WORDS = 15;

/** Every text of a message: the string, or each plural form, by name. */
const formsOf = (message: Message): [string, string][] =>
  typeof message === 'string'
    ? [['text', message]]
    : Object.entries(message).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

/** The placeholder names in a text, sorted, each once. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** Numbers stand in for digits (not words); any other placeholder reads as one word. */
const numberPlaceholders = /\{(?:count|number|max|min|megabytes|total|page|pages)\}/g;

/** Sentences of a text: split at . ! ? and line ends. */
const sentencesOf = (text: string): string[] =>
  text
    .replace(numberPlaceholders, '2')
    .replace(/\{\w+\}/g, 'X')
    .split(/[.!?\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Words of a sentence: the tokens with a letter in them. */
const wordsOf = (sentence: string): string[] => sentence.split(/\s+/).filter((token) => /\p{L}/u.test(token));

describe.each(Object.entries(areas))('Spanish catalog area %s', (_, { en, es }) => {
  test('has the same keys as the English area', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  test('every message is non-empty, and a plural message has an "other" form', () => {
    const problems = Object.entries(es).flatMap(([key, message]) => [
      ...formsOf(message)
        .filter(([, text]) => text.trim() === '')
        .map(([form]) => `${key} (${form}) is empty`),
      ...(typeof message !== 'string' && typeof message.other !== 'string' ? [`${key} has no "other" form`] : []),
      ...(typeof message !== typeof en[key] ? [`${key}: English is ${typeof en[key] === 'string' ? 'plain' : 'plural'}, Spanish is not`] : []),
    ]);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every message keeps the English placeholders, in every form', () => {
    const problems = Object.entries(es).flatMap(([key, message]) => {
      const english = en[key];
      if (english === undefined) return [`${key} is not in English`];
      const wanted = [...new Set(formsOf(english).flatMap(([, text]) => placeholders(text)))].sort();
      return formsOf(message)
        .filter(([, text]) => placeholders(text).join() !== wanted.join())
        .map(([form, text]) => `${key} (${form}): {${placeholders(text).join('} {')}} instead of {${wanted.join('} {')}}: "${text}"`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test(`no sentence is longer than ${MAX_WORDS} words`, () => {
    const long = Object.entries(es).flatMap(([key, message]) =>
      formsOf(message).flatMap(([form, text]) =>
        sentencesOf(text)
          .filter((sentence) => wordsOf(sentence).length > MAX_WORDS)
          .map((sentence) => `${key} (${form}): ${wordsOf(sentence).length} words: "${sentence}"`),
      ),
    );
    expect(long, long.join('\n')).toEqual([]);
  });
});

test('the Spanish words are all there', () => {
  const count = Object.values(areas).reduce((sum, { es }) => sum + Object.keys(es).length, 0);
  expect(count).toBe(Object.values(areas).reduce((sum, { en }) => sum + Object.keys(en).length, 0));
});
