/**
 * Read-aloud and hard words on form pages (issue 14): "Listen" beside every question and
 * at the top of every form, on the mentee, Internship and Settings pages; a hard word in
 * a question opens below its sentence; "Saved" stays on screen while one types. The
 * speech engine is a fake that records what it is asked to say (support/speech.ts).
 * That every page has its Listen buttons is checked in the built HTML, without a browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as nodeTest, type Locator } from '@playwright/test';
import { forms } from '~/forms';
import { t } from '~/i18n';
import { allFields } from '~/lib/forms/fields';
import { formHref } from '~/lib/urls';
import { test, expect } from './support/fixtures';
import { fakeSpeech, spoken } from './support/speech';
import { saveAboutMe } from './support/workbook';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** The first rating question of a peer mentor's own form (it opens without a mentee); its words name the peer mentor. */
const rated = forms.filter((def) => def.owner === 'mentor').flatMap((def) => allFields(def).filter((f) => f.kind === 'rating' && !f.showWhen).map((field) => ({ def, field })))[0]!;
/** A question of the same form with a hint and the paper form's words (the peer mentor's signature). */
const hinted = allFields(rated.def).find((f) => f.hint && f.official)!;
const MENTOR = 'Sam Lee';
/** What the paper form's words start with on screen: never read aloud. */
const officialStart = t('forms.field.official', { words: '' }).trim();

/** The built page at `url`, as served. */
const builtPage = (url: string): string => readFileSync(fileURLToPath(new URL(`../../dist${url}index.html`, import.meta.url)), 'utf8');
/** A question's Listen button (it reads the question it sits in: no target). */
const QUESTION_LISTEN = /<button\b[^>]*\bdata-listen(?=[\s>])[^>]*>/g;

nodeTest('every form page has a Listen at the top and one beside each question; the mentee, Internship and Settings pages have "Listen to this page"', () => {
  for (const def of forms) {
    const html = builtPage(formHref(def.id));
    expect(html.match(/<button\b[^>]*\bdata-listen="form-intro"/g), def.id).toHaveLength(1);
    expect(html).toContain('id="form-intro"');
    // Each question (follow-up questions too) holds exactly one, before the next question starts.
    const questions = html.split(/(?=<[a-z]+\b[^>]*\bdata-field=")/).slice(1);
    expect(questions.map((part) => /\bdata-field="([^"]+)"/.exec(part)![1]), def.id).toEqual(allFields(def).map((f) => f.name));
    for (const part of questions) expect(part.match(QUESTION_LISTEN), `${def.id} ${part.slice(0, 80)}`).toHaveLength(1);
    expect(html.match(QUESTION_LISTEN), def.id).toHaveLength(allFields(def).length);
  }
  for (const url of ['/mentees/view/', '/internship/', '/settings/']) {
    const html = builtPage(url);
    expect(html, url).toMatch(new RegExp(`<button\\b[^>]*\\bdata-listen="main"[^>]*>(?:(?!</button>).)*<span>${t('learn.listenPage')}</span></button>`, 's'));
    expect(html, url).toMatch(/<main\b[^>]*\bid="main"/);
  }
});

test('Listen reads a question with the person’s name and its choices, another with its hint, in order in the tablet voice, never the paper form’s words; the top one reads the introduction', async ({ page }) => {
  // Voices arrive late, as in Chrome: the page waits for voiceschanged.
  await fakeSpeech(page, { delay: 5, lateVoices: true });
  await saveAboutMe(page, MENTOR);
  await page.goto(formHref(rated.def.id));
  const question = page.locator(`[data-field="${rated.field.name}"]`);
  await expect(question.locator('.wb-name')).toHaveText(MENTOR);

  // By keyboard: Tab onto the question's Listen button and press Enter.
  await expect(question.locator('input').first()).toBeEnabled();
  await question.locator('input').first().focus();
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Listen' })).toBeFocused();
  await page.keyboard.press('Enter');
  const options = 'options' in rated.field ? rated.field.options : [];
  const sentences = (text: string | undefined) => (text ? text.split(/(?<=[.?!])\s+/).map((s) => (/[.?!]$/.test(s) ? s : `${s}.`)) : []);
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([
    ...sentences(rated.field.label.replace('{name}', MENTOR)),
    ...sentences(rated.field.hint),
    ...options.map((o) => `${o.value}: ${o.label}.${o.hint ? ` ${o.hint}` : ''}`),
  ]);
  // When it is done, the button says Listen again.
  await expect(question.getByRole('button', { name: 'Listen' })).toBeVisible();
  const said = await spoken(page);
  // The voice on the tablet, not the default one over the internet; each choice lit up as it is read.
  expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Tablet English']));
  expect(said.at(-1)!.highlighted).toContain(options.at(-1)!.label);
  await expect(page.locator('.wb-reading')).toHaveCount(0);

  // A question with a hint: the question, then the hint; the paper form's words are on screen but not read.
  const withHint = page.locator(`[data-field="${hinted.name}"]`);
  await expect(withHint.getByText(`${officialStart} ${hinted.official}`)).toBeVisible();
  await withHint.getByRole('button', { name: 'Listen' }).tap();
  const hint = (await withHint.locator('.wb-hint').innerText()).trim();
  await expect.poll(async () => (await spoken(page)).slice(said.length).map((s) => s.text)).toEqual([...sentences(hinted.label), ...sentences(hint)]);
  const heard = await spoken(page);
  expect(heard.filter((s) => s.text.includes(officialStart))).toEqual([]);

  // The Listen at the top reads the title and the introduction.
  await page.getByRole('button', { name: 'Listen' }).first().tap();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(heard.length + rated.def.intro.length);
  const intro = (await spoken(page)).slice(heard.length).map((s) => s.text);
  expect(intro[0]).toBe(rated.def.title);
  expect(intro.join(' ')).toContain(rated.def.intro.join(' '));
});

test('with no voice the Listen button says so; a hard word on a form opens below its sentence; Saved stays in view while typing', async ({ page }) => {
  await fakeSpeech(page, { delay: 5, voices: [] });
  await saveAboutMe(page);
  await page.goto(formHref('time-log-entry'));
  const first = page.locator('[data-field]').first();
  await expect(first.getByRole('button', { name: 'Listen' })).toBeEnabled();
  await first.getByRole('button', { name: 'Listen' }).tap();
  await expect(first.getByRole('status')).toHaveText('This tablet cannot read aloud. It has no reading voice. Ask someone to add one in the tablet settings.');
  expect(await spoken(page)).toEqual([]);

  // A hard word in a question's words: tap it, and its meaning opens under the whole sentence.
  // (A hard word inside a label has its own button after the label instead: see the next test.)
  const word = page.locator('[data-field] .wb-hardword__word[data-hard-word]').first();
  const sentence = page.locator('[data-field]').locator('legend, .wb-hint').filter({ has: page.locator(`[data-hard-word="${await word.getAttribute('data-hard-word')}"]`) });
  const wholeText = await sentence.evaluate((el) => el.textContent);
  await word.tap();
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  const meaning = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`);
  await expect(meaning).toBeVisible();
  await expect(meaning.getByRole('link', { name: 'All hard words' })).toBeVisible();
  expect(await sentence.evaluate((el) => el.textContent)).toBe(wholeText);
  const [sentenceBox, meaningBox] = [await sentence.boundingBox(), await meaning.boundingBox()];
  expect(meaningBox!.y).toBeGreaterThanOrEqual(sentenceBox!.y + sentenceBox!.height - 1);

  // "Saved" shows at the bottom of the screen while typing at the top of a long form.
  const box = page.locator('[data-field] input[type="text"], [data-field] textarea').first();
  await box.fill('Met at the library.');
  await expect(box).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeInViewport();
});

/** Taps the middle of the first `word` written in `within` (the word itself, wherever the browser draws it). */
async function tapWord(within: Locator, word: string): Promise<void> {
  await within.scrollIntoViewIfNeeded();
  const point = await within.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, word);
  expect(point, word).not.toBeNull();
  await within.page().touchscreen.tap(point!.x, point!.y);
}

test('a tap on a hard word inside a choice card picks the choice; the word\'s meaning opens from its own button, with the keyboard too', async ({ page }) => {
  await saveAboutMe(page);
  await page.goto(formHref('time-log-entry'));
  const card = page.locator('label.wb-choice').filter({ has: page.getByRole('radio', { name: /^Shadowing/ }) });
  const radio = card.getByRole('radio');
  // The word as the reader sees it in the card: a tap on it is a tap on the card.
  await tapWord(card, 'Shadowing');
  await expect(radio).toBeChecked();
  // Nothing you can press sits inside a choice card or a question's label (a button in a label takes the tap and is invalid HTML).
  expect(await page.locator('label button, label a, label [tabindex]').count()).toBe(0);
  // A tap on a hard word in a card that is not picked yet picks that card too.
  const other = page.getByRole('radio', { name: /^The Peer Mentor Retreat/ });
  await tapWord(page.locator('label.wb-choice').filter({ has: other }), 'Retreat');
  await expect(other).toBeChecked();

  // With the keyboard only: the card, then Tab to "What does … mean?" just after it; Enter opens the meaning; Escape closes it.
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await page.keyboard.press('Tab');
  const ask = page.getByRole('button', { name: 'What does “Shadowing” mean?' });
  await expect(ask).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveAttribute('aria-expanded', 'true');
  const meaning = page.locator(`[id="${await ask.getAttribute('aria-controls')}"]`);
  await expect(meaning).toBeVisible();
  await expect(meaning).toContainText('shadowing');
  await expect(meaning.getByRole('link', { name: 'All hard words' })).toBeVisible();
  // The meaning is under the card, not inside it: the card's name is still only its own words.
  await expect(card.locator('.wb-hardword__meaning')).toHaveCount(0);
  const [cardBox, meaningBox] = [await card.boundingBox(), await meaning.boundingBox()];
  expect(meaningBox!.y).toBeGreaterThanOrEqual(cardBox!.y + cardBox!.height - 1);
  await expect(radio).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(meaning).toBeHidden();
  await expect(ask).toBeFocused();
  await expect(radio).toBeChecked();
});
