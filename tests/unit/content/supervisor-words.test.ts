/**
 * The supervisor pages and the backup review in plain words (issue 14), measured as the
 * forms are (tests/unit/forms/everyday-words.test.ts): the share of words outside the
 * everyday-word list stays at or under 12 %, and sentences stay short.
 *
 * - "For my supervisor", the peer mentor's page (`handover.*` up to the supervisor view)
 *   and the backup review in Settings (`settings.open` to `settings.unchanged`): peer
 *   mentors read these, so 12 words a sentence at most, as on their guide pages.
 * - The supervisor view and its billing summary (the rest of `handover.*`): 15, as on the
 *   supervisor's guide pages.
 *
 * Not counted, besides numbers and `{placeholders}`: the program words the forms' check
 * knows, and "backup" and "evaluation", which the hard-words list explains.
 */
import { describe, expect, test } from 'vitest';
import { en } from '~/i18n/en';
import type { Message } from '~/i18n';
import { isEveryday, wordsOf } from './everyday';

const MAX_SHARE = 0.12;
const EXPLAINED = ['backup', 'evaluation'];

const catalog: Readonly<Record<string, Message>> = en;
const keys = Object.keys(catalog);
/** The keys from `first` to `last`, in the catalog's order. */
const between = (first: string, last: string): string[] => keys.slice(keys.indexOf(first), keys.indexOf(last) + 1);
const handoverKeys = keys.filter((key) => key.startsWith('handover.'));
/** The supervisor view's words, from its title on; the line that tells a peer mentor about the file is theirs. */
const forSupervisors = new Set(between('handover.supervisorTitle', 'handover.homeSupervisor').filter((key) => key !== 'handover.linkLead'));

const parts = [
  { name: 'For my supervisor (peer mentor)', maxWords: 12, keys: handoverKeys.filter((key) => !forSupervisors.has(key)) },
  { name: 'supervisor view and billing summary', maxWords: 15, keys: handoverKeys.filter((key) => forSupervisors.has(key)) },
  { name: 'backup review (Settings)', maxWords: 12, keys: between('settings.open', 'settings.unchanged') },
];

/** Every text of a message: itself, or each plural form. */
const textsOf = (key: string): string[] => {
  const message = catalog[key];
  return message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string');
};

describe('supervisor pages and the backup review in plain words', () => {
  test.each(parts)('$name: at most 12 percent of the words outside everyday English', ({ keys: partKeys }) => {
    expect(partKeys.length).toBeGreaterThan(10);
    const words = partKeys.flatMap((key) => textsOf(key).flatMap(wordsOf));
    const hard = words.filter((word) => !isEveryday(word, EXPLAINED));
    const measured = hard.length / words.length;
    if (process.env['WB_WORD_SHARE']) console.log(`${(measured * 100).toFixed(1)} % of ${String(words.length)} words`);
    expect(measured, `${(measured * 100).toFixed(1)} % outside the list: ${hard.join(', ')}`).toBeLessThanOrEqual(MAX_SHARE);
  });

  test.each(parts)('$name: no sentence over $maxWords words', ({ keys: partKeys, maxWords }) => {
    const long = partKeys.flatMap((key) =>
      textsOf(key)
        .flatMap((text) => text.split(/(?<=[.?!])\s+/))
        .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > maxWords)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });
});
