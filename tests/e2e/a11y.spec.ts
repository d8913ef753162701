import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { expectContrastInPage, expectNoAxeViolations } from './support/checks';

/**
 * One test per built page: WCAG 2.2 A and AA, best practices and AAA text contrast (7:1) in
 * the default theme, then 7:1 contrast again in the dark and high-contrast themes, switched
 * on the open page the way Settings switches them (the `data-theme` attribute). One page
 * load and one axe injection per page instead of three keep the suite inside CI's time.
 */
for (const path of builtPages()) {
  test(`no accessibility violations, and 7:1 text contrast in every theme: ${path}`, async ({ page }) => {
    await page.goto(path);
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
