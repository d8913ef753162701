import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { listedHashes, usedHashes, withUsedHashes } from '../../../src/build/csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const early = '(function(){document.documentElement.classList.add("wb-js")})();';
/** A page as Astro builds it: its policy lists Astro's own hashes, which no script here has. */
const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash('astro island')} ${hash(early)} ${hash('client:load')}; style-src 'self' ${hash('astro-island{display:contents}')} ${hash('')};"><script>${early}</script><script type="module" src="/_astro/page.js"></script></head><body></body></html>`;

describe('the Content-Security-Policy lists exactly the hashes a page uses', () => {
  test('a page as Astro builds it lists hashes it never uses (the bug)', () => {
    expect(listedHashes(page)?.script).toHaveLength(3);
    expect(listedHashes(page)).not.toEqual(usedHashes(page));
  });

  test('after the build step, the listed hashes equal the used ones; other sources stay', () => {
    const fixed = withUsedHashes(page);

    expect(listedHashes(fixed)).toEqual(usedHashes(fixed));
    expect(listedHashes(fixed)).toEqual({ script: [hash(early)], style: [] });
    expect(fixed).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(fixed).toContain("default-src 'self';object-src 'none';");
    expect(withUsedHashes(fixed)).toBe(fixed);
  });

  test('an inline style the page has stays allowed', () => {
    const styled = page.replace('</head>', '<style>.a{color:red}</style></head>');
    expect(listedHashes(withUsedHashes(styled))?.style).toEqual([hash('.a{color:red}')]);
  });
});
