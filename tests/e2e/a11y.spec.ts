import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { expectContrastInPage, expectNoAxeViolations, smallTargets, structureProblems } from './support/checks';

/**
 * One test per built page: WCAG 2.2 A and AA, best practices and AAA text contrast (7:1) in
 * the default theme, then 7:1 contrast again in the dark and high-contrast themes, switched
 * on the open page the way Settings switches them (the `data-theme` attribute). One page
 * load and one axe injection per page instead of three keep the suite inside CI's time.
 * The same open page (768 × 1024) is checked for 44 × 44 px targets and its structure.
 */
for (const path of builtPages()) {
  test(`no accessibility violations, 7:1 text contrast in every theme, 44 px targets, one h1 and headings in order: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await structureProblems(page), 'one h1, one main, a title naming the site, headings in order').toEqual([]);
    expect(await smallTargets(page), 'every control at least 44 × 44 px at 768 × 1024').toEqual([]);
    await expectNoAxeViolations(page);
    for (const theme of ['dark', 'high-contrast']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await expect(page.locator('html')).toHaveAttribute('data-scheme', theme);
      await expectContrastInPage(page, theme);
    }
  });
}
