/** Finding a Chromium to drive, without ever downloading one. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, the browser CI installs with apt-get. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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
 * @throws with install instructions when neither is there.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(bundledChromium())) return bundledChromium();
  throw new Error(
    'No Chromium browser found for the end-to-end tests.\n' +
      'On Debian or Ubuntu, install one with:  sudo apt-get install -y chromium\n' +
      'Elsewhere:  npx playwright install chromium\n' +
      'Or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
