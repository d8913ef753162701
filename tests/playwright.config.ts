/**
 * End-to-end tests run against the production build in `dist/` (Astro's CSP and the
 * Pagefind index exist only there), served by `astro preview` on localhost:4321.
 *
 * Browser: Debian's headless Chromium (`chromium-headless-shell`, the same Debian source and
 * version as `chromium`) when present, else Debian's Chromium at /usr/bin/chromium, else
 * Playwright's own Chromium if it was installed; otherwise the run stops with a message saying
 * how to install one. CI never downloads a browser. The tests that start a browser of their
 * own (killing it, a blocked-storage profile, an installed app) start the full Chromium.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, findTestChromium } from './e2e/support/browser';

const executablePath = findTestChromium();
/** The port the built site is served on; set WB_PORT to run two checkouts' tests at once. */
const port = Number(process.env['WB_PORT'] ?? 4321);
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/dist/index.html`)) {
  throw new Error('dist/ is missing. Run `npm run build` first (npm test does this for you).');
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  // One test per core: axe and the PDF printer keep a core busy, and measured on 2 cores,
  // 4 workers made each accessibility test about 3 times slower (no gain). WB_WORKERS overrides it.
  workers: Number(process.env['WB_WORKERS'] ?? availableParallelism()),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // A guard against a hang, not a speed check (speed lives in `npm run bench`): long flows
  // (several forms, PDFs, axe) took up to 45 s on 2 cores, and twice that on a busy machine.
  timeout: 120_000,
  // The same guard for each wait on the page (Playwright's default is 5 s): on a loaded machine
  // (load 11 on 2 cores) a paper page once took longer than 5 s to open after "Print it".
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 768, height: 1024 },
    launchOptions: { executablePath, args: chromiumFlags },
    trace: 'off',
    // Installing the service worker precaches the whole site (about 260 files) in every new
    // browser context, which costs every test time on 2 cores. Tests of the offline site and
    // of "Delete everything" turn it back on with `test.use({ serviceWorkers: 'allow' })`.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    // A guard against a hang, not a speed check (speed lives in `npm run bench`): long flows
  // (several forms, PDFs, axe) took up to 45 s on 2 cores, and twice that on a busy machine.
  timeout: 120_000,
  },
});
