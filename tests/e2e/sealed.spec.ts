/**
 * Signed means sealed, as a person meets it on a tablet: a meeting signed by both and
 * finished is changed only by a correction with a reason; the paper copy says it was
 * changed after signing and, until both sign again, "Not signed again"; once they have,
 * it shows both signature dates. The signed version counts until then.
 */
import type { Page } from '@playwright/test';
import { forms } from '~/forms';
import { menteeHref, newRecordHref, paperHref, recordHref } from '~/lib/urls';
import { test, expect } from './support/fixtures';
import { expectNoAxeViolations, pdfText } from './support/checks';
import { fillForm, questions, validExample } from './support/form-examples';
import { addMentee, recordIdOf, typeSignature, waitForSaved } from './support/workbook';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** A mentee form with two signatures and a time field that ends the meeting (found by kind). */
const form = forms.find(
  (f) => f.owner === 'mentee' && questions(f).filter((q) => q.kind === 'signature').length === 2 && questions(f).some((q) => q.kind === 'time' && q.laterThan),
);
const endTime = form && questions(form).find((q) => q.kind === 'time' && q.laterThan);
const signatures = form ? questions(form).filter((q) => q.kind === 'signature') : [];

/** The paper copy's text at Letter and A4 (spaces made single), and its page counts. */
async function paperTexts(page: Page, name: string): Promise<{ format: string; flat: string; pages: number }[]> {
  await page.emulateMedia({ media: 'print' });
  const out = [];
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, path: test.info().outputPath(`${name}-${format}.pdf`) });
    const { text, pages } = pdfText(pdf);
    out.push({ format, flat: text.replace(/\s+/g, ' '), pages });
  }
  await page.emulateMedia({ media: 'screen' });
  return out;
}

test('a signed meeting changed after signing says so on paper, and counts again once both sign', async ({ page }) => {
  test.slow(); // a whole flow: two finishes, a change, four PDFs and a page of axe
  if (!form || !endTime) throw new Error('No mentee form with two signatures and an end time.');
  const menteeId = await addMentee(page, 'Ana');
  await page.goto(newRecordHref(form.id, menteeId));
  const finish = page.getByRole('button', { name: 'Finish' });
  await expect(finish).toBeEnabled();

  // Filled and signed by both (typed), then finished.
  await fillForm(page, form, validExample(form));
  await waitForSaved(page);
  await finish.tap();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  const signedId = recordIdOf(page);
  const history = page.getByRole('region', { name: 'What happened to this form' });
  await expect(history).toContainText('Started on');
  await expect(history).toContainText('The mentee signed on');
  await expect(history).toContainText('Finished on');

  // "Change it" asks what changed first; nothing changes without a reason.
  await page.getByRole('button', { name: 'Change it' }).tap();
  const reason = page.getByLabel('This form is signed. What did you change?');
  await expect(reason).toBeFocused();
  await page.getByRole('button', { name: 'Start the change' }).tap();
  await expect(page.getByText('Write what you changed, in one line.')).toBeVisible();
  await reason.fill('The meeting ended at 4:00 PM, not 3:15 PM.');
  await page.getByRole('button', { name: 'Start the change' }).tap();
  await page.waitForURL((url) => url.searchParams.get('record') !== signedId);
  const correctionId = recordIdOf(page);
  await expect(page.getByText('A change is started, not signed yet.')).toBeVisible();
  await expect(page.getByText('Changed on', { exact: false }).first()).toContainText('The meeting ended at 4:00 PM');
  for (const signature of signatures) {
    await expect(page.getByRole('group', { name: signature.label }).getByLabel('Or type the name')).toHaveValue('');
  }

  // The end time moves; finished without signing again.
  await page.getByLabel(endTime.label).fill('16:00');
  await waitForSaved(page);
  await finish.tap();
  await expect(page.getByText('Not signed again. Press "Change it"')).toBeVisible();
  await expect(history).toContainText('Changed after signing on');
  await expectNoAxeViolations(page);

  // The signed version still counts: the mentee page lists it, not the change.
  await page.goto(menteeHref(menteeId));
  await expect(page.locator(`a[href="${recordHref(form.id, signedId)}"]`).first()).toBeVisible();
  await expect(page.locator(`a[href="${recordHref(form.id, correctionId)}"]`)).toHaveCount(0);

  // The paper copy of the change says so in words.
  await page.goto(paperHref(form.id, { record: correctionId }));
  await expect(page.locator('[data-paper-changed]')).toBeVisible();
  for (const { format, flat, pages } of await paperTexts(page, 'not-signed-again')) {
    expect(pages, `${format}: one page`).toBe(1);
    expect(flat).toContain('Changed after signing');
    expect(flat).toMatch(/This form was changed after it was signed, on \d{1,2} \w+ \d{4}\./);
    expect(flat).toContain('What was changed: The meeting ended at 4:00 PM, not 3:15 PM.');
    expect(flat).toContain('Not signed again.');
    expect(flat, 'its status does not just say Finished').toContain('Finished, changed after signing, not signed again');
    expect(flat).toContain('4:00 PM');
    expect(flat).not.toContain('Signed (typed)');
  }

  // Both sign again: the change counts, and the paper shows both signature dates.
  await page.goto(recordHref(form.id, correctionId));
  await page.getByRole('button', { name: 'Change it' }).tap();
  await expect(finish).toBeVisible();
  for (const signature of signatures) await typeSignature(page, signature.label, signature.signer === 'mentee' ? 'Ana' : 'Sam Lee');
  await waitForSaved(page);
  await finish.tap();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  await expect(page.getByText('A change is started, not signed yet.')).toBeHidden();

  await page.goto(paperHref(form.id, { record: correctionId }));
  await expect(page.locator('[data-paper-changed]')).toContainText('Signed again');
  for (const { format, flat, pages } of await paperTexts(page, 'signed-again')) {
    expect(pages, `${format}: one page`).toBe(1);
    expect(flat).toContain('Changed after signing');
    expect(flat).toContain('Signed again by everyone who signed before.');
    expect(flat).not.toMatch(/not signed again/i);
    expect(flat).toMatch(/Signed \(typed\): Ana, \d{1,2} \w+ \d{4}/);
    expect(flat).toMatch(/Signed \(typed\): Sam Lee, \d{1,2} \w+ \d{4}/);
  }

  // The old signed version is still there to read and print, marked as replaced.
  await page.goto(recordHref(form.id, signedId));
  await expect(page.getByText(/^Replaced on \d{1,2} \w+ \d{4}\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change it' })).toBeHidden();
  await page.goto(paperHref(form.id, { record: signedId }));
  await expect(page.locator('[data-paper-changed]')).toContainText(/Replaced on \d{1,2} \w+ \d{4}\. This is an old copy\./);
  await page.goto(menteeHref(menteeId));
  await expect(page.locator(`a[href="${recordHref(form.id, correctionId)}"]`).first()).toBeVisible();
  await expect(page.locator(`a[href="${recordHref(form.id, signedId)}"]`)).toHaveCount(0);
});
