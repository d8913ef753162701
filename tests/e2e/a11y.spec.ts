import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { expectContrastInPage, expectNoAxeViolations, smallTargets, structureProblems, withAxeInEveryPage } from './support/checks';

/**
 * One test per built page: every axe rule (WCAG A/AA/AAA, best practices, experimental) in
 * the default theme, then 7:1 contrast again in the dark and high-contrast themes, switched
 * on the open page the way Settings switches them (the `data-theme` attribute). One page
 * load and one axe injection per page instead of three keep the suite inside CI's time.
 * The same open page (768 × 1024) is checked for 44 × 44 px targets and its structure; in
 * high contrast, that every picture sits on a white plate; then it is resized to 320 px wide
 * and to 200% zoom of a 1024 × 768 screen (a 512 × 384 window), and at 320 px with the
 * largest text size (set the way Settings sets it): it must never scroll sideways.
 *
 * Each test then opens the same page in Spanish (`/es/…`) on the same tab and checks it the
 * same way, except the two extra themes: the Spanish page is drawn by the same components with
 * the same colours, and only its words differ (longer words are what can break a layout).
 */

/** How much wider than the window the page's content is at this size (0 when it fits). */
async function overflowAt(page: Page, width: number, height: number): Promise<string> {
  await page.setViewportSize({ width, height });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  return scroll > client ? `${scroll}px of content in ${client}px at ${width} × ${height}` : '';
}

/** Sideways scrolling at 320 px, at 200% zoom, and at 320 px with the largest text size. */
async function sidewaysProblems(page: Page): Promise<string[]> {
  const sideways = [await overflowAt(page, 320, 640), await overflowAt(page, 512, 384)];
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'largest';
  });
  sideways.push(await overflowAt(page, 320, 640));
  return sideways.filter(Boolean);
}

/** Structure, 44 px targets and every axe rule on the open page at 768 × 1024. */
async function expectSound(page: Page): Promise<void> {
  expect(await structureProblems(page), 'one h1, one main, a title naming the site, headings in order').toEqual([]);
  expect(await smallTargets(page), 'every control at least 44 × 44 px at 768 × 1024').toEqual([]);
  await expectNoAxeViolations(page);
}

// axe is in each page from the start (two pages a test): no injection after each opens.
test.beforeEach(async ({ context }) => {
  await withAxeInEveryPage(context);
});

const all = builtPages();
for (const path of all.filter((p) => !p.startsWith('/es/'))) {
  const spanish = all.includes(`/es${path}`) ? `/es${path}` : undefined;
  test(`no accessibility violations, 7:1 text contrast in every theme, 44 px targets, one h1 and headings in order, no sideways scrolling at 320 px or 200% zoom, in English and Spanish: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectSound(page);
    for (const theme of ['dark', 'high-contrast']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await expect(page.locator('html')).toHaveAttribute('data-scheme', theme);
      await expectContrastInPage(page, theme);
    }
    // High contrast is on: every picture sits on a white plate, so its black lines stay visible.
    const unplated = await page.evaluate(() =>
      [...document.querySelectorAll('img, svg.wb-pic')]
        .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).backgroundColor !== 'rgb(255, 255, 255)')
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unplated, 'pictures on a white plate in the high-contrast theme').toEqual([]);
    expect(await sidewaysProblems(page), 'no sideways scrolling at 320 px wide, at 200% zoom, or at 320 px with the largest text').toEqual([]);

    if (!spanish) return;
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(spanish);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expectSound(page);
    expect(await sidewaysProblems(page), `${spanish}: no sideways scrolling at 320 px wide, at 200% zoom, or at 320 px with the largest text`).toEqual([]);
  });
}

test('every Spanish page is checked with its English page', () => {
  const english = new Set(all.filter((p) => !p.startsWith('/es/')));
  expect(all.filter((p) => p.startsWith('/es/') && !english.has(p.slice(3)))).toEqual([]);
});
