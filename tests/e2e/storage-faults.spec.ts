/**
 * Storage that goes away or is refused (issue 18, items 1 and 6): a database thrown away
 * under the open form, and Chromium's own "block site data"
 * setting (IndexedDB and localStorage both refused).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, findChromium } from './support/browser';
import { ORIGIN, test, expect, isPlaywrightNote } from './support/fixtures';
import { addMentee, waitForSaved } from './support/workbook';

const THINGS = 'What will you work on before you meet again?';
const DB = 'peer-mentor-workbook';

test('a database thrown away under the open form: the page says the work is gone, keeps the typing and names the last backup file', async ({ page, context }) => {
  const id = await addMentee(page, 'Lost Lou');
  await page.goto('/settings/');
  await Promise.all([page.waitForEvent('download'), page.locator('[data-ss-save]').click()]);
  await page.goto(`/forms/encounter/?person=${id}`);
  await page.getByLabel(THINGS).fill('Saved before.');
  await waitForSaved(page);

  // The browser throws the database away (as Chromium does after a write fails on a full disk).
  const other = await context.newPage();
  await other.goto('/help/');
  await other.evaluate((name) => new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve)), DB);
  await other.close();
  await page.getByLabel(THINGS).fill('Saved before. Typed after.');

  const box = page.getByRole('alert').filter({ hasText: 'The work saved on this tablet is gone.' });
  await expect(box).toBeVisible();
  await expect(box).toContainText('Your typing on screen is still here.');
  await expect(box).toContainText(/open your last backup file in Settings\. It is from \w+, \w+ \d{1,2} at \d{1,2}:\d{2}\s[AP]M\./);
  await expect(box).not.toContainText('deleted in another tab');
  await expect(box.getByRole('button', { name: 'Save a backup file' })).toBeVisible();
  await expect(page.getByLabel(THINGS)).toHaveValue('Saved before. Typed after.');

});

test('Chromium set to block site data: every page says so plainly, nothing hangs, and the form still fills in and saves to a file', async () => {
  // The real setting, in a profile of its own: "Sites can't save data on your device".
  const profile = mkdtempSync(join(tmpdir(), 'wb-blocked-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: chromiumFlags,
    baseURL: ORIGIN,
    viewport: { width: 768, height: 1024 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const problems: string[] = [];
  context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));
  context.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !isPlaywrightNote(m.text())) problems.push(m.text());
  });
  const blocked = 'This tablet will not let the workbook save right now.';
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    expect(await page.goto('/').then(() => page.evaluate(() => {
      try {
        return typeof localStorage.length;
      } catch (e) {
        return (e as Error).name;
      }
    }))).toBe('SecurityError');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto('/settings/');
    await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();
    await expect(page.getByText('Looking…')).toHaveCount(0);
    await page.locator('[data-ss-save]').click();
    await expect(page.locator('[data-ss-save-status]')).toContainText('No file was made.');
    await page.getByRole('radio', { name: /Large/ }).first().check();
    await expect(page.locator('[data-settings-status]')).not.toBeEmpty();

    await page.goto('/internship/');
    await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();
    await page.goto('/mentees/');
    await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();
    await page.goto('/mentees/view/?id=someone-1');
    await expect(page.getByRole('alert').filter({ hasText: blocked })).toBeVisible();

    await page.goto('/forms/encounter/?person=someone-1');
    const box = page.getByRole('alert').filter({ hasText: 'The workbook cannot save on this tablet right now.' });
    await expect(box).toBeVisible();
    await page.getByLabel(THINGS).fill('Typed with site data blocked.');
    const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Save a backup file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^workbook-form-meeting-/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
