/** Lists every page in the built site, so new pages are tested without editing tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** URL paths of every built HTML page, e.g. `/`, `/learn/my-role/`, `/404.html`. */
export function builtPages(): string[] {
  return walk(dist)
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
