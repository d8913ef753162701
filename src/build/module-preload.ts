/**
 * Lets each built page ask for all its scripts at once. A page's module scripts import
 * others, which import others: the browser finds each level only when the one before has
 * arrived, so a records page waited for four rounds of requests (measured on the mentee
 * page at 4× CPU slowdown: its last script arrived about 450 ms after the first). This puts
 * a `<link rel="modulepreload">` in the `<head>` for every script the page loads on first
 * visit (`firstLoadFiles`, the same list the byte budgets count, the form's own chunk
 * included), so they are all requested with the page. Nothing more is loaded than before.
 *
 * Run after `astro build` and the CSP step, before the service worker is made:
 * `node src/build/module-preload.ts [dist]` (npm run build does this).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoadFiles, siteReader, sitePages } from './page-weight.ts';

/** The page with a modulepreload link for each of `scripts` it does not link yet, at the end of its head. */
export function withModulePreloads(html: string, scripts: readonly string[]): string {
  const linked = new Set([...html.matchAll(/<link\b[^>]*\brel=["']?modulepreload[^>]*>/gi)].map(([tag]) => /\shref=["']?([^"'\s>]+)/i.exec(tag)?.[1]));
  const links = scripts.filter((src) => !linked.has(src)).map((src) => `<link rel="modulepreload" href="${src}">`);
  if (links.length === 0 || !html.includes('</head>')) return html;
  return html.replace('</head>', `${links.join('')}</head>`);
}

/**
 * Adds the links to every page in `distDir`.
 * @returns how many pages were changed.
 */
export function addModulePreloads(distDir: string): number {
  const read = siteReader(distDir);
  let changed = 0;
  for (const htmlPath of sitePages(distDir)) {
    const scripts = firstLoadFiles(read, htmlPath).filter((f) => f.endsWith('.js'));
    const file = join(distDir, htmlPath);
    const html = readFileSync(file, 'utf8');
    const next = withModulePreloads(html, scripts);
    if (next !== html) {
      writeFileSync(file, next);
      changed += 1;
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = addModulePreloads(process.argv[2] ?? 'dist');
  console.log(`modulepreload: ${pages} pages ask for all their scripts at once`);
}
