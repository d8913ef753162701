/**
 * Lighthouse (mobile settings, its default simulated throttling) on five pages of the
 * built site, median of 3 runs each, driving Debian's Chromium. Prints a Markdown table.
 * A benchmark, not a test: it never fails on a score.
 */
import { mkdtempSync } from 'node:fs';
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
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Runs Lighthouse on the site at `origin`. */
export async function runLighthouse(origin: string, runs = 3): Promise<LighthouseRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'wb-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    // Seed one mentee with a plan and 20 meetings, so the form and mentee pages are real.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const { menteeId } = await seedMentee(page, origin, { encounters: 20 });
    await page.close();
    await browser.close();

    const pages = [
      ['Home', '/'],
      ['Content page', '/learn/code-of-ethics/'],
      ['Search', '/search/'],
      ['Form page (new meeting)', `/forms/encounter/?person=${menteeId}`],
      ['Mentee page (20 meetings)', `/mentees/view/?id=${menteeId}`],
    ] as const;
    const rows: LighthouseRow[] = [];
    for (const [name, path] of pages) {
      const results: LighthouseRow[] = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          // Keep the seeded records between runs (Lighthouse clears storage by default).
          disableStorageReset: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          page: name,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
        });
      }
      rows.push({
        page: name,
        performance: median(results.map((r) => r.performance)),
        accessibility: median(results.map((r) => r.accessibility)),
        bestPractices: median(results.map((r) => r.bestPractices)),
        seo: median(results.map((r) => r.seo)),
        lcpMs: median(results.map((r) => r.lcpMs)),
        tbtMs: median(results.map((r) => r.tbtMs)),
        cls: median(results.map((r) => r.cls)),
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}

/** The Lighthouse rows as a Markdown table, with the targets. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const head = '| page | performance (target ≥ 95) | accessibility (target 100) | best practices | SEO | LCP | TBT | CLS |\n|---|---|---|---|---|---|---|---|';
  return [
    head,
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} |`,
    ),
  ].join('\n');
}
