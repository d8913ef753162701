/**
 * Backup files: made in Settings (everything) and on a mentee's page (one mentee), opened
 * on another browser (a new context is an empty tablet), with what will change shown
 * first; bad files refused with nothing changed; the reminder; everything by keyboard.
 */
import type { Browser, BrowserContext, Download, FileChooser, Page } from '@playwright/test';
import { guardedContext, test, expect } from './support/fixtures';
import { addMentee, recordIdOf, typeSignature, waitForSaved } from './support/workbook';
import { downloadedText, expectNoAxeViolations } from './support/checks';

const THINGS = 'What will you work on before you meet again?';
const DB = 'peer-mentor-workbook';

/** The "Keep your work safe" section of Settings. */
function section(page: Page) {
  return page.locator('#keep-safe');
}

/** Presses the section's own "Save a backup file" and returns the download. */
async function saveBackupInSettings(page: Page): Promise<Download> {
  await page.goto('/settings/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section(page).getByRole('button', { name: 'Save a backup file', exact: true }).last().click(),
  ]);
  return download;
}

/** Opens a file with "Open a backup file" in Settings. */
async function openBackupFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.goto('/settings/');
  const chooser = page.waitForEvent('filechooser');
  await section(page).getByRole('button', { name: 'Open a backup file' }).click();
  await (await chooser).setFiles(file);
}

/** Counts of what IndexedDB holds, read directly. */
async function stored(page: Page): Promise<{ people: number; records: number; revisions: number[] }> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['people', 'records'], 'readonly');
          const people = tx.objectStore('people').getAll();
          const records = tx.objectStore('records').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              people: people.result.length,
              records: records.result.length,
              revisions: (records.result as { revision: number }[]).map((r) => r.revision).sort(),
            });
          };
        };
      }),
    DB,
  );
}

/** A new, empty "tablet": a fresh context that fails the test on errors like the fixture does. */
function emptyTablet(browser: Browser, problems: string[]): Promise<BrowserContext> {
  return guardedContext(browser, problems);
}

/** Fills and finishes a meeting. @returns the record id. */
async function finishedMeeting(page: Page, menteeId: string, date: string, things: string): Promise<string> {
  await page.goto(`/forms/encounter/?person=${menteeId}`);
  await page.getByLabel('Meeting date').fill(date);
  await page.getByLabel(/write the goal here/i).fill('Ride the bus alone');
  await page.getByLabel('Meeting start time').fill('10:00');
  await page.getByLabel('Meeting end time').fill('11:15');
  await page.getByText('Out in town').click();
  await page.getByText('We did some things').click();
  await page.getByLabel('What steps did you take?').fill('We found the bus stop.');
  await page.getByLabel(THINGS).fill(things);
  await typeSignature(page, 'The mentee signs here', 'Ana');
  await typeSignature(page, 'The peer mentor signs here', 'Sam Lee');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  return recordIdOf(page);
}

/** The printed words of a record's paper copy. */
async function paperText(page: Page, recordId: string): Promise<string> {
  await page.goto(`/forms/encounter/paper/?record=${recordId}`);
  const paper = page.locator('[data-paper]');
  await expect(paper).toContainText('Sam Lee');
  return (await paper.innerText()).replace(/\s+/g, ' ').trim();
}

test('a backup made on one tablet opens on another, says first what will change, and the records print the same', async ({ page, browser }) => {
  test.slow();
  const ana = await addMentee(page, 'Ana López');
  const first = await finishedMeeting(page, ana, '2026-05-03', 'Buy a bus pass.');
  const second = await finishedMeeting(page, ana, '2026-05-10', 'Call the bank <today>.');
  await addMentee(page, 'Ben');
  const printed = [await paperText(page, first), await paperText(page, second)];

  const before = new Date().toISOString();
  const download = await saveBackupInSettings(page);
  const after = new Date().toISOString();
  expect(download.suggestedFilename()).toMatch(/^workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadedText(download);
  const file = JSON.parse(text) as { format: string; formatVersion: number; appVersion: string; createdAt: string; people: unknown[]; records: unknown[] };
  expect(file).toMatchObject({ format: 'peer-mentor-workbook-backup', formatVersion: 1, appVersion: '0.1.0' });
  // Made while the button was pressed (an order of times, not a duration).
  expect(file.createdAt >= before && file.createdAt <= after, `${before} ≤ ${file.createdAt} ≤ ${after}`).toBe(true);
  expect(file.people).toHaveLength(2);
  expect(file.records).toHaveLength(2);
  console.log(`Backup of 2 mentees and 2 finished meetings (typed signatures): ${Buffer.byteLength(text)} bytes.`);
  await expect(section(page).getByText(/^You saved the last backup file on \w+, \w+ \d+ at/)).toBeVisible();
  await expect(section(page).getByText(/^The backup file is saved\. It is called workbook-backup-/)).toBeVisible();

  // Another tablet: empty until the file is opened.
  const problems: string[] = [];
  const other = await emptyTablet(browser, problems);
  const tablet = await other.newPage();
  await openBackupFile(tablet, { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  const review = tablet.getByRole('region', { name: 'What is in this file' });
  await expect(review).toBeFocused();
  await expect(review).toContainText(/This backup file was made on .+\. It holds 2 mentees and 2 forms\./);
  await expect(review.getByRole('listitem')).toHaveText(['2 new mentees', '2 new meetings']);
  await expect(review).toContainText('Nothing on this tablet is deleted.');
  await expectNoAxeViolations(tablet);
  expect(await stored(tablet)).toMatchObject({ people: 0, records: 0 });
  await review.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(tablet.getByText('Done. These are now on this tablet: 2 new mentees and 2 new meetings.')).toBeVisible();
  expect(await paperText(tablet, first)).toBe(printed[0]);
  expect(await paperText(tablet, second)).toBe(printed[1]);
  await tablet.goto('/mentees/');
  await expect(tablet.getByRole('link', { name: /Ana López/ })).toBeVisible();

  // The same file again changes nothing.
  await openBackupFile(tablet, { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(review).toContainText('Everything in this file is already on this tablet. Nothing will change.');
  await expect(review.getByRole('button', { name: 'Yes, add them' })).toBeHidden();
  await review.getByRole('button', { name: 'OK' }).click();
  await expect(review).toBeHidden();

  // The first tablet corrects the signed meeting (signed again). Its newer backup brings the
  // correction and the replaced copy; the other tablet then shows the correction, and the
  // old copy says it was replaced.
  await page.goto(`/forms/encounter/?record=${first}`);
  await page.getByRole('button', { name: 'Change it' }).click();
  await page.getByLabel('This form is signed. What did you change?').fill('A monthly pass, not a single ticket.');
  await page.getByRole('button', { name: 'Start the change' }).click();
  await page.waitForURL((url) => url.searchParams.get('record') !== first);
  const corrected = recordIdOf(page);
  await page.getByLabel(THINGS).fill('Buy a monthly bus pass.');
  await typeSignature(page, 'The mentee signs here', 'Ana');
  await typeSignature(page, 'The peer mentor signs here', 'Sam Lee');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('This form is finished and saved on this tablet.')).toBeVisible();
  const newer = await downloadedText(await saveBackupInSettings(page));
  await openBackupFile(tablet, { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(review.getByRole('list').first().getByRole('listitem')).toHaveText(['1 new meeting', '1 meeting newer than yours']);
  // The replaced copy is named, with when each side was last changed.
  await expect(review.getByRole('listitem').filter({ has: tablet.getByRole('checkbox', { name: 'Keep mine' }) })).toContainText("Ana López's meeting on 3 May 2026.");
  await expect(review).toContainText('3 things are the same as yours or older. They stay as they are.');
  await review.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(tablet.getByText('Done. These are now on this tablet: 1 new meeting and 1 meeting newer than yours.')).toBeVisible();
  await tablet.goto(`/forms/encounter/?record=${corrected}`);
  await expect(tablet.getByLabel(THINGS)).toHaveValue('Buy a monthly bus pass.');
  await tablet.goto(`/forms/encounter/?record=${first}`);
  await expect(tablet.getByText(/^Replaced on /)).toBeVisible();
  await other.close();
  expect(problems).toEqual([]);
});

test('a crafted file cannot undo today’s work or write over another form; the review names what changes and lets me keep mine', async ({ page }) => {
  test.slow();
  const ana = await addMentee(page, 'Ana López');
  const draftMeeting = async (date: string, things: string): Promise<string> => {
    await page.goto(`/forms/encounter/?person=${ana}`);
    await page.getByLabel('Meeting date').fill(date);
    await page.getByLabel(THINGS).fill(things);
    await waitForSaved(page);
    return recordIdOf(page);
  };
  const first = await draftMeeting('2026-05-03', 'Typed today.');
  const second = await draftMeeting('2026-05-10', 'Also typed today.');
  type FileRecord = { id: string; updatedAt: string; revision: number; data: Record<string, unknown> };
  const file = JSON.parse(await downloadedText(await saveBackupInSettings(page))) as {
    mentor: unknown;
    people: { name: string; updatedAt: string; revision: number }[];
    records: FileRecord[];
  };
  const before = await stored(page);
  const copy = (id: string, change: Partial<FileRecord>, things: string): FileRecord => {
    const record = file.records.find((r) => r.id === id);
    if (!record) throw new Error(`no record ${id} in the backup`);
    return { ...record, ...change, data: { ...record.data, thingsToWorkOn: things } };
  };
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
  const crafted = {
    ...file,
    // From 2020 with a high revision: autosave raises it on every save, so it must not win.
    people: file.people.map((p) => ({ ...p, name: 'Old name', updatedAt: '2020-03-04T10:00:00.000Z', revision: 500 })),
    records: [
      copy(first, { updatedAt: '2020-03-04T10:00:00.000Z', revision: 500 }, 'From 2020.'),
      copy(second, { updatedAt: tomorrow }, 'From the other tablet.'),
    ],
  };

  await openBackupFile(page, { name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
  const review = page.getByRole('region', { name: 'What is in this file' });
  await expect(review).toBeFocused();
  await expect(review).toContainText('1 meeting newer than yours');
  await expect(review).toContainText('The file has a newer copy of these.');
  const replaced = review.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  await expect(replaced).toHaveCount(1);
  await expect(replaced).toContainText("Ana López's meeting on 10 May 2026.");
  await expect(replaced).toContainText(/^.+Yours was last changed on \w+, \w+ \d+ at .+\. The copy in the file was last changed on \w+, \w+ \d+ at .+\./);
  await expect(review).not.toContainText('3 May 2026');
  await expectNoAxeViolations(page);
  // Only the keyboard: from the review, Tab reaches "Keep mine" (its card shows the focus), Space ticks it, Tab and Enter add.
  await review.focus();
  await page.keyboard.press('Tab');
  const keepMine = replaced.getByRole('checkbox', { name: 'Keep mine' });
  await expect(keepMine).toBeFocused();
  expect(await keepMine.evaluate((box) => getComputedStyle(box.closest('label')!).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(keepMine).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(review.getByRole('button', { name: 'Yes, add them' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Done. Everything in the file was already on this tablet. Nothing changed.')).toBeVisible();
  expect(await stored(page)).toEqual(before);

  // A time log entry with the id of Ana's meeting: refused, naming the meeting.
  const collision = {
    ...file,
    mentor: { id: 'mentor', kind: 'mentor', name: 'Sam', note: '', createdAt: tomorrow, updatedAt: tomorrow, revision: 1 },
    records: [{ ...copy(first, { updatedAt: tomorrow }, ''), formId: 'time-log-entry', personId: 'mentor', data: { durationHours: '80' } }],
  };
  await openBackupFile(page, { name: 'collision.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collision)) });
  await expect(page.getByRole('alert').filter({ hasText: 'We did not open this file.' })).toHaveText(
    "We did not open this file. It would write over another form on this tablet: Ana López's meeting on 3 May 2026. Nothing on this tablet was changed.",
  );
  expect(await stored(page)).toEqual(before);
  await page.goto(`/forms/encounter/?record=${first}`);
  await expect(page.getByLabel(THINGS)).toHaveValue('Typed today.');
  await page.goto(`/forms/encounter/?record=${second}`);
  await expect(page.getByLabel(THINGS)).toHaveValue('Also typed today.');
  await page.goto(`/mentees/view/?id=${ana}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana López');
});

test('a bad file is refused with a plain message, and nothing on the tablet changes', async ({ page }) => {
  const ana = await addMentee(page, 'Ana');
  await page.goto(`/forms/encounter/?person=${ana}`);
  await page.getByLabel(THINGS).fill('Stay as I am.');
  await waitForSaved(page);
  await page.goto('/settings/');
  const before = await stored(page);

  await openBackupFile(page, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear diary, this is not a backup.') });
  const refused = page.getByRole('alert').filter({ hasText: 'We did not open this file.' });
  await expect(refused).toHaveText('We did not open this file. This is not a workbook backup file. Nothing on this tablet was changed.');
  await expect(refused).toBeFocused();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('region', { name: 'What is in this file' })).toBeHidden();
  expect(await stored(page)).toEqual(before);

  // Cut short: it says which part is wrong.
  const good = await downloadedText(await saveBackupInSettings(page));
  await openBackupFile(page, { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, good.length - 20)) });
  await expect(refused).toHaveText('We did not open this file. This backup file is damaged: the file is cut short or broken. Nothing on this tablet was changed.');

  // Too big: refused from its size, before it is read.
  await openBackupFile(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 0x20) });
  await expect(refused).toHaveText('We did not open this file. This file is too big. The biggest file the workbook can open is 25 MB. Nothing on this tablet was changed.');
  expect(await stored(page)).toEqual(before);
});

test('a tablet too full for the file: refused when chosen, and again when it fills up before "Yes, add them"', async ({ page, browser }) => {
  await addMentee(page, 'Ana');
  const download = await saveBackupInSettings(page);
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(await downloadedText(download)) };
  const problems: string[] = [];
  const other = await emptyTablet(browser, problems);
  const tablet = await other.newPage();
  // The browser's own estimate, as a tablet with 1 MB free would give it.
  const fill = () => tablet.evaluate(() => {
    navigator.storage.estimate = () => Promise.resolve({ usage: 31 * 1024 * 1024, quota: 32 * 1024 * 1024 });
  });
  const noSpace = 'We did not open this file. This tablet does not have enough free space to open this file. Make space first: delete photos or apps you do not need. Then try again. Nothing on this tablet was changed.';
  const refused = tablet.getByRole('alert').filter({ hasText: 'We did not open this file.' });

  await tablet.goto('/settings/');
  await fill();
  const chooser = tablet.waitForEvent('filechooser');
  await section(tablet).getByRole('button', { name: 'Open a backup file' }).click();
  await (await chooser).setFiles(file);
  await expect(refused).toHaveText(noSpace);

  // Enough room when the file is chosen; full by the time the person says yes.
  await openBackupFile(tablet, file);
  const review = tablet.getByRole('region', { name: 'What is in this file' });
  await expect(review.getByRole('listitem')).toHaveText(['1 new mentee']);
  await fill();
  await review.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(refused).toHaveText(noSpace);
  expect(await stored(tablet)).toMatchObject({ people: 0, records: 0 });
  await other.close();
  expect(problems).toEqual([]);
});

test('a backup of one mentee from their page holds only them', async ({ page }) => {
  await addMentee(page, 'Other Olga');
  const ana = await addMentee(page, 'Ana María');
  await page.goto(`/forms/encounter/?person=${ana}`);
  await page.getByLabel(THINGS).fill('Only Ana.');
  await waitForSaved(page);
  await page.goto(`/mentees/view/?id=${ana}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file of Ana María' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^workbook-backup-mentee-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await downloadedText(download)) as { mentor: unknown; people: { name: string }[]; records: { personId: string }[] };
  expect(file.mentor).toBeNull();
  expect(file.people.map((p) => p.name)).toEqual(['Ana María']);
  expect(file.records.map((r) => r.personId)).toEqual([ana]);
  await expect(page.getByText(/^The backup file is saved\. It is called workbook-backup-mentee-/)).toBeVisible();
  // Titles stay in the browser's history, even after "Delete everything": no name in them.
  await expect(page).toHaveTitle(/^Mentee/);
  expect(await page.title()).not.toContain('Ana');
});

test('Settings says whether the browser keeps the work, the space used and the last backup; the reminder is gentle', async ({ page }) => {
  await addMentee(page, 'Reminder Ray');
  await page.goto('/');
  const reminder = page.getByRole('heading', { name: 'Time to save a backup file' });
  await expect(reminder).toBeVisible();
  await expect(page.getByText('You have not saved a backup file yet. Save one now, so nothing is lost if this tablet breaks.')).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toBeHidden();

  await page.goto('/settings/');
  const facts = section(page).getByRole('listitem');
  await expect(facts.nth(0)).toHaveText(/^This browser (promised|did not promise|cannot tell us if it will)/);
  await expect(facts.nth(1)).toHaveText(/^The workbook uses [\d.]+ (bytes|KB|MB) on this tablet\. There is space for about [\d.]+ (KB|MB|GB|TB) more\.$/);
  await expect(facts.nth(2)).toHaveText('You have not saved a backup file on this tablet yet.');
  await expect(page.getByRole('heading', { name: 'Time to save a backup file' })).toBeHidden();

  // A backup a week older than the newest change: the reminder comes back (in a new tab session).
  await saveBackupInSettings(page);
  await expect(facts.nth(2)).toHaveText(/^You saved the last backup file on /);
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const tx = request.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(new Date(Date.now() - 9 * 24 * 3600 * 1000).toISOString(), 'lastBackupAt');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    DB,
  );
  const fresh = await page.context().newPage();
  await fresh.goto('/');
  await expect(fresh.getByText('Your last backup file is more than a week older than your newest work.')).toBeVisible();
  await expectNoAxeViolations(fresh);
  await fresh.goto('/settings/');
  await expect(fresh.getByRole('heading', { name: 'Time to save a backup file' })).toBeVisible();
  await expectNoAxeViolations(fresh);
  await fresh.goto('/');
  const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.getByRole('button', { name: 'Save a backup file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^workbook-backup-/);
  await expect(fresh.getByText(/^The backup file is saved\./)).toBeVisible();
  await expect(fresh.locator('[data-reminder-done]')).toBeFocused();
  await fresh.getByRole('button', { name: 'OK' }).click();
  await fresh.reload();
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(fresh.getByRole('heading', { name: 'Time to save a backup file' })).toBeHidden();
});

test('keyboard only: save, open and delete everything in Settings', async ({ page }) => {
  // Listen for the file chooser from the start, so Chromium intercepts it before Enter is pressed.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (c) => choosers.push(c));
  await addMentee(page, 'Keyboard Kai');
  await page.goto('/settings/');
  await expect(section(page).getByRole('listitem').nth(2)).toHaveText(/backup file/);

  /** Tabs forward until the named button has focus. */
  async function tabTo(name: string): Promise<void> {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (focused === name) return;
    }
    throw new Error(`Could not reach "${name}" with Tab`);
  }

  await page.getByRole('heading', { name: 'Save a backup file', exact: true }).click();
  await tabTo('Save a backup file');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const text = await downloadedText(download);

  await tabTo('Open a backup file');
  await page.keyboard.press('Enter');
  await expect.poll(() => choosers.length).toBe(1);
  await choosers[0]?.setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const review = page.getByRole('region', { name: 'What is in this file' });
  await expect(review).toBeFocused();
  await tabTo('OK');
  await page.keyboard.press('Enter');
  await expect(review).toBeHidden();
  await expect(section(page).getByRole('button', { name: 'Open a backup file' })).toBeFocused();

  await tabTo('Delete everything on this tablet');
  await page.keyboard.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Delete everything on this tablet?' });
  await expect(question).toBeFocused();
  await tabTo('No, keep everything');
  await page.keyboard.press('Space');
  await expect(question).toBeHidden();
  await expect(section(page).getByRole('button', { name: 'Delete everything on this tablet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeFocused();
  await expect(question).toContainText("The browser's history may still hold the addresses of pages you opened.");
  await tabTo('Yes, delete everything');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Everything is deleted from this tablet.')).toBeVisible();
  await expect(page.getByText('Everything is deleted from this tablet.')).toContainText("The browser's history may still hold the addresses");
  await page.goto('/mentees/');
  await expect(page.getByText('Keyboard Kai')).toHaveCount(0);
});
