/**
 * No arithmetic, no double entry, asked once (issue 13), as a peer mentor does it on a
 * tablet: hours are written as hours and minutes ("1 hour 10 minutes" is 1.17 hours in the
 * totals and the CSV file); a finished meeting goes into the hours once, however often it
 * is tapped, reloaded or opened in another tab; the name is asked once at the first form
 * and is on the paper copy; the plan's things to work on open the first meeting.
 */
import type { Page } from '@playwright/test';
import { definition as encounter } from '~/forms/encounter/definition';
import { test, expect } from './support/fixtures';
import { fillForm, validExample } from './support/form-examples';
import { addMentee, recordIdOf, saveAboutMe, waitForSaved } from './support/workbook';
import { downloadedText, expectNoAxeViolations, pdfText } from './support/checks';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** The CSV file's line of each entry (after the header). */
async function csvLines(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for the agency (CSV)' }).click()]);
  return (await downloadedText(download)).slice(1).split('\r\n').filter(Boolean);
}

test('"1 hour 10 minutes" is 1.17 hours in the totals and the CSV file; a meeting goes into the hours once', async ({ page, context }) => {
  test.slow(); // two forms through the page, two tabs, two CSV files and axe
  await saveAboutMe(page);
  await page.getByRole('link', { name: 'Add hours' }).click();
  await page.waitForURL(/\/forms\/time-log-entry\//);
  await expect(page.getByLabel('The first letters of your name')).toHaveValue('SL');
  await page.getByLabel('Date', { exact: true }).fill('2026-05-04');
  await page.getByText('Mentoring one person at a time', { exact: true }).tap();
  // Face-to-face comes from the activity.
  const faceToFace = page.getByRole('group', { name: 'Was this face-to-face mentoring?' });
  await expect(faceToFace.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await page.getByLabel('How long? Hours').fill('1');
  await page.getByLabel('And minutes').fill('10');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();

  await page.goto('/internship/');
  await expect(page.locator('[data-goal-text]')).toHaveText('90 hours: not yet. You have 1.17 hours. You need 88.83 more.');
  const log = page.getByRole('list', { name: 'My log' });
  await expect(log.getByRole('link', { name: /4 May 2026.*Mentoring one person at a time.*1 hour 10 minutes\. Face-to-face: Yes\. Initials: SL\./ })).toBeVisible();
  expect(await csvLines(page)).toEqual([
    'Date,Activity,Tell a little more about it,How long? Hours,And minutes,Number of hours,Was this face-to-face mentoring?,Peer mentor initials',
    '4 May 2026,Mentoring one-on-one,,1,10,1.17,Yes,SL',
  ]);

  // A finished meeting of 1 hour 15 minutes, open in two tabs.
  const menteeId = await addMentee(page, 'Jordan Rivera');
  await page.goto(`/forms/encounter/?person=${menteeId}`);
  await fillForm(page, encounter, validExample(encounter));
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  const meetingUrl = page.url();
  const add = page.getByRole('button', { name: 'Add this meeting to my internship hours' });
  await expect(add).toBeVisible();
  await expect(page.getByText('It goes in your log as mentoring one-on-one, face-to-face, as long as the meeting.')).toBeVisible();
  const otherTab = await context.newPage();
  await otherTab.goto(meetingUrl);
  await expect(otherTab.getByRole('button', { name: 'Add this meeting to my internship hours' })).toBeVisible();

  // Two quick taps here, then a tap in the other tab, then a reload.
  await add.evaluate((button: HTMLElement) => {
    button.click();
    button.click();
  });
  await expect(page.getByText('Added to my internship hours.')).toBeVisible();
  await expect(add).toBeHidden();
  await expectNoAxeViolations(page);
  await otherTab.getByRole('button', { name: 'Add this meeting to my internship hours' }).tap();
  await expect(otherTab.getByText('Added to my internship hours.')).toBeVisible();
  await otherTab.close();
  await page.reload();
  await expect(page.getByText('Added to my internship hours.')).toBeVisible();
  await expect(add).toBeHidden();

  await page.getByRole('link', { name: 'See it in my log' }).click();
  await expect(page.getByLabel('Tell a little more about it')).toHaveValue('Meeting with Jordan Rivera');
  await expect(page.getByLabel('How long? Hours')).toHaveValue('1');
  await expect(page.getByLabel('And minutes')).toHaveValue('15');

  await page.goto('/internship/');
  await expect(page.getByText('2 entries, newest first.')).toBeVisible();
  await expect(page.locator('[data-goal-text]')).toHaveText('90 hours: not yet. You have 2.42 hours. You need 87.58 more.');
  const lines = await csvLines(page);
  expect(lines.filter((line) => line.includes('Meeting with Jordan Rivera'))).toEqual(['11 May 2026,Mentoring one-on-one,Meeting with Jordan Rivera,1,15,1.25,Yes,SL']);
});

test('the first form asks the name once; the plan\'s things to work on open the first meeting; the paper copy names the peer mentor', async ({ page }) => {
  test.slow(); // two forms through the page, axe and two PDFs
  const menteeId = await addMentee(page, 'Jordan Rivera');
  await page.goto(`/forms/individual-plan/?person=${menteeId}`);
  const step = page.getByRole('region', { name: 'Before you start' });
  await expect(step).toBeVisible();
  await expectNoAxeViolations(page);
  await step.getByLabel('My name').fill('Sam Lee');
  await step.getByLabel(/^My agency/).fill('Northside Services');
  await step.getByRole('button', { name: 'Save my name' }).tap();
  await expect(page.getByText('Thank you. Your name goes on the forms now.')).toBeVisible();
  await expect(step).toBeHidden();
  await page.getByLabel('What will you work on before you meet again?').fill('Find my bus pass.');
  await waitForSaved(page);

  // The first meeting: not asked again; the plan's things to work on at the top.
  await page.goto(`/forms/encounter/?person=${menteeId}`);
  const carried = page.locator('.wb-box').filter({ hasText: 'Last time, you said you would work on:' });
  await expect(carried).toContainText('Find my bus pass.');
  await expect(step).toBeHidden();
  await page.getByLabel('Meeting end time').fill('23:30');
  await waitForSaved(page);

  await page.goto(`/forms/encounter/paper/?record=${recordIdOf(page)}`);
  await expect(page.locator('[data-paper-second]')).toHaveText('Sam Lee');
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format });
    const flat = pdfText(pdf).text.replace(/\s+/g, ' ');
    expect(flat, format).toContain('Peer mentor: Sam Lee');
  }
});
