/**
 * The encounter's location "Other (please write)" (form version 2): its follow-up shows
 * only for "Other", must be filled then, is saved, and prints on the one-page paper copy.
 */
import { test, expect } from './support/fixtures';
import { addMentee, recordIdOf, waitForSaved } from './support/workbook';
import { expectNoAxeViolations, pdfText } from './support/checks';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test('"Other (please write)" asks where, needs an answer, keeps it and prints it', async ({ page }) => {
  const menteeId = await addMentee(page, 'Ana');
  await page.goto(`/forms/encounter/?person=${menteeId}`);
  const place = page.getByLabel('Where was it?');
  await expect(page.getByRole('radio', { name: /Somewhere else/ })).toBeVisible();
  await expect(place).toBeHidden();

  await page.getByRole('radio', { name: /^Somewhere else/ }).tap();
  await expect(place).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('link', { name: 'Write where you met.' })).toBeVisible();
  await expectNoAxeViolations(page);

  await place.fill('The bowling alley on 5th Street');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Somewhere else/ })).toBeChecked();
  await expect(place).toHaveValue('The bowling alley on 5th Street');

  await page.goto(`/forms/encounter/paper/?record=${recordIdOf(page)}`);
  await expect(page.locator('[data-paper]')).toContainText('The bowling alley on 5th Street');
  await page.emulateMedia({ media: 'print' });
  const { text, pages } = pdfText(await page.pdf({ format: 'Letter' }));
  expect(pages).toBe(1);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toMatch(/☒\s*Somewhere else \(Form words: Other \(please write\)\)/);
  expect(flat).toContain('Where was it?');
  expect(flat).toContain('The bowling alley on 5th Street');
});

test('the blank encounter prints the "Other" choice and its line to write on', async ({ page }) => {
  await page.goto('/forms/encounter/paper/');
  const flat = pdfText(await page.pdf({ format: 'Letter' })).text.replace(/\s+/g, ' ');
  expect(flat).toMatch(/☐\s*Somewhere else \(Form words: Other \(please write\)\)/);
  expect(flat).toContain('Where was it?');
  expect(flat).toContain('Only if you chose: Somewhere else');
});
