import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { expectNoAxeViolations } from './support/checks';


for (const path of builtPages()) {
  test(`does not report accessibility violations: ${path}`, async ({ page }) => {
    await page.goto(path);
    // WCAG 2.2 A and AA, best practices, and AAA text contrast (7:1).
    await expectNoAxeViolations(page);
  });
}

// One test per page and theme, so a slow machine never runs out of time on one long loop.
for (const theme of ['dark', 'high-contrast']) {
  for (const path of builtPages()) {
    test(`text keeps 7:1 contrast in the ${theme} theme: ${path}`, async ({ page }) => {
      test.slow(); // axe's contrast rules check every text node against its backgrounds
      await page.addInitScript((t) => localStorage.setItem('wb.settings', JSON.stringify({ theme: t, textSize: 'normal' })), theme);
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'color-contrast-enhanced']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
