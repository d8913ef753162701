import { test, expect } from './support/fixtures';

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

// The 44 × 44 px targets, the page structure (one h1, one main, a title, headings in order)
// and sideways scrolling at 320 px and 200% zoom are checked on every page in a11y.spec.ts,
// with the page already open.
