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

test('every control is at least 44 × 44 px at 768 × 1024', async ({ page }) => {
  test.slow();
  const small: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
      for (const el of controls) {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('[hidden]')) continue;
        // A radio or checkbox counts with the label card that wraps it (the tap target).
        const target = (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) || el;
        const rects = Array.from(target.getClientRects());
        if (rects.length === 0) continue; // not rendered
        if (el.classList.contains('wb-skip-link')) continue; // off screen until focused; checked separately
        const tooSmall = rects.every((r) => r.width < 44 || r.height < 44);
        if (tooSmall) {
          const r = rects[0]!;
          out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      }
      return out;
    });
    for (const f of found) small.push(`${path}: ${f}`);
  }
  expect(small).toEqual([]);
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

test('every page has one h1, one main, a title that names it, and headings in order', async ({ page }) => {
  test.slow(); // opens every built page in turn
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const info = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main').length,
      title: document.title,
      h1Text: document.querySelector('h1')?.textContent?.trim() ?? '',
      levels: Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4')).map((h) => Number(h.tagName[1])),
    }));
    if (info.h1 !== 1) problems.push(`${path}: ${info.h1} h1`);
    if (info.main !== 1) problems.push(`${path}: ${info.main} main`);
    if (!info.title.endsWith('Peer Mentor Workbook')) problems.push(`${path}: title "${info.title}"`);
    info.levels.forEach((level, i) => {
      const previous = info.levels[i - 1] ?? 1;
      if (level > previous + 1) problems.push(`${path}: h${level} after h${previous}`);
    });
  }
  expect(problems).toEqual([]);
});
