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

for (const theme of ['dark', 'high-contrast']) {
  test(`text keeps 7:1 contrast in the ${theme} theme on every page`, async ({ page }) => {
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('wb.settings', JSON.stringify({ theme: t, textSize: 'normal' })), theme);
    const failures: string[] = [];
    for (const path of builtPages()) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'color-contrast-enhanced']).analyze();
      for (const v of results.violations) failures.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
}
