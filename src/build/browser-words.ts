/**
 * Browser bundles carry only the words browser code can name. An area of the catalog
 * (`src/i18n/en/<area>.ts`) holds the words of its pages too, which `.astro` files put in
 * the HTML at build time; a browser script that imports the area (`~/i18n/internship`)
 * would carry them all. In the browser build this drops every entry whose key no browser
 * source names: a key counts when it is written as a string anywhere in `src/` outside
 * the catalog and outside `.astro` front matter, and a key built from a template
 * (`storage.${kind}`) keeps every key starting with its fixed part. Over-counting is
 * safe (a word too many); the server build keeps every word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Keys and key prefixes that browser code can name. */
export interface WordUse {
  keys: Set<string>;
  prefixes: Set<string>;
}

/** Adds the keys (`'area.item'`) and template prefixes (`` `area.${x}` ``) written in `code`. */
export function collectWordUse(code: string, use: WordUse = { keys: new Set(), prefixes: new Set() }): WordUse {
  for (const match of code.matchAll(/(['"`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)\1/g)) use.keys.add(match[2] ?? '');
  for (const match of code.matchAll(/`([a-z][A-Za-z0-9]*\.(?:[A-Za-z0-9]+\.)*)\$\{/g)) use.prefixes.add(match[1] ?? '');
  return use;
}

/** The code of the client scripts in an `.astro` file (its front matter runs at build time). */
function astroScripts(source: string): string {
  return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '').join('\n');
}

/** A language's catalog (`i18n/en`, `i18n/es`): it names every key, so it does not count as a use. */
const catalogDir = (rel: string): boolean => /^i18n\/[a-z]{2}$/.test(rel);

/** What the browser code under `srcDir` names, skipping the catalogs themselves (`i18n/<lang>`) and `build/`. */
function browserWordUse(srcDir: string): WordUse {
  const use: WordUse = { keys: new Set(), prefixes: new Set() };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(srcDir, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!catalogDir(rel) && rel !== 'build') walk(path);
      } else if (/\.(ts|js|mjs)$/.test(entry.name)) {
        collectWordUse(readFileSync(path, 'utf8'), use);
      } else if (entry.name.endsWith('.astro')) {
        collectWordUse(astroScripts(readFileSync(path, 'utf8')), use);
      }
    }
  };
  walk(srcDir);
  return use;
}

/** True when browser code can name `key`. */
const named = (key: string, use: WordUse): boolean => use.keys.has(key) || [...use.prefixes].some((p) => key.startsWith(p));

/**
 * A catalog area's source with the entries browser code cannot name left out (comments
 * before them go too). Entries are the string-keyed properties of the module's object literals.
 */
export function pruneCatalog(source: string, use: WordUse): string {
  const file = ts.createSourceFile('area.ts', source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const prop of node.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isStringLiteral(prop.name) || named(prop.name.text, use)) continue;
        let end = prop.end;
        if (source[end] === ',') end += 1;
        cuts.push([prop.getFullStart(), end]);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [from, to] of cuts.reverse()) out = out.slice(0, from) + out.slice(to);
  return out;
}

/** The Vite plugin: prunes every language's `src/i18n/<lang>/<area>.ts` in the browser build. */
export function browserWords(srcDir: string) {
  let use: WordUse | undefined;
  return {
    name: 'wb-browser-words',
    apply: 'build' as const,
    transform(this: { environment?: { name: string } }, code: string, id: string) {
      if (this.environment?.name !== 'client' || !/[\\/]src[\\/]i18n[\\/][a-z]{2}[\\/][a-z-]+\.ts$/.test(id)) return null;
      use ??= browserWordUse(srcDir);
      return { code: pruneCatalog(code, use), map: null };
    },
  };
}
