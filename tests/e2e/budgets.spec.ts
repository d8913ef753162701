/**
 * Byte and request budgets for every built page (no browser needed): content pages ≤ 5 KB
 * of JavaScript and ≤ 10 files, form pages ≤ 45 KB, any page ≤ 87 KB in all (see
 * page-weight.ts for why) on first load, gzip. Prints the
 * table; fails naming the page and the figure. The checker itself is tested in
 * tests/unit/build/page-weight.test.ts with a deliberately oversized page.
 */
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { budgetFailures, measurePages, weightTable } from '../../src/build/page-weight';

test('every built page keeps its byte budget', () => {
  const pages = measurePages(fileURLToPath(new URL('../../dist', import.meta.url)));
  expect(pages.length).toBeGreaterThan(40);
  console.log(`\nBytes loaded on first visit (gzip unless marked raw):\n${weightTable(pages)}\n`);
  expect(budgetFailures(pages)).toEqual([]);
  // A Spanish page is counted with the Spanish words its scripts load first; an English page never loads them.
  const files = (page: string) => pages.find((p) => p.page === page)?.files ?? [];
  expect(files('/es/forms/encounter/').length).toBeGreaterThan(files('/forms/encounter/').length);
});
