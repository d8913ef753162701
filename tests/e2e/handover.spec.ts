/**
 * Issue 15: two peer mentors on two tablets (two browser profiles) each make a file "For
 * my supervisor", one locked with secret words; the supervisor, in a third profile,
 * opens both and sees both names, each meeting's units and each mentor's hours; the
 * locked file needs its phrase; a wrong file is refused with a plain message and nothing
 * that is open changes.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { getForm } from '~/forms';
import { downloadedText, expectNoAxeViolations, pdfText } from './support/checks';
import { guardedContext, test, expect } from './support/fixtures';
import { fillForm, validExample } from './support/form-examples';
import { addMentee, saveAboutMe, waitForSaved } from './support/workbook';

/** The 15th of last month, 'YYYY-MM-DD' (the page offers last month first). */
function lastMonthDay(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-15`;
}

/** Fills a form's valid example with some answers changed, and finishes it. */
async function finish(page: Page, href: string, formId: string, changes: Record<string, string>): Promise<void> {
  const form = getForm(formId);
  if (!form) throw new Error(formId);
  await page.goto(href);
  await fillForm(page, form, { ...validExample(form), ...changes });
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
}

/** One peer mentor's tablet: About me, a mentee, one meeting and one log entry last month; then the file. */
async function mentorFile(page: Page, who: { name: string; mentee: string; end: string; passphrase?: string }): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const day = lastMonthDay();
  await saveAboutMe(page, who.name);
  const menteeId = await addMentee(page, who.mentee);
  await finish(page, `/forms/encounter/?person=${menteeId}`, 'encounter', { meetingDate: day, startTime: '14:00', endTime: who.end });
  await finish(page, '/forms/time-log-entry/', 'time-log-entry', { date: day, durationHours: '2', durationMinutes: '0' });

  await page.goto('/internship/');
  await page.getByRole('link', { name: 'For my supervisor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'For my supervisor' })).toBeVisible();
  if (who.passphrase) {
    await page.getByText('Lock the file with secret words').click();
    await page.getByRole('textbox', { name: 'Secret words' }).fill(who.passphrase);
  }
  await page.getByRole('button', { name: 'Make the file' }).click();
  await expect(page.getByRole('status')).toHaveText(who.passphrase ? 'The file is ready. It has 2 records. It is locked with your secret words.' : 'The file is ready. It has 2 records.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the file' }).click()]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(who.passphrase ? /^workbook-for-supervisor-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}-locked\.json$/ : /^workbook-for-supervisor-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadedText(download);
  return { name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function openFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(files);
}

test('two peer mentors hand their records to the supervisor, one file locked; the supervisor sees both, and a wrong file changes nothing', async ({ page, browser }) => {
  test.slow();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const profile = async (): Promise<Page> => {
    const context = await guardedContext(browser, problems);
    contexts.push(context);
    return context.newPage();
  };

  const sam = await mentorFile(page, { name: 'Sam Lee', mentee: 'Ana López', end: '15:15' });
  const kim = await mentorFile(await profile(), { name: 'Kim Park', mentee: 'Bo Chen', end: '14:40', passphrase: 'green apple tree' });
  // The locked file shows neither a name nor an answer.
  expect(kim.buffer.toString()).not.toMatch(/Kim Park|Bo Chen|Northside/);

  // The supervisor's computer.
  const boss = await profile();
  await boss.goto('/');
  await boss.getByRole('link', { name: 'Are you a supervisor? Open the files from your peer mentors.' }).click();
  // The page first loads every form's module (their hooks count hours and units).
  await expect(boss.getByRole('status').filter({ hasText: 'No files are open yet.' })).toBeVisible({ timeout: 15_000 });
  await openFiles(boss, [sam, kim]);
  await expect(boss.getByRole('heading', { level: 2, name: 'Sam Lee' })).toBeVisible();
  await expect(boss.getByText(`This file is locked: ${kim.name}. Write the secret words.`)).toBeVisible();
  await boss.getByRole('textbox', { name: 'Secret words' }).fill('green apple');
  await boss.getByRole('button', { name: 'Open the file' }).click();
  // Said out loud (an alert), and the box says it is wrong and why, for a screen reader.
  await expect(boss.getByRole('alert').filter({ hasText: 'The secret words are wrong. Check them and try again. Nothing changed.' })).toBeVisible();
  await expect(boss.getByRole('textbox', { name: 'Secret words' })).toHaveAttribute('aria-invalid', 'true');
  await expect(boss.getByRole('textbox', { name: 'Secret words' })).toHaveAccessibleDescription(/The secret words are wrong\. Check them and try again\. Nothing changed\.$/);
  await expect(boss.getByRole('heading', { level: 2, name: 'Kim Park' })).toBeHidden();
  // With the keyboard: Enter in the box opens the file; the question goes away and focus goes to what is open now, not to the top of the page.
  await boss.getByRole('textbox', { name: 'Secret words' }).fill('green apple tree');
  await boss.getByRole('textbox', { name: 'Secret words' }).press('Enter');
  await expect(boss.getByRole('status').filter({ hasText: '2 files are open.' })).toBeVisible();
  await expect(boss.getByRole('status').filter({ hasText: '2 files are open.' })).toBeFocused();

  // Each mentor: the meeting's minutes and units, and the hours.
  const samPart = boss.getByRole('region', { name: 'Sam Lee' });
  const kimPart = boss.getByRole('region', { name: 'Kim Park' });
  await expect(samPart.getByRole('row', { name: /Ana López .* 1 75 5$/ })).toBeVisible();
  await expect(kimPart.getByRole('row', { name: /Bo Chen .* 1 40 3$/ })).toBeVisible();
  await expect(samPart.getByText('Hours so far: 2 of 90. Face-to-face hours: 2. That is at least half.')).toBeVisible();
  await expect(kimPart.getByText('Supervisor’s evaluation: missing')).toBeVisible();

  // A wrong file: a plain message, and both files stay as they were.
  const before = await boss.locator('[data-sv-list]').innerText();
  await openFiles(boss, [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Meeting notes') }]);
  await expect(boss.getByRole('alert')).toHaveText('notes.txt: This is not a file from the workbook. Nothing changed.');
  await expect(boss.getByRole('status').filter({ hasText: '2 files are open.' })).toBeVisible();
  expect(await boss.locator('[data-sv-list]').innerText()).toBe(before);
  await expectNoAxeViolations(boss);

  // Only the keyboard, on a narrow screen: a table wider than the screen is a named region
  // that Tab reaches and the arrow keys scroll; when it fits again, it is no stop on the way.
  await boss.setViewportSize({ width: 320, height: 640 });
  const meetings = samPart.getByRole('region', { name: 'Finished meetings for each mentee and month' });
  await boss.getByRole('button', { name: /^Save the billing summary/ }).focus();
  await boss.keyboard.press('Tab');
  await expect(meetings).toBeFocused();
  await boss.keyboard.press('ArrowRight');
  await expect.poll(() => meetings.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await boss.setViewportSize({ width: 768, height: 1024 });
  await expect(samPart.getByRole('region', { name: 'Finished meetings for each mentee and month' })).toHaveCount(0);
  // The billing summary: its table scrolls in its own box, never the whole page.
  await boss.getByRole('link', { name: 'Billing summary' }).press('Enter');
  await expect(boss.getByRole('table')).toHaveCount(1);
  await boss.setViewportSize({ width: 320, height: 640 });
  expect(await boss.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expect(boss.getByRole('region', { name: /^Northside Services, / })).toHaveCount(1);
  await boss.setViewportSize({ width: 768, height: 1024 });
  await boss.goBack();
  // "Remove this file" with the keyboard: the button goes with the file, so focus goes to the words that say what happened.
  await kimPart.getByRole('link', { name: 'Print the records' }).focus();
  await boss.keyboard.press('Tab');
  await expect(kimPart.getByRole('button', { name: 'Remove this file' })).toBeFocused();
  await boss.keyboard.press('Enter');
  await expect(boss.getByRole('status')).toHaveText('The file of Kim Park is removed from this computer.');
  await expect(boss.getByRole('status')).toBeFocused();
  await expect(kimPart).toHaveCount(0);

  // Sam's records print with the peer mentor's own paper copies.
  await samPart.getByRole('link', { name: 'Print the records' }).click();
  await expect(boss.getByRole('status')).toHaveText('2 records. Each record starts on a new page.');
  await boss.emulateMedia({ media: 'print' });
  const printed = pdfText(await boss.pdf({ format: 'Letter' })).text.replace(/\s+/g, ' ');
  expect(printed).toMatch(/Ana López/);
  expect(printed).toMatch(/Sam Lee/);

  for (const context of contexts) await context.close();
  expect(problems).toEqual([]);
});
