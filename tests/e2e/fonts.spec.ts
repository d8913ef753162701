/**
 * The cut-down fonts in a real browser: pages of plain text fetch only the two small core
 * files (that is what the byte budgets count), and a letter outside them, like the "ë"
 * in a name, brings in the whole latin file, so it still shows in the workbook's font.
 */
import { test, expect } from './support/fixtures';

const fontFiles = (urls: readonly string[]) => urls.filter((u) => u.endsWith('.woff2')).map((u) => (u.split('/').pop() ?? '').replace(/\.[^.]+\.woff2$/, ''));

test('pages of every kind fetch only the core fonts, and a name with "ë" brings in the rest', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));

  for (const path of ['/', '/learn/code-of-ethics/', '/hard-words/', '/search/?q=gift', '/settings/', '/internship/', '/forms/encounter/paper/', '/mentees/']) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    expect(new Set(fontFiles(fetched)), path).toEqual(new Set(['atkinson-core-400', 'atkinson-core-700']));
  }

  await expect(page.getByLabel('Name')).toBeVisible();
  await page.getByLabel('Name').fill('Zoë Brontë');
  await expect.poll(() => fontFiles(fetched)).toContain('atkinson-latin-400');
  // The file is asked for first and ready a moment later: wait for the font, like the page does.
  await expect.poll(() => page.evaluate(() => document.fonts.check('20px "Atkinson Hyperlegible Next"', 'Zoë'))).toBe(true);
});
