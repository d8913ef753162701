/**
 * The words catalog: plural forms by Intl.PluralRules, placeholders, dates, moments and
 * lists, and that every message in the catalog is complete.
 */
import { describe, expect, test } from 'vitest';
import { t, tDate, tList, tMoment, tNumber, tParts, tLines, type Catalog, type MessageKey } from '~/i18n';
import { en } from '~/i18n/en';
import { app } from '~/i18n/en/app';
import { formPage } from '~/i18n/en/form-page';
import { formStory } from '~/i18n/en/form-story';
import { formAnswers } from '~/i18n/en/form-answers';
import { formPaper } from '~/i18n/en/form-paper';
import { forms } from '~/i18n/en/forms';
import { handover } from '~/i18n/en/handover';
import { internship } from '~/i18n/en/internship';
import { learn } from '~/i18n/en/learn';
import { mentees } from '~/i18n/en/mentees';
import { print } from '~/i18n/en/print';
import { settings } from '~/i18n/en/settings';
import { storage } from '~/i18n/en/storage';
import { storageBackup } from '~/i18n/en/storage-backup';
import { formatMessage, splitPlaceholders, type Message } from '~/i18n/format';
import * as formAnswerWords from '~/i18n/form-answers';
import * as formPaperWords from '~/i18n/form-paper';
import * as formPageWords from '~/i18n/form-page';
import * as formStoryWords from '~/i18n/form-story';
import * as handoverWords from '~/i18n/handover';
import * as learnWords from '~/i18n/learn';
import * as settingsWords from '~/i18n/settings';
import * as storageWords from '~/i18n/storage';
import * as storageBackupWords from '~/i18n/storage-backup';

const entries = Object.entries(en) as [MessageKey, Message][];
/** Each area's messages, by the area's name (the first part of every key); an area may be split into more files. */
const areas = { app, storage: { ...storage, ...storageBackup }, formPage, formStory, forms: { ...forms, ...formAnswers, ...formPaper }, mentees, print, internship, handover, settings, learn };
const plural = { one: '{count} meeting', other: '{count} meetings' };

/** Every text of a message: the string, or each plural form. */
const textsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values<string | undefined>({ ...message }).filter((text) => text !== undefined);
/** The placeholder names in a text, sorted. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('plural messages', () => {
  test('pick "one" for 1 and "other" for 0 and 2 in English', () => {
    expect(formatMessage(plural, 'en', { count: 1 })).toBe('1 meeting');
    expect(formatMessage(plural, 'en', { count: 2 })).toBe('2 meetings');
    expect(formatMessage(plural, 'en', { count: 0 })).toBe('0 meetings');
  });

  test('follow the language’s own rules (Arabic has a "two" form)', () => {
    const arabic = { one: 'one', two: 'two', few: 'few', other: 'other' };
    expect([1, 2, 3, 100].map((count) => formatMessage(arabic, 'ar', { count }))).toEqual(['one', 'two', 'few', 'other']);
  });

  test('fall back to "other" when the language’s form is missing', () => {
    expect(formatMessage({ other: '{count} x' }, 'en', { count: 1 })).toBe('1 x');
  });

  test('write the count as digits with the locale’s grouping', () => {
    expect(formatMessage(plural, 'en', { count: 1234 })).toBe('1,234 meetings');
    expect(tNumber(1250)).toBe('1,250');
  });

  test('catalog plurals say 1 mentee, 2 mentees and 0 mentees', () => {
    expect(t('settings.mentees', { count: 1 })).toBe('1 mentee');
    expect(t('settings.mentees', { count: 2 })).toBe('2 mentees');
    expect(t('settings.mentees', { count: 0 })).toBe('0 mentees');
    expect(t('learn.found', { count: 1, query: 'gift' })).toBe('1 page found for “gift”.');
    expect(t('learn.found', { count: 3, query: 'gift' })).toBe('3 pages found for “gift”.');
  });
});

describe('placeholders', () => {
  test('are filled from the parameters, numbers in the locale’s digits', () => {
    expect(t('app.backTo', { page: 'Learn' })).toBe('Back to Learn');
    expect(t('settings.biggestFile', { size: 20 })).toBe('The biggest file the workbook can open is 20 MB.');
  });

  test('stay visible when their value is missing, so the gap shows in tests and on screen', () => {
    expect(t('app.backTo')).toBe('Back to {page}');
    expect(formatMessage('{a} and {b}', 'en', { a: 'x' })).toBe('x and {b}');
  });

  test('left open can be filled with markup by the page', () => {
    expect(tParts('learn.tipLook')).toEqual(['Look in ', { placeholder: 'learn' }, ' or ', { placeholder: 'hardWords' }, '.']);
    expect(splitPlaceholders('{a}')).toEqual([{ placeholder: 'a' }]);
    expect(splitPlaceholders('no gaps')).toEqual(['no gaps']);
  });

  test('a message on more than one line comes back line by line', () => {
    expect(tLines('learn.lead')).toEqual(['Learn what a peer mentor does.', 'Pick a page to read.']);
  });
});

describe('dates, moments and lists', () => {
  test('a calendar date is written day, month in words, year', () => {
    expect(tDate('2026-05-03')).toBe('3 May 2026');
    expect(tDate('2026-12-31')).toBe('31 December 2026');
  });

  test('something that is not a date comes back as it was', () => {
    expect(tDate('2026-02-30')).toBe('2026-02-30');
    expect(tDate('soon')).toBe('soon');
  });

  test('a moment is its weekday, day and time', () => {
    // The tablet's own time zone decides the day and hour; the minutes stay.
    expect(tMoment('2026-11-22T14:05:00.000Z')).toMatch(/^\w+, November \d{1,2} at \d{1,2}:05\s[AP]M$/);
    expect(tMoment('not a moment')).toBe('earlier');
  });

  test('lists are joined the way people write them', () => {
    expect(tList([])).toBe('');
    expect(tList(['a'])).toBe('a');
    expect(tList(['a', 'b'])).toBe('a and b');
    expect(tList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('the English catalog', () => {
  test('has keys named area.item, each in the file of its area', () => {
    const bad = Object.entries(areas).flatMap(([area, messages]) =>
      Object.keys(messages).filter((key) => !new RegExp(`^${area}\\.[a-z][\\w.-]*$`).test(key)),
    );
    expect(bad).toEqual([]);
    expect(Object.values(areas).map((messages) => Object.keys(messages).length).reduce((a, b) => a + b, 0)).toBe(entries.length);
  });

  test('every message is non-empty, trimmed and has no HTML', () => {
    const problems = entries.flatMap(([key, message]) =>
      textsOf(message)
        .filter((text) => text.trim() === '' || text !== text.trim() || /<\/?[a-z][^>]*>/i.test(text))
        .map((text) => `${key}: "${text}"`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every plural message has an "other" form and a {count}, and its forms use the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, message] of entries) {
      if (typeof message === 'string') continue;
      const forms = textsOf(message);
      if (typeof message.other !== 'string') problems.push(`${key}: no "other" form`);
      for (const text of forms) {
        if (!placeholders(text).includes('count')) problems.push(`${key}: "${text}" does not say {count}`);
        if (placeholders(text).join() !== placeholders(message.other).join()) problems.push(`${key}: "${text}" has other placeholders than "other"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('a second language must have every key (checked by the type)', () => {
    const { 'app.name': name, ...withoutName } = en;
    // @ts-expect-error: a catalog without 'app.name' is not a Catalog.
    const missing: Catalog = withoutName;
    expect(name).toBe('Peer Mentor Workbook');
    expect('app.name' in missing).toBe(false);
    const complete: Catalog = { ...en };
    expect(Object.keys(complete).length).toBe(entries.length);
  });
});

describe('area entries for browser scripts', () => {
  const areas = [
    ['formPage', formPageWords.t],
    ['formStory', formStoryWords.t],
    ['handover', handoverWords.t],
    ['learn', learnWords.t],
    ['settings', settingsWords.t],
    ['storage', storageWords.t],
    ['storage.backup', storageBackupWords.t],
    ['forms.answer', formAnswerWords.t],
    ['forms.paper', formPaperWords.t],
  ] as const;
  /** A part of an area in a file of its own (`storage.backup`) is said by its own entry. */
  const ownEntry = (key: string, area: string): boolean => areas.some(([other]) => other !== area && other.startsWith(`${area}.`) && key.startsWith(`${other}.`));

  for (const [area, areaT] of areas) {
    test(`~/i18n/${area} says every ${area}.* message as ~/i18n does`, () => {
      const keys = entries.map(([key]) => key).filter((key) => key.startsWith(`${area}.`) && !ownEntry(key, area));
      const params = { count: 2, page: 'Learn', title: 'My role', query: 'gift' };
      expect(keys.length).toBeGreaterThan(10);
      for (const key of keys) expect((areaT as (k: string, p: object) => string)(key, params), key).toBe(t(key, params));
    });
  }

  test('lists and numbers read the same through an area entry', () => {
    expect(settingsWords.tList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(settingsWords.tNumber(1250)).toBe('1,250');
  });
});
