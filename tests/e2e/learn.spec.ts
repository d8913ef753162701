/**
 * The Learn part: the contents page, a guide page's parts, Previous / Next, About and
 * Help, hard words (tap and keyboard), read aloud (with a fake speech engine that
 * records what it is asked to say), and printing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { fakeSpeech, spoken } from './support/speech';

/** The guide as the content files describe it: id, title, section, order. */
interface Entry { id: string; title: string; section: string; order: number }
const contentDir = fileURLToPath(new URL('../../content/learn/', import.meta.url));
const entries: Entry[] = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(contentDir + f, 'utf8').split('---')[1] ?? '';
    const field = (name: string) => (new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
    return { id: f.replace(/\.mdx$/, ''), title: field('title'), section: field('section'), order: Number(field('order')) };
  });
const inOrder = (section: string) => entries.filter((e) => e.section === section).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
const peerMentor = inOrder('peer-mentor');
const supervisor = inOrder('supervisor');
const guide = [...peerMentor, ...supervisor];

test('the content is there: peer-mentor and supervisor pages, About and Help', () => {
  expect(peerMentor.length).toBeGreaterThanOrEqual(2);
  expect(supervisor.length).toBeGreaterThanOrEqual(1);
  expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['about', 'help', 'code-of-ethics', 'becoming-certified']));
});

test.describe('the Learn page', () => {
  test('lists every guide page in order, in two parts, and not About or Help', async ({ page }) => {
    await page.goto('/learn/');
    await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
    for (const [name, pages] of [['For peer mentors', peerMentor], ['For supervisors and agencies', supervisor]] as const) {
      const part = page.getByRole('region', { name });
      await expect(part.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(part.getByRole('link')).toHaveText(pages.map((p) => p.title));
      for (const p of pages) await expect(part.getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', `/learn/${p.id}/`);
    }
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'About this workbook' })).toHaveCount(0);
    await expect(main.locator('a[href="/help/"], a[href="/about/"]')).toHaveCount(0);
  });

  test('a whole card opens its page when tapped', async ({ page }) => {
    await page.goto('/learn/');
    const first = peerMentor[0]!;
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: first.title, exact: true }) });
    const box = await card.boundingBox();
    // Tap near the bottom right of the card, away from the title.
    await page.mouse.click(box!.x + box!.width - 10, box!.y + box!.height - 10);
    await expect(page).toHaveURL(`/learn/${first.id}/`);
  });
});

test.describe('a guide page', () => {
  test('has breadcrumbs, the picture and title, the summary box, tools and contents', async ({ page }) => {
    const p = guide.find((e) => e.id === 'code-of-ethics')!;
    await page.goto(`/learn/${p.id}/`);
    await expect(page).toHaveTitle(`${p.title} – Learn – Peer Mentor Workbook`);
    const crumbs = page.getByRole('navigation', { name: 'You are here' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(crumbs.getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '/learn/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
    await expect(page.locator('.wb-box').filter({ hasText: 'This page is about' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Contents of this part' });
    await expect(contents.getByRole('link')).toHaveText(peerMentor.map((e) => e.title));
    await expect(contents.locator('[aria-current="page"]')).toHaveText(p.title);
    await expect(contents.locator('[aria-current="page"]')).toHaveCount(1);
  });

  test('Previous and Next go through the whole guide, peer-mentor pages then supervisor pages', async ({ page }) => {
    const prevNext = () => page.getByRole('navigation', { name: 'Previous and next page' });
    // First page: no Previous.
    await page.goto(`/learn/${guide[0]!.id}/`);
    await expect(prevNext().getByRole('link', { name: /^Previous page/ })).toHaveCount(0);
    await expect(prevNext().getByRole('link', { name: `Next page ${guide[1]!.title}` })).toBeVisible();
    // Last peer-mentor page: Next crosses to the first supervisor page.
    const lastPm = peerMentor[peerMentor.length - 1]!;
    await page.goto(`/learn/${lastPm.id}/`);
    await expect(prevNext().getByRole('link', { name: `Previous page ${peerMentor[peerMentor.length - 2]!.title}` })).toBeVisible();
    await prevNext().getByRole('link', { name: `Next page ${supervisor[0]!.title}` }).click();
    await expect(page).toHaveURL(`/learn/${supervisor[0]!.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(supervisor[0]!.title);
    // Its contents list is the supervisor part.
    await expect(page.getByRole('navigation', { name: 'Contents of this part' }).getByRole('link')).toHaveText(supervisor.map((e) => e.title));
    // Previous goes back.
    await prevNext().getByRole('link', { name: `Previous page ${lastPm.title}` }).click();
    await expect(page).toHaveURL(`/learn/${lastPm.id}/`);
    // Last page of all: no Next.
    await page.goto(`/learn/${guide[guide.length - 1]!.id}/`);
    await expect(prevNext().getByRole('link', { name: /^Next page/ })).toHaveCount(0);
  });

  test('Previous and Next are big targets and reachable with the keyboard', async ({ page }) => {
    await page.goto(`/learn/${guide[1]!.id}/`);
    const next = page.getByRole('link', { name: `Next page ${guide[2]!.title}` });
    const box = await next.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(120);
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/learn/${guide[2]!.id}/`);
  });
});

test.describe('About and Help', () => {
  for (const id of ['about', 'help']) {
    test(`/${id}/ shows the ${id} page with Home breadcrumbs and no Previous / Next`, async ({ page }) => {
      const entry = entries.find((e) => e.id === id)!;
      await page.goto(`/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
      const crumbs = page.getByRole('navigation', { name: 'You are here' });
      await expect(crumbs.getByRole('link')).toHaveText(['Home']);
      await expect(page.getByRole('navigation', { name: 'Previous and next page' })).toHaveCount(0);
      await expect(page.locator('.wb-box').filter({ hasText: 'This page is about' })).toBeVisible();
    });

    test(`/learn/${id}/ does not exist`, async ({ page, allowConsole }) => {
      allowConsole.push(/404|Not Found/i);
      const response = await page.goto(`/learn/${id}/`);
      expect(response?.status()).toBe(404);
    });
  }
});

test.describe('hard words', () => {
  /** The first hard word on the code of ethics page, and its meaning. */
  const firstWord = (page: Page) => page.getByRole('main').locator('button.wb-hardword__word').first();
  const meaningOf = async (page: Page) => page.locator(`[id="${await firstWord(page).getAttribute('aria-controls')}"]`);

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });
    test('a tap shows the meaning, another tap hides it', async ({ page }) => {
      await page.goto('/learn/code-of-ethics/');
      const word = firstWord(page);
      const meaning = await meaningOf(page);
      await expect(word).toHaveAttribute('aria-expanded', 'false');
      await expect(meaning).toBeHidden();
      await word.tap();
      await expect(word).toHaveAttribute('aria-expanded', 'true');
      await expect(meaning).toBeVisible();
      await expect(meaning.getByRole('link', { name: 'All hard words' })).toBeVisible();
      await word.tap();
      await expect(word).toHaveAttribute('aria-expanded', 'false');
      await expect(meaning).toBeHidden();
    });
  });

  test('Enter and Space open and close it, Escape closes it and keeps focus on the word', async ({ page }) => {
    await page.goto('/learn/code-of-ethics/');
    const word = firstWord(page);
    const meaning = await meaningOf(page);
    // Reach it with Tab from the page tools, as a keyboard user would.
    await page.getByRole('button', { name: 'Print this page' }).focus();
    for (let i = 0; i < 20 && !(await word.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(word).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(meaning).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(meaning).toBeHidden();
    await expect(word).toHaveAttribute('aria-expanded', 'false');
    await expect(word).toBeFocused();
    await page.keyboard.press('Space');
    await expect(meaning).toBeVisible();
    // Escape from the link inside the meaning also closes it and goes back to the word.
    await page.keyboard.press('Tab');
    await expect(meaning.getByRole('link', { name: 'All hard words' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(meaning).toBeHidden();
    await expect(word).toBeFocused();
  });

  test('the Hard words page lists every word A to Z with letter links, and #id opens at the word', async ({ page }) => {
    const words = (JSON.parse(readFileSync(fileURLToPath(new URL('../../content/hard-words.json', import.meta.url)), 'utf8')) as { id: string; term: string }[]);
    const sorted = [...words].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
    await page.goto('/hard-words/#confidential');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(sorted.map((w) => w.term));
    await expect(page.locator(':target')).toHaveText(words.find((w) => w.id === 'confidential')!.term);
    await expect(page.locator(':target')).toBeInViewport();
    const letters = page.getByRole('navigation', { name: 'Go to a letter' }).getByRole('link');
    const firstLetters = [...new Set(sorted.map((w) => w.term[0]!.toUpperCase()))];
    await expect(letters).toHaveText(firstLetters);
    await letters.filter({ hasText: /^R$/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Letter R' })).toBeInViewport();
  });
});

test.describe('read aloud', () => {
  test('reads the page one short piece at a time, in order, highlighting each part', async ({ page }) => {
    await fakeSpeech(page, { delay: 20 });
    await page.goto('/learn/code-of-ethics/');
    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    await expect(page.locator('[data-read-aloud-status]')).toHaveText('Finished. That is the end of the page.', { timeout: 20_000 });
    const said = await spoken(page);
    const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    expect(said.length).toBeGreaterThan(5);
    expect(said[0]!.text).toContain(h1);
    for (const s of said) {
      expect(s.text.length).toBeLessThanOrEqual(200);
      expect(s.text.length).toBeGreaterThan(0);
      // Not read: the tools, hidden meanings, the contents list, Previous / Next.
      expect(s.text).not.toMatch(/Read this page aloud|Print this page|All hard words|Contents of this part|Next page|Previous page|You are here/);
    }
    // The summary comes right after the title, and the headings in page order.
    const summary = (await page.locator('.wb-box').filter({ hasText: 'This page is about' }).locator('p').last().textContent())!.trim();
    const joined = said.map((s) => s.text).join(' ');
    expect(joined.indexOf(summary.slice(0, 30))).toBeGreaterThan(joined.indexOf(h1));
    const headings = (await page.getByRole('main').locator('.wb-learn__body h2').allTextContents()).map((t) => t.trim());
    const at = headings.map((h) => said.findIndex((s) => s.text === h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The highlight moves with the reading: the first piece is the heading, and it changes often.
    expect(said[0]!.highlighted).toBe(h1);
    expect(new Set(said.map((s) => s.highlighted)).size).toBeGreaterThan(5);
    for (const s of said) expect(s.highlighted.length).toBeGreaterThan(0);
    // When it is finished, nothing is highlighted and Pause and Stop are gone.
    await expect(page.locator('.wb-reading')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeHidden();
  });

  test('Pause, Resume and Stop change the buttons and say what is happening', async ({ page }) => {
    await fakeSpeech(page, { delay: 60_000 });
    await page.goto('/learn/code-of-ethics/');
    const status = page.locator('[data-read-aloud-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();

    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    await expect(status).toHaveText('Reading…');
    await expect(page.locator('.wb-reading')).toHaveText((await page.getByRole('heading', { level: 1 }).textContent())!);
    await expect(page.locator('.wb-reading')).toHaveCSS('background-color', 'rgb(255, 221, 0)');

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(status).toHaveText('Paused');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(true);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(status).toHaveText('Reading…');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(false);

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(status).toHaveText('Stopped');
    await expect(page.locator('.wb-reading')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeHidden();
    // Focus does not get lost when the Stop button goes away.
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeFocused();
    expect((await spoken(page)).length).toBe(1);
  });

  test('the keyboard works the controls, and reading stops when you leave the page', async ({ page }) => {
    await fakeSpeech(page, { delay: 60_000 });
    await page.goto('/learn/code-of-ethics/');
    await page.getByRole('button', { name: 'Read this page aloud' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-read-aloud-status]')).toHaveText('Reading…');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-read-aloud-status]')).toHaveText('Paused');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-read-aloud-status]')).toHaveText('Reading…');
    await page.goto('/learn/');
    const cancels = await page.evaluate(() => JSON.parse(sessionStorage.getItem('cancels') ?? '[]') as string[]);
    // Cancelled while still reading: that is the pagehide handler.
    expect(cancels).toContain('reading');
  });

  test('the controls stay hidden when the browser cannot speak', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
    });
    await page.goto('/learn/code-of-ethics/');
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeHidden();
    await expect(page.locator('[data-read-aloud-controls]')).toBeHidden();
  });
});

test.describe('printing', () => {
  test('Print this page opens the print window', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto('/learn/code-of-ethics/');
    await page.getByRole('button', { name: 'Print this page' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  });

  test('the printout has the text only: no navigation, tools, contents or Previous / Next', async ({ page }) => {
    await page.goto(`/learn/${guide[1]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'You are here' })).toBeHidden();
    await expect(page.locator('.wb-tools')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeHidden();
    await expect(page.locator('.wb-contents')).toBeHidden();
    await expect(page.locator('.wb-prevnext')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.wb-box').filter({ hasText: 'This page is about' })).toBeVisible();
    await expect(page.locator('.wb-point').first()).toBeVisible();
    // Pictures (inline SVG, .wb-pic) are small (about 1.5 cm, 57 px) and text is black on white.
    const widths = await page.locator('main :is(img, .wb-pic)').evaluateAll((imgs) => imgs.filter((i) => i.getClientRects().length).map((i) => i.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).color)).toBe('rgb(0, 0, 0)');
  });

  test('the printout explains hard words right after them', async ({ page }) => {
    await page.goto('/learn/code-of-ethics/');
    await page.emulateMedia({ media: 'print' });
    const word = page.getByRole('main').locator('.wb-hardword').first();
    await expect(word.locator('.wb-hardword__word')).toBeVisible();
    await expect(word.locator('.wb-hardword__meaning')).toBeVisible();
    await expect(word.locator('.wb-hardword__meaning a')).toBeHidden();
  });
});
