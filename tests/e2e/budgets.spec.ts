/**
 * Byte and request budgets for every built page (no browser needed): content pages ≤ 5 KB
 * of JavaScript and ≤ 10 files, form pages ≤ 45 KB, any page ≤ 87 KB in all (see
 * page-weight.ts for why) on first load, gzip. Prints the
 * table; fails naming the page and the figure. The checker itself is tested in
 * tests/unit/build/page-weight.test.ts with a deliberately oversized page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { budgetFailures, firstLoadFiles, measurePages, siteReader, sitePages, weightTable } from '../../src/build/page-weight';
import { missingClasses, styledClasses } from '../../src/build/page-styles';

test('every built page keeps its byte budget', () => {
  const pages = measurePages(fileURLToPath(new URL('../../dist', import.meta.url)));
  expect(pages.length).toBeGreaterThan(40);
  console.log(`\nBytes loaded on first visit (gzip unless marked raw):\n${weightTable(pages)}\n`);
  expect(budgetFailures(pages)).toEqual([]);
  // A Spanish page is counted with the Spanish words its scripts load first; an English page never loads them.
  const files = (page: string) => pages.find((p) => p.page === page)?.files ?? [];
  expect(files('/es/forms/encounter/').length).toBeGreaterThan(files('/forms/encounter/').length);
});

test('every page that uses a form field, choice, error or dialog carries their styles; guide pages and Home do not', () => {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  const sheet = readFileSync(new URL('../../src/styles/forms.css', import.meta.url), 'utf8');
  expect(styledClasses(sheet).length).toBeGreaterThan(30);
  const read = siteReader(dist);
  const missing = sitePages(dist).flatMap((page) => {
    const html = read(page)?.toString('utf8') ?? '';
    const scripts = firstLoadFiles(read, page).filter((file) => file.endsWith('.js')).map((file) => read(file)?.toString('utf8') ?? '');
    const classes = missingClasses(html, sheet, scripts);
    return classes.length ? [`${page}: ${classes.join(', ')}`] : [];
  });
  expect(missing).toEqual([]);
  // What the split is for: a guide page's HTML leaves the form styles out.
  for (const page of ['/learn/code-of-ethics/index.html', '/index.html', '/es/learn/code-of-ethics/index.html']) {
    expect(read(page)?.toString('utf8'), page).not.toContain('.wb-choice');
  }
});
