/**
 * knip: unused files, exports and dependencies. `npm run lint` runs it after ESLint.
 * The Astro (with MDX) and Vitest plugins find their entry files, and knip reads the
 * package.json scripts (`node src/build/...`, `playwright test --config ...`); the rest is below.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Run by hand when the app icon changes; its PNGs are committed.
    'src/build/make-icons.mjs',
    // Learn pages, loaded by the glob() loader in src/content.config.ts.
    'content/**/*.mdx',
    'tests/e2e/**/*.spec.ts',
  ],
  project: ['src/**/*.{ts,js,mjs,astro}', 'content/**/*.mdx', 'tests/**/*.ts', '*.{mjs,ts}'],
  vitest: { config: ['tests/vitest.config.ts'], entry: ['tests/unit/**/*.test.ts', 'tests/setup/*.ts'] },
  // The plugin would load tests/playwright.config.ts, which stops on purpose when dist/ or
  // Chromium is missing (lint runs before the build), so the specs are entries above instead.
  playwright: false,
  // Debian's poppler-utils, installed next to Chromium (see README and .ci/run).
  ignoreBinaries: ['pdftotext', 'pdfinfo'],
};

export default config;
