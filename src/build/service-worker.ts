/**
 * Writes `dist/sw.js` after the Astro build and the Pagefind index, so the workbook
 * works with no network once it has been opened: every English page, CSS, JS, font,
 * picture and the search index (both languages) are precached. Same-origin only; no
 * runtime caching of other sites (there are none).
 *
 * Pages in another language (`/es/…`, `languagePacks`) are cached per need: a peer mentor
 * who reads English never needs the Spanish copy of every page offline (it is about as big
 * as the English one, most of the precache). The first page opened in that language asks
 * the worker (`CACHE_LANGUAGE`, from `src/scripts/app-shell.ts`) to cache every page of it;
 * from then on they work offline too. That part of the worker is `dist/sw-languages.js`,
 * which this step writes with the list of those pages and imports into `sw.js`; its cache
 * is named after the list's hash, so a new version replaces it (at once if it was there).
 *
 * Run: `node src/build/service-worker.ts [dist]` (npm run build does this).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { fileURLToPath } from 'node:url';

/** Languages whose pages are cached when a page in that language is first opened, not at install. */
export const languagePacks = ['es'] as const;

/** One language's pages: the cache that holds them, and their addresses. */
export interface LanguagePack {
  cache: string;
  prefix: string;
  urls: string[];
}

/** The pages of each language pack in `distDir`, with a cache name that changes when any of them changes. */
export async function languagePackList(distDir: string): Promise<Record<string, LanguagePack>> {
  const packs: Record<string, LanguagePack> = {};
  for (const lang of languagePacks) {
    const { manifestEntries } = await getManifest({ globDirectory: distDir, globPatterns: [`${lang}/**/*.html`], globIgnores: ['**/404.html'] });
    const entries = [...manifestEntries].sort((a, b) => (a.url < b.url ? -1 : 1));
    const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
    packs[lang] = {
      cache: `peer-mentor-workbook-pages-${lang}-${hash}`,
      prefix: `/${lang}/`,
      urls: entries.map((entry) => `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}`),
    };
  }
  return packs;
}

/** The worker's language part (plain JS, imported by `sw.js`): see the module comment. */
export function languageWorker(packs: Record<string, LanguagePack>): string {
  return `// Pages in another language, cached when a page in it is first opened (src/build/service-worker.ts).
const PACKS = ${JSON.stringify(packs)};
const PACK_PREFIX = 'peer-mentor-workbook-pages-';

async function cachePack(pack) {
  const cache = await caches.open(pack.cache);
  const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  for (const url of pack.urls) {
    if (have.has(url)) continue;
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response);
  }
}

self.addEventListener('message', (event) => {
  const pack = event.data && event.data.type === 'CACHE_LANGUAGE' ? PACKS[event.data.lang] : undefined;
  if (pack) event.waitUntil(cachePack(pack).catch(() => undefined));
});

// A new version: old language caches go, and a language that was cached is cached again.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const current = new Set(Object.values(PACKS).map((pack) => pack.cache));
    const old = (await caches.keys()).filter((key) => key.startsWith(PACK_PREFIX) && !current.has(key));
    await Promise.all(old.map((key) => caches.delete(key)));
    for (const pack of Object.values(PACKS)) {
      if (old.some((key) => key.startsWith(pack.cache.replace(/[^-]+$/, '')))) await cachePack(pack).catch(() => undefined);
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const pack = Object.values(PACKS).find((p) => url.pathname.startsWith(p.prefix) && p.urls.includes(url.pathname));
  if (!pack) return;
  // Form pages carry the record in the query: one cached page serves them all, as in the precache.
  event.respondWith(
    caches.open(pack.cache).then((cache) => cache.match(url.pathname)).then((cached) => cached || fetch(request)),
  );
});
`;
}

/** What the service worker precaches, relative to the site root. */
export const precachePatterns = [
  '**/*.{html,css,js,svg,png,webmanifest,woff2,woff,json,txt}',
  'pagefind/**/*',
];

/** Builds the service worker into `distDir`. @returns how many files and bytes it precaches. */
export async function buildServiceWorker(distDir: string): Promise<{ count: number; size: number }> {
  const packs = await languagePackList(distDir);
  const languages = languageWorker(packs);
  writeFileSync(join(distDir, 'sw-languages.js'), languages);
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: precachePatterns,
    // Pagefind's ready-made UIs are not used (the search page has its own), so not cached.
    // Pages in another language are cached per need (see the module comment), not here.
    globIgnores: ['sw.js', 'sw-languages.js', 'workbox-*.js', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', ...languagePacks.map((lang) => `${lang}/**/*.html`)],
    // The version in the address makes sw.js change whenever the language part does.
    importScripts: [`sw-languages.js?v=${createHash('sha256').update(languages).digest('hex').slice(0, 12)}`],
    swDest: `${distDir}/sw.js`,
    // One self-contained file: nothing is fetched from anywhere else.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // Form pages carry the record in the query (?record=…): serve the one cached page for all.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    // A new version waits until the person presses Reload (the page sends SKIP_WAITING).
    skipWaiting: false,
    clientsClaim: true,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    cacheId: 'peer-mentor-workbook',
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const { count, size } = await buildServiceWorker(dist);
  const packs = await languagePackList(dist);
  const perNeed = Object.entries(packs).map(([lang, pack]) => `${pack.urls.length} ${lang} pages`).join(', ');
  console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB; cached when first needed: ${perNeed}`);
}
