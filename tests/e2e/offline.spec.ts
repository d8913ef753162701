import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../src/build/service-worker';
import { chromiumFlags, findChromium } from './support/browser';
import { ORIGIN, test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { serveStatic } from './support/static-server';
import { addMentee, typeSignature, waitForSaved } from './support/workbook';

// These tests are about the service worker, which the other tests block (see the config).
test.use({ serviceWorkers: 'allow' });

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** Opens the site and waits until the service worker has cached it and controls the page. */
async function installOffline(page: Page, start = '/') {
  await page.goto(start);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit, every page, a new meeting, printing and search work with no network; Spanish pages once one was opened', async ({ page, context }) => {
  test.slow();
  await installOffline(page);
  await context.setOffline(true);

  await page.goto('/learn/');
  await expect(page.getByRole('status').filter({ hasText: 'No internet. Everything still works, and is saved on this tablet.' })).toBeVisible();

  // Every page comes from the service worker with no network. The worker answers a page's own
  // fetch() with the same precache route as a navigation (there is no navigation-only route),
  // so one fetch per page proves it is cached; a few pages are then opened for real below.
  const paths = builtPages().filter((p) => !p.endsWith('404.html'));
  const english = paths.filter((p) => !p.startsWith('/es/'));
  const spanish = paths.filter((p) => p.startsWith('/es/'));
  /** The pages of `all` that do not come back as a page with one h1. */
  const notOffline = (all: string[]) =>
    page.evaluate(async (list) => {
      const bad: string[] = [];
      for (const path of list) {
        const response = await fetch(path).catch(() => undefined);
        const html = response?.ok ? await response.text() : '';
        if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) bad.push(path);
      }
      return bad;
    }, all);
  expect(await notOffline(english)).toEqual([]);
  expect(english.length).toBeGreaterThan(40);
  // The Spanish copy is cached per need: a visit that read only English pages did not fetch it.
  expect(await page.evaluate(async (all) => (await Promise.all(all.map((path) => caches.match(path)))).filter(Boolean).length, spanish)).toBe(0);
  for (const path of ['/', '/learn/code-of-ethics/', '/internship/', '/settings/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }

  const menteeId = await addMentee(page, 'Offline Olivia');
  await page.goto(`/forms/encounter/?person=${menteeId}`);
  await page.getByLabel(/write the goal here/i).fill('Take the train');
  await page.getByLabel('Meeting start time').fill('10:00');
  await page.getByLabel('Meeting end time').fill('11:00');
  // The choice cards by their radios (a tap anywhere on a card picks it, its hard words too: listen.spec.ts).
  await page.getByRole('radio', { name: /^At the agency office/ }).check();
  await page.getByRole('radio', { name: /^We reached the goal/ }).check();
  await typeSignature(page, 'The mentee signs here', 'Olivia');
  await typeSignature(page, 'The peer mentor signs here', 'Sam');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  const record = new URL(page.url()).searchParams.get('record');
  await page.goto(`/forms/encounter/paper/?record=${record}`);
  await expect(page.locator('[data-paper]')).toContainText('Take the train');
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.byteLength).toBeGreaterThan(1000);

  await page.goto('/search/?q=gift');
  await expect(page.getByRole('link', { name: /Code of ethics/i }).first()).toBeVisible();

  // One Spanish page opened with the network: then every Spanish page is cached and works offline.
  await context.setOffline(false);
  await page.goto('/es/');
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((key) => key.startsWith('peer-mentor-workbook-pages-es-'));
          return name === undefined ? 0 : (await (await caches.open(name)).keys()).length;
        }),
      { timeout: 60_000 },
    )
    .toBe(spanish.length);
  await context.setOffline(true);
  expect(await notOffline(spanish)).toEqual([]);
  // A page opened for real, and Spanish search (its own index) with no network.
  const spanishEthics = readFileSync(new URL('../../content/learn/es/code-of-ethics.mdx', import.meta.url), 'utf8').match(/^title: (.*)$/m)?.[1] ?? '';
  const response = await page.goto('/es/learn/code-of-ethics/');
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanishEthics);
  await page.goto('/es/search/?q=regalo');
  await expect(page.getByRole('link', { name: spanishEthics }).first()).toHaveAttribute('href', '/es/learn/code-of-ethics/');
});

test('the manifest is valid, linked from every page, and Chromium finds the site installable', async ({ page }) => {
  await page.goto('/');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: 'Peer Mentor Workbook', short_name: 'Workbook', display: 'standalone', start_url: '/' });
  const icons = manifest['icons'] as { sizes: string; purpose: string; src: string }[];
  expect(icons.some((i) => i.sizes === '192x192')).toBe(true);
  expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'any')).toBe(true);
  expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of icons) expect((await page.request.get(icon.src)).ok(), icon.src).toBe(true);

  for (const path of builtPages()) {
    const html = readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  }

  // Chromium never offers to install from an incognito profile, which is what Playwright's
  // contexts are, so this check uses a real (persistent) profile.
  const profile = mkdtempSync(join(tmpdir(), 'wb-profile-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: chromiumFlags, baseURL: ORIGIN });
  try {
    const installPage = browser.pages()[0] ?? (await browser.newPage());
    await installOffline(installPage);
    const cdp = await browser.newCDPSession(installPage);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test.describe('a new version', () => {
  const port = Number(process.env['WB_PORT'] ?? 4321) + 9;
  // A copy of the site on its own port, so this test can publish a new version of it.
  test.use({ origin: `http://127.0.0.1:${port}`, baseURL: `http://127.0.0.1:${port}` });

  test('shows "A new version is ready", and typing in an open form is still there after Reload', async ({ page }) => {
    test.slow();
    const copy = mkdtempSync(join(tmpdir(), 'wb-site-'));
    cpSync(dist, copy, { recursive: true });
    const stop = await serveStatic(copy, port);
    try {
      const base = '';
      await installOffline(page, `${base}/`);
      await page.goto(`${base}/mentees/`);
      await page.getByLabel('Name', { exact: true }).fill('Uma');
      await page.getByRole('button', { name: 'Add this mentee' }).click();
      await page.waitForURL(/mentees\/view/);
      const id = new URL(page.url()).searchParams.get('id');
      await page.goto(`${base}/forms/encounter/?person=${id}`);
      await page.getByLabel('What will you work on before you meet again?').fill('Practice the bus route.');
      await waitForSaved(page);
      await expect(page.locator('[data-update-notice]')).toBeHidden();

      // Publish a changed page and a new service worker, as a new deploy would.
      const learn = join(copy, 'learn', 'index.html');
      writeFileSync(learn, readFileSync(learn, 'utf8').replace('</main>', '<p>New in this version.</p></main>'));
      await buildServiceWorker(copy);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const notice = page.getByRole('status').filter({ hasText: 'A new version of the workbook is ready.' });
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await page.getByLabel('What will you work on before you meet again?').fill('Practice the bus route twice.');
      await notice.getByRole('button', { name: 'Reload' }).click();
      await page.waitForEvent('load');
      await expect(page.getByLabel('What will you work on before you meet again?')).toHaveValue('Practice the bus route twice.');
      await page.goto(`${base}/learn/`);
      await expect(page.getByText('New in this version.')).toBeVisible();
    } finally {
      await stop();
    }
  });
});
