/**
 * Makes every built page's Content-Security-Policy list exactly the script and style
 * hashes that page uses. Astro lists the hashes of its own inline scripts and styles
 * (islands, client directives) on every page, even where none is used: 7 of 8 script
 * hashes in our policy allowed scripts that no page has. Each unused hash is a script an
 * attacker could inject and run, so they go; a page's own inline `<script>` and
 * `<style>` elements stay allowed by their hashes.
 *
 * Run after `astro build`, before the service worker is made (it precaches the pages):
 * `node src/build/csp-hashes.ts [dist]` (npm run build does this). It stops the build when
 * a page's policy and its inline code still disagree afterwards.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const HASH = /'sha256-[A-Za-z0-9+/=]+'/g;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts and styles, each list sorted. */
export function usedHashes(html: string): { script: string[]; style: string[] } {
  const of = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => sha256(m[1] ?? '')))].sort();
  return { script: of(INLINE_SCRIPT), style: of(INLINE_STYLE) };
}

/** The hashes a page's policy lists, each list sorted; undefined when it has no policy. */
export function listedHashes(html: string): { script: string[]; style: string[] } | undefined {
  const policy = META.exec(html)?.[1];
  if (policy === undefined) return undefined;
  const of = (name: string) => [...(policy.split(';').find((d) => d.trim().startsWith(`${name} `))?.match(HASH) ?? [])].sort();
  return { script: of('script-src'), style: of('style-src') };
}

/** The page with its policy's hash lists replaced by the hashes it uses (other sources kept). */
export function withUsedHashes(html: string): string {
  const used = usedHashes(html);
  return html.replace(META, (tag, policy: string) => {
    const directives = policy.split(';').map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = directive.replace(HASH, '').trim().split(/\s+/);
      return ` ${[...kept, ...(name === 'script-src' ? used.script : used.style)].join(' ')}`;
    });
    return tag.replace(policy, directives.join(';'));
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Rewrites every page in `distDir`.
 * @returns how many pages were changed.
 * @throws when a page's listed hashes still differ from the ones it uses.
 */
export function fixCspHashes(distDir: string): number {
  let changed = 0;
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    const next = withUsedHashes(html);
    const listed = listedHashes(next);
    if (listed && JSON.stringify(listed) !== JSON.stringify(usedHashes(next))) {
      throw new Error(`${file}: the policy's hashes differ from the page's inline scripts and styles`);
    }
    if (next !== html) {
      writeFileSync(file, next);
      changed += 1;
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = fixCspHashes(process.argv[2] ?? 'dist');
  console.log(`CSP: ${pages} pages list only the hashes they use`);
}
