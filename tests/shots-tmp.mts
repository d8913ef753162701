import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { serveStatic } from './e2e/support/static-server.ts';
import { chromiumFlags } from './e2e/support/browser.ts';

const port = 4348;
const origin = `http://127.0.0.1:${port}`;
const stop = await serveStatic(new URL('../dist', import.meta.url).pathname, port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
const out = '/tmp/i15-shots';
execFileSync('mkdir', ['-p', out]);
try {
  const ctx = await browser.newContext({ viewport: { width: 768, height: 1024 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  // peer mentor page without profile, then with profile
  await page.goto(`${origin}/internship/`);
  await page.getByLabel('My name').fill('Sam Lee');
  await page.getByLabel(/^My agency/).fill('Northside Services');
  await page.getByRole('button', { name: 'Save About me' }).click();
  await page.getByText('Saved. Now you can add your hours.').waitFor();
  await page.goto(`${origin}/for-my-supervisor/`);
  await page.getByRole('button', { name: 'Make the file' }).waitFor();
  await page.getByText('Lock the file with a secret phrase').click();
  await page.getByRole('button', { name: 'Make the file' }).click();
  await page.getByText('Write a secret phrase with at least 8 letters.').waitFor();
  await page.screenshot({ path: `${out}/mentor-768.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.screenshot({ path: `${out}/mentor-320.png`, fullPage: true });
  // supervisor with bench-like files
  const { files } = JSON.parse(process.env['FILES'] ?? '{"files":[]}') as { files: string[] };
  const sv = await (await browser.newContext({ viewport: { width: 768, height: 1024 }, serviceWorkers: 'block' })).newPage();
  sv.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await sv.goto(`${origin}/supervisor/`);
  await sv.getByText('No files are open yet.').waitFor();
  await sv.screenshot({ path: `${out}/sv-empty-768.png`, fullPage: true });
  const chooser = sv.waitForEvent('filechooser');
  await sv.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles([...files, '/tmp/notes.txt']);
  await sv.locator('.wb-sv__mentor').first().waitFor();
  await sv.screenshot({ path: `${out}/sv-768.png`, fullPage: false });
  await sv.setViewportSize({ width: 320, height: 900 });
  await sv.screenshot({ path: `${out}/sv-320.png`, fullPage: false });
  await sv.setViewportSize({ width: 768, height: 1024 });
  await sv.goto(`${origin}/supervisor/billing/`);
  await sv.locator('.wb-sv-table').first().waitFor();
  await sv.emulateMedia({ media: 'print' });
  writeFileSync(`${out}/billing.pdf`, await sv.pdf({ format: 'Letter' }));
  await sv.emulateMedia({ media: 'screen' });
  await sv.goto(`${origin}/supervisor/`);
  await sv.locator('.wb-sv__mentor').first().waitFor();
  await sv.getByRole('link', { name: 'Print the records' }).first().click();
  await sv.getByText(/records?\. Each record starts/).waitFor({ timeout: 60000 });
  await sv.emulateMedia({ media: 'print' });
  writeFileSync(`${out}/records.pdf`, await sv.pdf({ format: 'Letter' }));
} finally {
  await browser.close();
  await stop();
}
