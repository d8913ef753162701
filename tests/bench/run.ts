/**
 * `npm run bench`: serves the built site (gzip, like a static host) and prints
 * Lighthouse and scale figures as Markdown tables, with the targets. A benchmark, not a
 * test: it reports figures and never fails on time.
 *
 * `npm run bench -- lighthouse`, `-- scale` or `-- mentee` (only the mentee page with 500
 * meetings against a content page) runs one part. WB_BENCH_PORT moves it off port 4340;
 * WB_BENCH_DIST measures another build (an older commit's, to compare). To compare the first visit
 * with another site holding the same text (for example a Starlight build made outside
 * this repository), set WB_BENCH_OTHER="<name>|<its dist folder>|<page path>".
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../e2e/support/static-server.ts';
import { findChromium } from '../e2e/support/browser.ts';
import { floorPage } from './floor.ts';
import { lighthouseTable, ratioLines, runFirstVisit, runRepeatVisit, type BenchPage } from './lighthouse.ts';
import { runHandoverScale } from './handover.ts';
import { runMenteePage, runScale, scaleTable } from './scale.ts';

const port = Number(process.env['WB_BENCH_PORT'] ?? 4340);
const origin = `http://127.0.0.1:${port}`;
const dist = process.env['WB_BENCH_DIST'] ?? fileURLToPath(new URL('../../dist', import.meta.url));
const only = process.argv[2];
const contentPath = '/learn/code-of-ethics/';

const stops = [await serveStatic(dist, port)];
const floorDir = mkdtempSync(join(tmpdir(), 'wb-floor-'));
try {
  const chromeVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`# Benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${chromeVersion}; Node ${process.version}\n`);
  if (!only || only === 'lighthouse') {
    writeFileSync(join(floorDir, 'index.html'), floorPage(readFileSync(join(dist, contentPath, 'index.html'), 'utf8')));
    stops.push(await serveStatic(floorDir, port + 1));
    const pages: BenchPage[] = [
      ['Floor (same text, plain HTML)', `http://127.0.0.1:${port + 1}/`],
      ['Home', `${origin}/`],
      ['Content page', `${origin}${contentPath}`],
      ['Search', `${origin}/search/`],
    ];
    const other = process.env['WB_BENCH_OTHER']?.split('|');
    if (other?.length === 3) {
      const [name = '', otherDist = '', path = ''] = other;
      stops.push(await serveStatic(otherDist, port + 2));
      pages.push([`${name} (same text)`, `http://127.0.0.1:${port + 2}${path}`]);
    }
    console.log('## First visit (Lighthouse mobile, default throttling, median of 3)\n');
    console.log('A fresh browser profile for every run: no service worker, nothing cached. Pages interleaved run by run.\n');
    const first = await runFirstVisit(pages);
    console.log(lighthouseTable(first));
    console.log(['', ...ratioLines(first, pages[0]?.[0] ?? ''), ''].join('\n'));
    // Issue 17's target: a guide page's first-visit LCP at most 0.8 × the other site's with the same text.
    const otherName = other?.length === 3 ? pages.at(-1)?.[0] : undefined;
    if (otherName) {
      const rows = first.filter((row) => row.page === 'Home' || row.page === 'Content page' || row.page === otherName);
      console.log([...ratioLines(rows, otherName), '(target: LCP ≤ 0.8 ×)', ''].join('\n'));
    }
    console.log('## Repeat visit (Lighthouse mobile, default throttling, median of 3)\n');
    console.log('One profile where the app ran once: served by its service worker, one mentee with 20 meetings stored.\n');
    console.log(lighthouseTable(await runRepeatVisit(origin)));
    console.log('');
  }
  if (!only || only === 'scale') {
    console.log('## 50 mentees, 5,000 records (median of 5)\n');
    const { rows, backupBytes, records } = await runScale(origin);
    console.log(`Records written: ${records}. Backup file: ${(backupBytes / 2 ** 20).toFixed(1)} MB.\n`);
    console.log(scaleTable(rows));
  }
  if (only === 'mentee') {
    console.log('## Mentee page with 500 meetings against a content page (4× CPU slowdown, interleaved, median of 7)\n');
    const { rows, ratio } = await runMenteePage(origin);
    console.log(scaleTable(rows));
    console.log(`\nMentee page ÷ content page: ${ratio.toFixed(2)} (target ≤ 1.3).`);
  }
  if (!only || only === 'handover') {
    console.log('\n## Supervisor view: 20 peer mentors × 12 months (median of 3)\n');
    console.log(await runHandoverScale(origin));
  }
} finally {
  for (const stop of stops) await stop();
  rmSync(floorDir, { recursive: true, force: true });
}
