/**
 * Some components have no script of their own, so a page loads one file less: the script of
 * each page that shows them starts them. `ListenButton.astro` (and the hard words beside it)
 * needs `startPageHelp()`; `MentorStep.astro` needs `mentorStep` given to `startAlpine`.
 * This finds every page that shows one (through the components it imports) and checks that a
 * script on that page does it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = resolve(import.meta.dirname, '../../../src');

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? astroFiles(path) : entry.name.endsWith('.astro') ? [path] : [];
  });

/** The `.astro` files a component imports in its front matter, as paths. */
function imports(file: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return [...front.matchAll(/from\s+['"]([^'"]+\.astro)['"]/g)].map((m) => {
    const spec = m[1]!;
    return spec.startsWith('~/') ? join(src, spec.slice(2)) : resolve(dirname(file), spec);
  });
}

/** The file and every component it shows, followed to the end. */
function shown(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file)) shown(dep, seen);
  return seen;
}

const scripts = (file: string): string => [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');

const needs = [
  { component: 'components/form/ListenButton.astro', started: /\bstartPageHelp\(\)/ },
  { component: 'components/form/MentorStep.astro', started: /\bstartAlpine\(\{[^}]*\bmentorStep\b/ },
];

describe('components started by their page', () => {
  const pages = astroFiles(join(src, 'pages'));
  for (const { component, started } of needs) {
    test(`every page that shows ${component} starts it from its script`, () => {
      const showing = pages.filter((page) => shown(page).has(join(src, component)));
      expect(showing.length).toBeGreaterThanOrEqual(2);
      const missing = showing.filter((page) => ![...shown(page)].some((file) => started.test(scripts(file))));
      expect(missing).toEqual([]);
    });
  }
});
