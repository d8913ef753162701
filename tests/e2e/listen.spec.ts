/**
 * Read-aloud and hard words on form pages (issue 14): "Listen" beside every question and
 * at the top of every form, on the mentee, Internship and Settings pages; a hard word in
 * a question opens below its sentence; "Saved" stays on screen while one types. The
 * speech engine is a fake that records what it is asked to say (support/speech.ts).
 */
import { forms } from '~/forms';
import { allFields } from '~/lib/forms/fields';
import { formHref } from '~/lib/urls';
import { test, expect } from './support/fixtures';
import { fakeSpeech, spoken } from './support/speech';
import { addMentee, saveAboutMe } from './support/workbook';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** The first rating question of a peer mentor's own form (it opens without a mentee). */
const rated = forms.filter((def) => def.owner === 'mentor').flatMap((def) => allFields(def).filter((f) => f.kind === 'rating' && !f.showWhen).map((field) => ({ def, field })))[0]!;

test('Listen reads a question, its hint and its choices in order in the tablet voice, and every form, the mentee, Internship and Settings pages have it', async ({ page }) => {
  test.slow(); // every form page once
  // Voices arrive late, as in Chrome: the page waits for voiceschanged.
  await fakeSpeech(page, { delay: 5, lateVoices: true });
  await saveAboutMe(page);
  await page.goto(formHref(rated.def.id));
  const question = page.locator(`[data-field="${rated.field.name}"]`);
  const shown = async (selector: string) => (await question.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
  const [legend, hint] = [await shown('legend'), await shown('.wb-hint')];

  // By keyboard: Tab onto the question's Listen button and press Enter.
  await expect(question.locator('input').first()).toBeEnabled();
  await question.locator('input').first().focus();
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Listen' })).toBeFocused();
  await page.keyboard.press('Enter');
  const options = 'options' in rated.field ? rated.field.options : [];
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([
    legend.endsWith('?') ? legend : `${legend}.`,
    ...hint.split(/(?<=\.)\s+/),
    ...options.map((o) => `${o.value}: ${o.label}.${o.hint ? ` ${o.hint}` : ''}`),
  ]);
  // When it is done, the button says Listen again.
  await expect(question.getByRole('button', { name: 'Listen' })).toBeVisible();
  const said = await spoken(page);
  // The voice on the tablet, not the default one over the internet; each choice lit up as it is read.
  expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Tablet English']));
  expect(said.at(-1)!.highlighted).toContain(options.at(-1)!.label);
  await expect(page.locator('.wb-reading')).toHaveCount(0);

  // The Listen at the top reads the title and the introduction.
  await page.getByRole('button', { name: 'Listen' }).first().tap();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(said.length + rated.def.intro.length);
  const intro = (await spoken(page)).slice(said.length).map((s) => s.text);
  expect(intro[0]).toBe(rated.def.title);
  expect(intro.join(' ')).toContain(rated.def.intro.join(' '));

  // Every form page: one Listen at the top and one beside each question (follow-up questions hide theirs with them).
  for (const def of forms) {
    await page.goto(formHref(def.id));
    await expect(page.locator('button[data-listen]'), def.id).toHaveCount(allFields(def).length + 1);
    await expect(page.locator('[data-field]:has(> .wb-listen button[data-listen]), [data-field]:has(> .wb-listen > button[data-listen])'), def.id).toHaveCount(allFields(def).length);
  }
  // The mentee page, the Internship page and Settings read the whole page.
  const menteeId = await addMentee(page, 'Ana');
  for (const url of [`/mentees/view/?id=${menteeId}`, '/internship/', '/settings/']) {
    await page.goto(url);
    const before = (await spoken(page)).length;
    await page.getByRole('button', { name: 'Listen to this page' }).tap();
    await expect.poll(async () => (await spoken(page)).slice(before).map((s) => s.text)[0], url).toBe((await page.getByRole('heading', { level: 1 }).innerText()).trim());
  }
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
  const word = page.locator('[data-field] [data-hard-word]').first();
  const sentence = page.locator('[data-field]').locator('legend, .wb-label, .wb-hint, .wb-choice').filter({ has: page.locator(`[data-hard-word="${await word.getAttribute('data-hard-word')}"]`) });
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
