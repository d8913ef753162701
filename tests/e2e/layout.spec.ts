import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';

const pages = builtPages();

/** Pages whose content is wider than the window at this size. */
async function pagesWiderThan(page: Page, width: number, height: number): Promise<string[]> {
  await page.setViewportSize({ width, height });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`${path}: ${scroll}px of content in ${client}px`);
  }
  return wide;
}

test('no page scrolls sideways at 320 px wide', async ({ page }) => {
  test.slow();
  expect(await pagesWiderThan(page, 320, 640)).toEqual([]);
});

test('no page scrolls sideways at 200% zoom on a 1024 px screen', async ({ page }) => {
  test.slow();
  // 200% zoom of a 1024×768 screen lays out like a 512×384 viewport.
  expect(await pagesWiderThan(page, 512, 384)).toEqual([]);
});

test('the skip link shows on focus, is big enough and moves focus to the main content', async ({ page }) => {
  await page.goto('/settings/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.width >= 44 && box.height >= 44 && box.y >= 0).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

// The 44 × 44 px targets and the page structure (one h1, one main, a title, headings in
// order) are checked on every page in a11y.spec.ts, with the page already open at 768 × 1024.
