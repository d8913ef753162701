/**
 * `npm run bench`: serves the built site (gzip, like a static host) and prints
 * Lighthouse and scale figures as Markdown tables, with the targets. A benchmark, not a
 * test: it reports figures and never fails on time.
 */
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../e2e/support/static-server.ts';
import { findChromium } from '../e2e/support/browser.ts';
import { runHandoverScale } from './handover.ts';
import { lighthouseTable, runLighthouse } from './lighthouse.ts';
import { runScale, scaleTable } from './scale.ts';

const port = 4340;
const origin = `http://127.0.0.1:${port}`;
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const only = process.argv[2];

const stop = await serveStatic(dist, port);
try {
  const chromeVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`# Benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${chromeVersion}; Node ${process.version}\n`);
  if (!only || only === 'lighthouse') {
    console.log('## Lighthouse (mobile, default throttling, median of 3)\n');
    console.log(lighthouseTable(await runLighthouse(origin)));
    console.log('');
  }
  if (!only || only === 'scale') {
    console.log('## 50 mentees, 5,000 records (median of 5)\n');
    const { rows, backupBytes, records } = await runScale(origin);
    console.log(`Records written: ${records}. Backup file: ${(backupBytes / 2 ** 20).toFixed(1)} MB.\n`);
    console.log(scaleTable(rows));
  }
  if (!only || only === 'handover') {
    console.log('\n## Supervisor view: 20 peer mentors × 12 months (median of 3)\n');
    console.log(await runHandoverScale(origin));
  }
} finally {
  await stop();
}
