/**
 * The shared Playwright `test`: every test fails on a request that leaves the site's
 * origin, on a console error or warning, and on a Content-Security-Policy violation.
 */
import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

/** The origin every request must stay on. */
export const ORIGIN = `http://127.0.0.1:${process.env['WB_PORT'] ?? '4321'}`;

/** Playwright's own console note when a test blocks the service worker (see the config): not the site's. */
export const isPlaywrightNote = (text: string): boolean => text === 'Service Worker registration blocked by Playwright';

interface Guards {
  /** The origin requests must stay on (tests that serve a copy of the site elsewhere change it). */
  origin: string;
  /** Problems seen in this test: foreign requests, console errors, CSP violations. */
  problems: string[];
  /** Console messages to tolerate in this test (a test that provokes an error on purpose). */
  allowConsole: RegExp[];
}

export const test = base.extend<Guards & { guard: void }>({
  origin: [ORIGIN, { option: true }],
  problems: async ({}, use) => {
    await use([]);
  },
  allowConsole: [[], { option: true }],
  guard: [
    async ({ context, problems, allowConsole, origin }, use) => {
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`Request left the origin: ${url}`);
      });
      context.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = message.text();
        if (allowConsole.some((pattern) => pattern.test(text))) return;
        if (isPlaywrightNote(text)) return;
        problems.push(`Console ${message.type()}: ${text}`);
      });
      context.on('weberror', (error) => problems.push(`Page error: ${error.error().message}`));
      await use();
      expect(problems, 'no foreign requests, console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Another browser profile (a new, empty tablet or computer) with the same guards as the
 * fixture: requests to other origins, console errors and page errors go into `problems`.
 */
export async function guardedContext(browser: Browser, problems: string[]): Promise<BrowserContext> {
  // The service worker is blocked as in the config (installing it precaches the whole site).
  const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 768, height: 1024 }, serviceWorkers: 'block' });
  context.on('weberror', (e) => problems.push(`Page error: ${e.error().message}`));
  context.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !isPlaywrightNote(m.text())) problems.push(`Console ${m.type()}: ${m.text()}`);
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ORIGIN) problems.push(`Request left the origin: ${url}`);
  });
  return context;
}
