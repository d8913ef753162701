/**
 * Search: Pagefind finds the right pages, the result count is said once typing pauses,
 * the keyboard reaches the results, excerpts carry no HTML but <mark>, and only the
 * Search page's CSP allows WebAssembly ('wasm-unsafe-eval').
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the workbook' });
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('link');

/** Runs a search through the GET form address and waits for the answer. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/found for/);
}

test('the search box is labelled, has a hint, and a Search button', async ({ page }) => {
  await page.goto('/search/');
  await expect(box(page)).toBeVisible();
  await expect(box(page)).toHaveAccessibleDescription('Type a word, like gift or 90 hours.');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
});

test('"gift" finds the code of ethics first', async ({ page }) => {
  await search(page, 'gift');
  await expect(results(page).first()).toHaveAttribute('href', '/learn/code-of-ethics/');
  await expect(results(page).first()).toHaveText('Code of ethics');
});

test('"90 hours" finds becoming certified first', async ({ page }) => {
  await search(page, '90 hours');
  await expect(results(page).first()).toHaveAttribute('href', '/learn/becoming-certified/');
});

for (const word of ['rapport', 'confidential']) {
  test(`the hard word "${word}" finds its place on the Hard words page`, async ({ page }) => {
    await search(page, word);
    const link = page.getByRole('region', { name: 'Results' }).locator(`a[href="/hard-words/#${word}"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toContainText('Hard words');
    await link.click();
    await expect(page).toHaveURL(`/hard-words/#${word}`);
    await expect(page.locator(':target')).toBeInViewport();
  });
}

test('words people type find the workbook’s words: "present", a whole question, "hrs"', async ({ page }) => {
  await search(page, 'present');
  await expect(status(page)).toContainText('found for “present”');
  await expect(results(page).first()).toHaveAttribute('href', '/learn/code-of-ethics/');
  await search(page, 'can I take a present');
  await expect(results(page).first()).toHaveAttribute('href', '/learn/code-of-ethics/');
  await search(page, 'hrs');
  await expect(page.getByRole('region', { name: 'Results' }).locator('a[href="/learn/becoming-certified/"]')).toHaveCount(1);
  await expect(page.locator('.wb-result__excerpt mark').first()).toHaveText(/hours?/i);
});

test('the forms and the Internship page are in the results', async ({ page }) => {
  await search(page, 'encounter');
  await expect(page.getByRole('region', { name: 'Results' }).locator('a[href="/forms/encounter/"]')).toHaveCount(1);
  await search(page, 'internship');
  await expect(page.getByRole('region', { name: 'Results' }).locator('a[href="/internship/"]')).toHaveCount(1);
});

test('results show a short excerpt with the word marked, and no other markup', async ({ page }) => {
  await search(page, 'gift');
  const excerpt = page.locator('.wb-result__excerpt').first();
  await expect(excerpt.locator('mark').first()).toHaveText(/gift/i);
  const tags = await page.locator('.wb-result__excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  expect(tags).toEqual(['MARK']);
});

test('the number of results is said once typing pauses, not on every key', async ({ page }) => {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    document.addEventListener('DOMContentLoaded', () => {
      const region = document.querySelector('[data-search-status]')!;
      new MutationObserver(() => { if (region.textContent) said.push(region.textContent); }).observe(region, { childList: true, characterData: true, subtree: true });
    });
  });
  // The page's clock is ours, so a slow machine cannot turn a gap between keys into a pause.
  await page.clock.install();
  await page.goto('/search/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  for (const key of 'mentee') {
    await box(page).press(key);
    await page.clock.runFor(120);
  }
  await expect(async () => {
    await page.clock.runFor(100);
    await expect(status(page)).toHaveText(/^\d+ pages? found for “mentee”\.$/, { timeout: 250 });
  }).toPass();
  const count = Number((await status(page).textContent())!.split(' ')[0]);
  await expect(results(page)).toHaveCount(count);
  // A search started by a short gap between keys would have been said before this one.
  await page.clock.runFor(1000);
  expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual([`${count} ${count === 1 ? 'page' : 'pages'} found for “mentee”.`]);
});

test('no results: says so, with tips', async ({ page }) => {
  await search(page, 'xylophonezz');
  await expect(status(page)).toHaveText('No pages found for “xylophonezz”.');
  await expect(page.getByRole('heading', { name: 'Tips' })).toBeVisible();
  await expect(page.getByText('Check the spelling.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Results' })).toBeHidden();
});

test('Search button and Enter run the search and keep it in the address', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('gift');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(results(page).first()).toHaveAttribute('href', '/learn/code-of-ethics/');
  await expect(page).toHaveURL('/search/?q=gift');
  await box(page).fill('90 hours');
  await box(page).press('Enter');
  await expect(results(page).first()).toHaveAttribute('href', '/learn/becoming-certified/');
  await expect(page).toHaveURL('/search/?q=90+hours');
});

test('Arrow keys and Tab reach the results', async ({ page }) => {
  await search(page, 'mentee');
  const links = results(page);
  expect(await links.count()).toBeGreaterThan(2);
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  // Tab: box, Search button, first result.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // (Chromium still hides <noscript> when scripts are turned off this way, so its message is not checked.)
  test('the form still sends the words in the address', async ({ page }) => {
    await page.goto('/search/');
    await box(page).fill('gift');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL('/search/?q=gift');
  });
});

/** The script-src sources in a built page's CSP meta tag. */
function scriptSources(path: string): string[] {
  const file = fileURLToPath(new URL(`../../dist${path.endsWith('/') ? `${path}index.html` : path}`, import.meta.url));
  const html = readFileSync(file, 'utf8');
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directive = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
  return directive.split(/\s+/).slice(1);
}

test('only the Search pages (English and Spanish) allow WebAssembly, and nothing looser', async ({ page }) => {
  await page.goto('/search/');
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const scriptSrc = (meta ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
  const sources = scriptSrc.split(/\s+/).slice(1);
  expect(sources).toContain("'wasm-unsafe-eval'");
  expect(sources).toContain("'self'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources.filter((s) => !s.startsWith("'sha256-"))).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
  expect(sources.filter((s) => !s.startsWith("'sha256-")).length).toBe(2);
  expect(scriptSources('/es/search/')).toContain("'wasm-unsafe-eval'");
  for (const path of builtPages().filter((p) => p !== '/search/' && p !== '/es/search/')) {
    expect(scriptSources(path), path).not.toContain("'wasm-unsafe-eval'");
  }
});
