/**
 * Forms in plain words (issue 14): the bold question a person reads first, and the words
 * of every choice, use everyday words. For each form we count the words of its bold
 * questions and its choices that are not on an everyday-word list, and hold that share at
 * or under 12 %.
 *
 * The list is the New Dale–Chall list of about 3,000 words that most 4th graders know
 * (`dale-chall`), with regular forms of its words (tests/unit/content/everyday.ts). Not
 * counted at all: numbers, and the `{name}` place where the app puts a person's name.
 *
 * A few program words cannot be said in other words, and each one is explained on the
 * hard-words page (`content/hard-words.json`), so they are not counted either. Keep this
 * list small: a word belongs here only if it is in the hard-words list and the forms
 * cannot do without it.
 */
import { describe, expect, test } from 'vitest';
import hardWords from '../../../content/hard-words.json';
import { forms } from '~/forms';
import { allFields, optionsOf, questionParts, questionText } from '~/lib/forms/fields';
import type { FormDefinition } from '~/lib/forms/types';
import { isEveryday, PROGRAM_WORDS, wordsOf } from '../content/everyday';

const MAX_SHARE = 0.12;

/** The words a person reads in bold: every question's label and every choice's words. */
function boldWords(def: FormDefinition): string[] {
  const texts = allFields(def).flatMap((field) => [field.label, ...optionsOf(field).map((option) => option.label)]);
  return texts.flatMap(wordsOf);
}

function share(def: FormDefinition): { share: number; hard: string[] } {
  const words = boldWords(def);
  const hard = words.filter((word) => !isEveryday(word));
  return { share: hard.length / words.length, hard };
}

describe('forms in plain words', () => {
  test('the word check knows everyday words, their regular forms and the program words', () => {
    expect(isEveryday('meet')).toBe(true);
    expect(isEveryday('meetings')).toBe(true);
    expect(isEveryday('helped')).toBe(true);
    expect(isEveryday('didn’t')).toBe(true);
    expect(isEveryday('mentee')).toBe(true);
    expect(isEveryday('interaction')).toBe(false);
    expect(isEveryday('considerable')).toBe(false);
    expect(share({ ...forms[0]!, sections: [{ id: 's', title: 's', fields: [{ name: 'a', kind: 'text', label: 'Location of interaction' }] }] }).share).toBeCloseTo(2 / 3);
  });

  test('every program word that is not counted is explained in the hard-words list', () => {
    const explained = (hardWords as { term: string }[]).map((entry) => entry.term.toLowerCase());
    for (const word of PROGRAM_WORDS) expect(explained.some((term) => term === word || term.split(' ').includes(word)), word).toBe(true);
  });

  test('a question that names the person has the paper form’s words too (for the CSV and the paper), and official words differ from the plain ones', () => {
    for (const def of forms) {
      for (const field of allFields(def)) {
        if (field.label.includes('{name}')) expect(field.official, `${def.id}.${field.name}`).toBeTruthy();
        if (field.official) expect(field.official, `${def.id}.${field.name}`).not.toBe(field.label);
        for (const option of optionsOf(field)) if (option.official) expect(option.official).not.toBe(option.label);
      }
    }
  });

  test.each(forms.map((def) => ({ id: def.id, def })))('$id: at most 12 percent of the bold words are outside everyday English', ({ def }) => {
    const { share: measured, hard } = share(def);
    if (process.env['WB_WORD_SHARE']) console.log(`${def.id}: ${(measured * 100).toFixed(1)} %`);
    expect(measured, `${(measured * 100).toFixed(1)} % outside the list: ${hard.join(', ')}`).toBeLessThanOrEqual(MAX_SHARE);
  });
});

describe('a question that names the person', () => {
  test('puts the name in, and splits around it for the page (the name at every odd place)', () => {
    expect(questionText('Does {name} come on time?', 'Sam')).toBe('Does Sam come on time?');
    expect(questionParts('Does {name} come on time?')).toEqual(['Does ', '{name}', ' come on time?']);
    expect(questionParts('What does {name} do well? Is {name} ready?')).toEqual(['What does ', '{name}', ' do well? Is ', '{name}', ' ready?']);
    expect(questionParts('Where did you meet?')).toEqual(['Where did you meet?']);
  });
});
