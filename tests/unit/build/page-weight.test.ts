import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { budgetFailures, measurePages, pageLetters } from '~/build/page-weight';

/** A tiny built site: a light page, and a page with an oversized script and picture. */
function makeSite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'wb-weight-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'heavy'));
  writeFileSync(join(dist, '_astro', 'site.css'), `body{font-family:x}@font-face{src:url(/_astro/f.woff2) format("woff2"),url(/_astro/f.woff) format("woff")}`);
  writeFileSync(join(dist, '_astro', 'f.woff2'), randomBytes(3000));
  writeFileSync(join(dist, '_astro', 'f.woff'), randomBytes(9000));
  writeFileSync(join(dist, '_astro', 'small.js'), 'import"./shared.js";console.log(1)');
  writeFileSync(join(dist, '_astro', 'shared.js'), 'export const a=1;');
  // Base64 of random bytes gzips to about 75%: this script is about 70 KB gzip.
  writeFileSync(join(dist, '_astro', 'big.js'), `import{a}from"./shared.js";const s="${randomBytes(70_000).toString('base64')}";import("./lazy.js")`);
  writeFileSync(join(dist, '_astro', 'lazy.js'), `const z="${randomBytes(50_000).toString('base64')}"`);
  writeFileSync(join(dist, '_astro', 'pic.svg'), `<svg>${randomBytes(30_000).toString('base64')}</svg>`);
  writeFileSync(join(dist, 'index.html'), '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/small.js"></script></head><body><img src="/_astro/pic.svg" loading="lazy"></body></html>');
  writeFileSync(join(dist, 'heavy', 'index.html'), '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/big.js"></script></head><body><img src="/_astro/pic.svg"></body></html>');
  return dist;
}

describe('the page-weight budget checker', () => {
  test('follows stylesheets, fonts (woff2 only), static imports and eager pictures', () => {
    const pages = measurePages(makeSite());

    const home = pages.find((p) => p.page === '/');
    expect(home?.files.sort()).toEqual(['/_astro/f.woff2', '/_astro/shared.js', '/_astro/site.css', '/_astro/small.js', '/index.html']);
    expect(home?.later.raw).toBeGreaterThan(40_000);
    const heavy = pages.find((p) => p.page === '/heavy/');
    expect(heavy?.files).toContain('/_astro/pic.svg');
    expect(heavy?.files).not.toContain('/_astro/lazy.js');
  });

  test('fails a deliberately oversized page, naming the page and the figure', () => {
    const failures = budgetFailures(measurePages(makeSite()));

    expect(failures.some((f) => /^\/heavy\/: \d+\.\d KB of JavaScript \(gzip\) is over the 5\.0 KB budget for a content page$/.test(f))).toBe(true);
    expect(failures.some((f) => /^\/heavy\/: \d+\.\d KB in all \(gzip\) is over the 87\.0 KB budget$/.test(f))).toBe(true);
    expect(failures.some((f) => f.startsWith('/: '))).toBe(false);
  });

  test('follows the fonts of a page whose CSS is inlined, and fails a content page over 10 files', () => {
    const dist = makeSite();
    const scripts = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        writeFileSync(join(dist, '_astro', `s${i}.js`), `console.log(${i})`);
        return `<script type="module" src="/_astro/s${i}.js"></script>`;
      }).join('');
    writeFileSync(join(dist, 'index.html'), `<html><head><style>@font-face{src:url(/_astro/f.woff2) format("woff2")}</style>${scripts(8)}</head><body><p>Hi</p></body></html>`);
    writeFileSync(join(dist, 'heavy', 'index.html'), `<html><head>${scripts(11)}</head><body><p>Hi</p></body></html>`);
    const pages = measurePages(dist);

    expect(pages.find((p) => p.page === '/')?.files).toContain('/_astro/f.woff2');
    expect(budgetFailures(pages)).toEqual(['/heavy/: 12 files on first visit is over the 10 budget for a content page']);
  });

  test("counts the chunk of the page's own form, which loadForm asks for at once, and no other form's", () => {
    const dist = makeSite();
    writeFileSync(join(dist, '_astro', 'load.js'), 'var t={"./a/index.ts":()=>e(()=>import(`./form-a.js`),[]),"./b/index.ts":()=>e(()=>import(`./form-b.js`),[])};export{t}');
    writeFileSync(join(dist, '_astro', 'form-a.js'), 'import"./shared.js";export const a=1;');
    writeFileSync(join(dist, '_astro', 'form-b.js'), 'export const b=1;');
    writeFileSync(join(dist, 'heavy', 'index.html'), '<html><body><form data-form-id="a"></form><script type="module" src="/_astro/load.js"></script></body></html>');
    const heavy = measurePages(dist).find((p) => p.page === '/heavy/');
    expect(heavy?.files).toContain('/_astro/form-a.js');
    expect(heavy?.files).toContain('/_astro/shared.js');
    expect(heavy?.files).not.toContain('/_astro/form-b.js');
  });

  test('a page that runs Alpine gets the form budget', () => {
    const dist = makeSite();
    writeFileSync(join(dist, 'heavy', 'index.html'), '<html><body><div x-data="recordForm"></div><script type="module" src="/_astro/big.js"></script></body></html>');
    const heavy = measurePages(dist).find((p) => p.page === '/heavy/');
    expect(heavy?.kind).toBe('form');
    expect(budgetFailures(heavy ? [heavy] : []).join('\n')).toMatch(/over the 45\.0 KB budget for a form page/);
  });

  test('a font face with a unicode-range counts only on pages that show a letter in it', () => {
    const dist = makeSite();
    writeFileSync(
      join(dist, '_astro', 'site.css'),
      '@font-face{src:url(/_astro/core.woff2) format("woff2");unicode-range:U+20-7E}@font-face{src:url(/_astro/rest.woff2) format("woff2");unicode-range:U+A1-FF, U+2610}',
    );
    writeFileSync(join(dist, '_astro', 'core.woff2'), randomBytes(2000));
    writeFileSync(join(dist, '_astro', 'rest.woff2'), randomBytes(5000));
    writeFileSync(join(dist, 'heavy', 'index.html'), '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><p>Zo&#235; and &eacute;</p></body></html>');
    const pages = measurePages(dist);

    expect(pages.find((p) => p.page === '/')?.files).toContain('/_astro/core.woff2');
    expect(pages.find((p) => p.page === '/')?.files).not.toContain('/_astro/rest.woff2');
    expect(pages.find((p) => p.page === '/heavy/')?.files).toContain('/_astro/rest.woff2');

    // A letter the stylesheet shows by itself counts on every page that uses it.
    writeFileSync(join(dist, '_astro', 'site.css'), `${readFileSync(join(dist, '_astro', 'site.css'), 'utf8')}.next::after{content:"»"}`);
    expect(measurePages(dist).find((p) => p.page === '/')?.files).toContain('/_astro/rest.woff2');
  });

  test('the letters of a page: its text, entities and field placeholders, not its scripts', () => {
    const letters = pageLetters('<p>A&nbsp;b&#x2610;</p><input placeholder="é"><script>"ß"</script><template>"ñ"</template>');
    expect(letters.has(0xa0)).toBe(true);
    expect(letters.has(0x2610)).toBe(true);
    expect(letters.has(0xe9)).toBe(true);
    expect(letters.has(0xdf)).toBe(false);
    expect(letters.has(0xf1)).toBe(false);
  });
});
