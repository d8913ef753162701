/** Finding a Chromium to drive, without ever downloading one. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, the browser CI installs with apt-get. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's headless Chromium (the package `chromium-headless-shell`, built from the same
 * Debian source and version as `chromium`): the browser Playwright itself runs headless
 * tests in. For the same checks it used less than the full browser run headless (CPU seconds
 * of the whole test run, measured in a cgroup): the accessibility checks of four pages
 * 29–36 s against 49–51 s, `forms.spec.ts` 120 s against 260 s. So the browser tests
 * drive it when it is there.
 */
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Flags for a closed network: without the background-networking flags Chromium keeps
 * trying to reach Google's hosts, which this machine refuses.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Playwright's own Chromium would be, or '' when Playwright cannot say. */
function bundledChromium(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}

/**
 * The path of a Chromium to use: Debian's when present, else Playwright's own.
 * `CHROMIUM_PATH` overrides both. The benchmarks use this one: the browser a tablet runs.
 * @throws with install instructions when neither is there.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(bundledChromium())) return bundledChromium();
  throw new Error(
    'No Chromium browser found for the end-to-end tests.\n' +
      'On Debian or Ubuntu, install one with:  sudo apt-get install -y chromium chromium-headless-shell\n' +
      'Elsewhere:  npx playwright install chromium\n' +
      'Or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * The Chromium the browser tests drive: Debian's headless shell when it is installed (less
 * CPU for the same checks), else `findChromium()`. `CHROMIUM_PATH` overrides it.
 */
export function findTestChromium(): string {
  return !process.env['CHROMIUM_PATH'] && existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : findChromium();
}
