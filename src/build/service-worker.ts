/**
 * Writes `dist/sw.js` after the Astro build and the Pagefind index, so the workbook
 * works with no network once it has been opened: every page, CSS, JS, font, picture
 * and the search index are precached. Same-origin only; no runtime caching of other
 * sites (there are none).
 *
 * Run: `node src/build/service-worker.ts [dist]` (npm run build does this).
 */
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

/** What the service worker precaches, relative to the site root. */
export const precachePatterns = [
  '**/*.{html,css,js,svg,png,webmanifest,woff2,woff,json,txt}',
  'pagefind/**/*',
];

/** Builds the service worker into `distDir`. @returns how many files and bytes it precaches. */
export async function buildServiceWorker(distDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: precachePatterns,
    // Pagefind's ready-made UIs are not used (the search page has its own), so not cached.
    globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'],
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
  console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB`);
}
