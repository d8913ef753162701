/**
 * Confirmation boxes are modal `<dialog>`s: focus moves into them, the page behind is
 * inert, Escape cancels and gives focus back to the button that opened them, and they fit
 * a 320 px wide screen with 44 px buttons, in the high-contrast theme too.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectNoAxeViolations } from './support/checks';
import { addMentee, waitForSaved } from './support/workbook';

const WIDTH = 320;
const THINGS = 'What will you work on before you meet again?';

/** The dialog is open as a modal, focused, inside the screen, with 44 px buttons. */
async function expectOpenModal(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog).toBeFocused();
  expect(await dialog.evaluate((el) => el.matches('dialog:modal'))).toBe(true);
  const box = await dialog.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? WIDTH + 1)).toBeLessThanOrEqual(WIDTH);
  for (const button of await dialog.getByRole('button').all()) {
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: WIDTH, height: 640 });
  await page.addInitScript(() => localStorage.setItem('wb.settings', JSON.stringify({ theme: 'high-contrast', textSize: 'normal' })));
});

test('"Delete this meeting" and "Remove this mentee" open as modal dialogs, and Escape keeps everything', async ({ page }) => {
  await addMentee(page, 'Dee');
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByLabel(THINGS).fill('Keep me.');
  await waitForSaved(page);

  const deleteButton = page.getByRole('button', { name: 'Delete this meeting' });
  await deleteButton.click();
  const question = page.getByRole('alertdialog', { name: /^Delete the meeting on / });
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page);
  await expectOpenModal(page, question);
  await expect(deleteButton).toBeFocused();
  await page.reload();
  await expect(page.getByLabel(THINGS)).toHaveValue('Keep me.');

  await page.getByRole('link', { name: 'Dee' }).click();
  const removeButton = page.getByRole('button', { name: 'Remove this mentee' });
  await removeButton.click();
  await expectOpenModal(page, page.getByRole('alertdialog', { name: 'Remove Dee?' }));
  await expect(removeButton).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dee');
});

test('"Delete everything on this tablet" opens as a modal dialog, and Escape deletes nothing', async ({ page }) => {
  await addMentee(page, 'Eli');
  await page.goto('/settings/');
  const deleteAll = page.getByRole('button', { name: 'Delete everything on this tablet' });
  await deleteAll.click();
  await expectOpenModal(page, page.getByRole('alertdialog', { name: 'Delete everything on this tablet?' }));
  await expect(deleteAll).toBeFocused();
  await page.goto('/mentees/');
  await expect(page.getByText('Eli')).toBeVisible();
});
