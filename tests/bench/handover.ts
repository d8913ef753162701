/**
 * The supervisor view at scale: 20 peer mentors' handover files of 12 months each
 * (5 mentees, a plan each, 4 meetings per mentee per month with a drawn signature, 5 log
 * entries per month: 305 records a file, 6,100 in all). Measured in Chromium, median of 3,
 * each run in a new, empty profile:
 * - choosing all 20 files until the summary of all 20 is on screen (checked, kept in the
 *   supervisor store, read back, summed up, drawn);
 * - opening `/supervisor/` again with the 20 files kept, until the 20 summaries are drawn;
 * - the page's JavaScript heap after that (CDP `Performance.getMetrics`, `JSHeapUsedSize`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { examples as encounter } from '../../src/forms/encounter/examples.ts';
import { examples as plan } from '../../src/forms/individual-plan/examples.ts';
import { examples as logEntry } from '../../src/forms/time-log-entry/examples.ts';
import { chromiumFlags, findChromium } from '../e2e/support/browser.ts';
import { median, sampleSignature } from './seed.ts';

const MENTORS = 20;
const MENTEES = 5;
const MONTHS = 12;
const MEETINGS_PER_MONTH = 4;
const LOG_PER_MONTH = 5;

/** One peer mentor's handover file for 2026 (the shape of `src/lib/handover/schema.ts`). */
function handoverFile(m: number, signature: string): { text: string; records: number } {
  const at = '2026-12-01T09:00:00.000Z';
  const person = (id: string, kind: string, name: string, more: object = {}) => ({ id, kind, name, note: '', createdAt: at, updatedAt: at, revision: 1, ...more });
  const records: object[] = [];
  let n = 0;
  const rec = (formId: string, formVersion: number, personId: string, data: object) => {
    n += 1;
    records.push({ id: `m${String(m)}-r${String(n)}`, formId, formVersion, personId, createdAt: at, updatedAt: at, status: 'finished', revision: 2, data });
  };
  const day = (month: number, d: number) => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const people = Array.from({ length: MENTEES }, (_, i) => person(`m${String(m)}-p${String(i)}`, 'mentee', `Mentee ${String(m + 1)}.${String(i + 1)}`));
  for (const p of people) {
    rec('individual-plan', plan.version, p.id, { ...plan.valid, menteeName: p.name, dateReviewed: '2026-01-02' });
    for (let month = 1; month <= MONTHS; month += 1) {
      for (let k = 0; k < MEETINGS_PER_MONTH; k += 1) {
        rec('encounter', encounter.version, p.id, {
          ...encounter.valid, menteeName: p.name, meetingDate: day(month, 3 + k * 7),
          menteeSignature: { kind: 'typed', value: p.name, signedAt: at }, mentorSignature: { kind: 'drawn', value: signature, signedAt: at },
        });
      }
    }
  }
  for (let month = 1; month <= MONTHS; month += 1) {
    for (let k = 0; k < LOG_PER_MONTH; k += 1) rec('time-log-entry', logEntry.version, 'mentor', { ...logEntry.valid, date: day(month, 2 + k * 5) });
  }
  const file = {
    format: 'peer-mentor-workbook-handover', formatVersion: 1, appVersion: 'bench', createdAt: at,
    period: { from: '2026-01-01', to: '2026-12-31' },
    mentor: person('mentor', 'mentor', `Peer Mentor ${String(m + 1)}`, { agency: `Agency ${String(1 + (m % 3))}`, supervisor: 'Dana Ortiz' }),
    people, records,
    summary: { hours: { totalHours: 75, faceToFaceHours: 75, goalHours: 90 }, evaluationsDone: [] },
  };
  return { text: JSON.stringify(file), records: records.length };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/** Waits until all 20 summaries are drawn; @returns ms since `start` (page clock). */
async function summariesDrawn(page: Page): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('.wb-sv__mentor').length === count, MENTORS, { polling: 'raf', timeout: 120_000 });
}

/** The figures, as a Markdown table. */
export async function runHandoverScale(origin: string, runs = 3): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-handover-'));
  const signature = sampleSignature();
  let records = 0;
  let bytes = 0;
  const paths = Array.from({ length: MENTORS }, (_, m) => {
    const file = handoverFile(m, signature);
    records += file.records;
    bytes += Buffer.byteLength(file.text);
    const path = join(dir, `workbook-for-supervisor-${String(m + 1)}.json`);
    writeFileSync(path, file.text);
    return path;
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
  const openMs: number[] = [];
  const reopenMs: number[] = [];
  const heap: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}/supervisor/`);
      await page.getByText('No files are open yet.').waitFor();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose files' }).click();
      const start = Date.now();
      await (await chooser).setFiles(paths);
      await summariesDrawn(page);
      openMs.push(Date.now() - start);
      const again = Date.now();
      await page.goto(`${origin}/supervisor/`);
      await summariesDrawn(page);
      reopenMs.push(Date.now() - again);
      heap.push(await heapMb(page));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const ms = (values: number[]) => `${String(Math.round(median(values)))} ms (${values.join(', ')})`;
  return [
    `${String(MENTORS)} files, ${String(records)} records, ${(bytes / 2 ** 20).toFixed(1)} MB in all.\n`,
    '| measure | median (runs) | target | met |',
    '|---|---|---|---|',
    `| Choose all 20 files until the 20 summaries are drawn | ${ms(openMs)} | < 3 s | ${median(openMs) < 3000 ? 'yes' : 'no'} |`,
    `| Open the supervisor page again with the 20 files kept | ${ms(reopenMs)} | – | – |`,
    `| JavaScript heap after that | ${median(heap).toFixed(1)} MB (${heap.map((h) => h.toFixed(1)).join(', ')}) | – | – |`,
  ].join('\n');
}
