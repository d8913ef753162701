/**
 * Lighthouse (mobile settings, its default simulated throttling), median of 3 runs, driving
 * Debian's Chromium. Two tables, because they answer two questions:
 * - first visit: a fresh browser profile for every run (no service worker, empty cache),
 *   the guide pages interleaved with a floor page (the content page's text as plain
 *   hand-written HTML, no CSS or JS files) and, when given, another site with the same
 *   text; ratios within one run hold on a noisy machine where absolute times do not;
 * - repeat visit: one profile where the service worker has installed and precached the
 *   site, with records seeded, storage kept between runs.
 * A benchmark, not a test: it never fails on a score.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium } from '../e2e/support/browser.ts';
import { median, seedMentee } from './seed.ts';

/** One page's median figures. */
export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests the page made (all of them, lazy and late ones included). */
  requests: number;
  /** Bytes over the network (gzip as served). */
  transferBytes: number;
}

/** A page to measure: its name in the table and its full URL. */
export type BenchPage = readonly [name: string, url: string];

/** Starts a headless Chromium with its own profile; `close` kills it and deletes the profile. */
async function launch(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'wb-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  return {
    port: chrome.port,
    close: () => {
      chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run. `keepStorage` keeps the service worker, its cache and the records. */
async function audit(name: string, url: string, port: number, keepStorage: boolean): Promise<LighthouseRow> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    disableStorageReset: keepStorage,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const details = lhr.audits['network-requests']?.details;
  const items = details && 'items' in details ? (details.items as { transferSize?: number }[]) : [];
  return {
    page: name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    requests: items.length,
    transferBytes: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
  };
}

/** The median of each figure over runs of one page. */
function medianRow(runs: readonly LighthouseRow[]): LighthouseRow {
  const m = (pick: (r: LighthouseRow) => number) => median(runs.map(pick));
  return {
    page: runs[0]?.page ?? '',
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    seo: m((r) => r.seo),
    fcpMs: m((r) => r.fcpMs),
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    cls: m((r) => r.cls),
    requests: m((r) => r.requests),
    transferBytes: m((r) => r.transferBytes),
  };
}

/**
 * First visit: every run in a fresh profile (Lighthouse also clears storage), the pages
 * interleaved run by run (page 1, 2, 3, page 1, 2, 3, …), so slow spells of a shared
 * machine fall on every page alike.
 */
export async function runFirstVisit(pages: readonly BenchPage[], runs = 3): Promise<LighthouseRow[]> {
  const results = new Map<string, LighthouseRow[]>(pages.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const [name, url] of pages) {
      const chrome = await launch();
      try {
        results.get(name)?.push(await audit(name, url, chrome.port, false));
      } finally {
        chrome.close();
      }
    }
  }
  return pages.map(([name]) => medianRow(results.get(name) ?? []));
}

/**
 * Repeat visit: one profile, where the app has run once (its service worker installed and
 * precached the site) and holds one mentee with a plan and 20 meetings, so the form and
 * mentee pages are real; storage is kept between runs.
 */
export async function runRepeatVisit(origin: string, runs = 3): Promise<LighthouseRow[]> {
  const chrome = await launch();
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const { menteeId } = await seedMentee(page, origin, { encounters: 20 });
    // The service worker has precached the whole site before the first measured run (about
    // 9 s on a loaded 2-core machine); a minute at most, so the bench never hangs here.
    await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
      .catch(() => console.warn('The service worker did not take control within a minute: repeat visits may come from the HTTP cache.'));
    await page.close();
    await browser.close();

    const pages: BenchPage[] = [
      ['Home', `${origin}/`],
      ['Content page', `${origin}/learn/code-of-ethics/`],
      ['Search', `${origin}/search/`],
      ['Form page (new meeting)', `${origin}/forms/encounter/?person=${menteeId}`],
      ['Mentee page (20 meetings)', `${origin}/mentees/view/?id=${menteeId}`],
    ];
    const results = new Map<string, LighthouseRow[]>(pages.map(([name]) => [name, []]));
    for (let i = 0; i < runs; i += 1) {
      for (const [name, url] of pages) results.get(name)?.push(await audit(name, url, chrome.port, true));
    }
    return pages.map(([name]) => medianRow(results.get(name) ?? []));
  } finally {
    chrome.close();
  }
}

/** The Lighthouse rows as a Markdown table, with the targets. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const head =
    '| page | performance (target ≥ 95) | accessibility (target 100) | best practices | SEO | FCP | LCP | TBT | CLS | requests | transferred |\n|---|---|---|---|---|---|---|---|---|---|---|';
  return [
    head,
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.fcpMs / 1000).toFixed(2)} s | ${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ${r.requests} | ${(r.transferBytes / 1024).toFixed(1)} KB |`,
    ),
  ].join('\n');
}

/** "LCP of `page` is 1.12 × `base`'s", for each page against one base row. */
export function ratioLines(rows: readonly LighthouseRow[], base: string): string[] {
  const baseRow = rows.find((r) => r.page === base);
  if (!baseRow) return [];
  return rows
    .filter((r) => r !== baseRow)
    .map((r) => `- ${r.page}: LCP ${(r.lcpMs / baseRow.lcpMs).toFixed(2)} × ${base}'s, FCP ${(r.fcpMs / baseRow.fcpMs).toFixed(2)} ×`);
}
