/**
 * Nothing typed is ever lost: reloads, closed pages, a closed browser, navigation, a
 * renderer crash, two tabs on one record, a full tablet, no IndexedDB at all, a database
 * upgrade from another tab, a tab that will not let go, and deleting on purpose.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parseBackupText } from '../../src/lib/storage/backup';
import { DB_VERSION } from '../../src/lib/storage/migrations';
import { chromiumFlags, findChromium } from './support/browser';
import { ORIGIN, test, expect } from './support/fixtures';
import { addMentee, recordIdOf, waitForSaved } from './support/workbook';
import { downloadedText, expectNoAxeViolations } from './support/checks';

const THINGS = 'What will you work on before you meet again?';
const DB = 'peer-mentor-workbook';

/** The recovery question, with its date and time ("Sunday, November 22 at 2:05 PM"). */
const RECOVERY = /We found your unsaved work from \w+, \w+ \d{1,2} at \d{1,2}:\d{2}\s[AP]M\. Keep it\?/;

/**
 * The typed text is in the field when the page opens again, or offered back with the
 * recovery question (then we keep it). Either way it ends up saved: a reload after that
 * shows it with no question.
 */
async function expectKeptOrOffered(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label);
  const offer = page.getByRole('alert').filter({ hasText: RECOVERY });
  await expect(async () => {
    if (await offer.isVisible()) return;
    expect(await field.inputValue()).toBe(text);
    expect(await field.isEnabled()).toBe(true);
  }).toPass({ timeout: 10_000 });
  if (await offer.isVisible()) {
    await offer.getByRole('button', { name: 'Yes, keep it' }).click();
    await expect(offer).toBeHidden();
  }
  await expect(field).toHaveValue(text);
  if ((await page.locator('.wb-save-status').textContent()) !== 'Saved') {
    await page.getByLabel(label).press('End');
    await waitForSaved(page).catch(() => undefined);
  }
  await page.reload();
  await expect(field).toBeEnabled();
  await expect(field).toHaveValue(text);
  await expect(offer).toBeHidden();
}

/** A meeting form for a new mentee, open and ready to type. @returns its URL. */
async function openMeeting(page: Page, name: string): Promise<string> {
  const id = await addMentee(page, name);
  await page.goto(`/forms/encounter/?person=${id}`);
  await expect(page.getByLabel(THINGS)).toBeEnabled();
  return page.url();
}

/** The address a form page has once typing started (with `record=`). */
async function addressWithRecord(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => location.search)).toContain('record=');
  return page.evaluate(() => location.href);
}

/** Problems (page errors, console errors) seen in contexts the fixture does not watch. */
function watch(context: BrowserContext, problems: string[]): void {
  context.on('weberror', (e) => problems.push(`Page error: ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`Console error: ${m.text()}`);
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ORIGIN) problems.push(`Request left the origin: ${url}`);
  });
}

/**
 * Holds a write lock on the records store from `page` (as a slow disk would), so saves in
 * other tabs queue up behind it. Typing in two tabs while it is held is truly "both typed
 * before either saved". @returns a function that lets go.
 */
async function holdRecords(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) =>
      new Promise<void>((held, failed) => {
        const open = indexedDB.open(name);
        open.onerror = () => failed(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('records', 'readwrite').objectStore('records');
          const w = window as unknown as { letGo?: boolean };
          w.letGo = false;
          // A transaction stays open while it has requests: ask again until told to let go.
          const keepBusy = () => {
            if (w.letGo) {
              db.close();
              return;
            }
            store.count().onsuccess = keepBusy;
          };
          keepBusy();
          held();
        };
      }),
    DB,
  );
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { letGo: boolean }).letGo = true;
    });
  };
}

/**
 * Kills this profile's Chromium at once (SIGKILL), as a crash or a flat battery would:
 * nothing more reaches the disk. Only a browser this test process started is killed.
 */
function killBrowser(profile: string): void {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const parent = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1];
      if (parent === String(process.pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // That process ended meanwhile.
    }
  }
}

/** The answer to "Things to work on" stored in IndexedDB for a record, read in the page. */
function storedThings(page: Page, recordId: string): Promise<unknown> {
  return page.evaluate(
    ([name, id]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('records').objectStore('records').get(id);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { data: Record<string, unknown> } | undefined)?.data['thingsToWorkOn']);
          };
          get.onerror = () => reject(get.error ?? new Error('not read'));
        };
      }),
    [DB, recordId] as const,
  );
}

/** Which of two pages shows its conflict box (they are in different pages, so `or` cannot be used). */
async function whichIsTold(first: Locator, second: Locator): Promise<'first' | 'second' | 'none'> {
  if (await first.isVisible()) return 'first';
  if (await second.isVisible()) return 'second';
  return 'none';
}

test('typing, then a reload at once: the text is there', async ({ page }) => {
  await openMeeting(page, 'Reload Rita');
  await page.getByLabel(THINGS).fill('Buy a bus pass.');
  await page.reload({ waitUntil: 'commit' });
  await expectKeptOrOffered(page, THINGS, 'Buy a bus pass.');
});

test('typing, then the page closes at once: reopened, the text is there', async ({ page, context }) => {
  await openMeeting(page, 'Close Carla');
  await page.getByLabel(THINGS).fill('Call the bank.');
  const url = await addressWithRecord(page);
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expectKeptOrOffered(again, THINGS, 'Call the bank.');
});

test('typing, then going to another page at once: coming back, the text is there', async ({ page }) => {
  await openMeeting(page, 'Navigate Nora');
  await page.getByLabel(THINGS).fill('Practise the route.');
  const url = await addressWithRecord(page);
  await page.goto('/learn/');
  await page.goto(url);
  await expectKeptOrOffered(page, THINGS, 'Practise the route.');
});

test('typing, then the whole browser closes: started again, the text is there', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'wb-profile-'));
  const problems: string[] = [];
  try {
    const options = { executablePath: findChromium(), args: chromiumFlags, baseURL: ORIGIN, viewport: { width: 768, height: 1024 } };
    const first = await chromium.launchPersistentContext(profile, options);
    watch(first, problems);
    const page = first.pages()[0] ?? (await first.newPage());
    await openMeeting(page, 'Browser Bea');
    await page.getByLabel(THINGS).fill('Ask about the swimming pool.');
    const url = await addressWithRecord(page);
    await first.close();

    const second = await chromium.launchPersistentContext(profile, options);
    watch(second, problems);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(url);
    await expectKeptOrOffered(again, THINGS, 'Ask about the swimming pool.');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('a browser killed after steady typing: the saved text is there, and no older unsaved work is offered over it', async () => {
  // Chromium writes localStorage to disk only every few seconds, IndexedDB at once: after
  // a crash the journal on disk can be older than the database.
  // Two browser launches and steady typing: a guard against a hang on a busy machine, not a speed check.
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'wb-profile-'));
  const problems: string[] = [];
  const text =
    'We went to the bus stop and read the timetable together. Next time Sam buys the ticket by himself, and we ride two stops to the library to get a card';
  try {
    const options = { executablePath: findChromium(), args: chromiumFlags, baseURL: ORIGIN, viewport: { width: 768, height: 1024 } };
    const first = await chromium.launchPersistentContext(profile, options);
    const page = first.pages()[0] ?? (await first.newPage());
    watch(first, problems);
    await openMeeting(page, 'Killed Kim');
    await page.getByLabel(THINGS).pressSequentially(text, { delay: 40 });
    const url = await addressWithRecord(page);
    await expect.poll(() => storedThings(page, recordIdOf(page))).toBe(text);
    await waitForSaved(page);
    const closed = new Promise((resolve) => first.once('close', resolve));
    killBrowser(profile);
    await closed;

    const second = await chromium.launchPersistentContext(profile, options);
    watch(second, problems);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(url);
    await expect(again.getByLabel(THINGS)).toBeEnabled();
    await expect(again.getByLabel(THINGS)).toHaveValue(text);
    await expect(again.getByRole('alert').filter({ hasText: RECOVERY })).toBeHidden();
    await second.close();
  } finally {
    // The killed browser's helper processes may still be letting go of the profile.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
  }
  expect(problems).toEqual([]);
});

test('a renderer crash loses nothing once the page says "Saved"', async ({ page, context }) => {
  await openMeeting(page, 'Crash Cato');
  await page.getByLabel(THINGS).fill('Bring the library card.');
  await page.getByLabel(/write the goal here/i).fill('Borrow a book');
  const url = await addressWithRecord(page);
  await waitForSaved(page);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto(url);
  await expectKeptOrOffered(again, THINGS, 'Bring the library card.');
  await expect(again.getByLabel(/write the goal here/i)).toHaveValue('Borrow a book');
});

test('unsaved typing found later is offered back with its date and time, and can be kept or thrown away', async ({ page }) => {
  await openMeeting(page, 'Journal Jo');
  await page.getByLabel(THINGS).fill('Saved words.');
  await waitForSaved(page);
  const recordId = recordIdOf(page);
  // What a tab that died before its save landed leaves behind: typing newer than the database.
  await page.evaluate((id) => {
    const key = `wb.journal.${id}`;
    localStorage.setItem(
      key,
      JSON.stringify({ recordId: id, formId: 'encounter', personId: 'x', baseRevision: 1, data: { thingsToWorkOn: 'Unsaved words.' }, savedAt: new Date().toISOString() }),
    );
  }, recordId);
  await page.reload();
  const offer = page.getByRole('alert').filter({ hasText: RECOVERY });
  await expect(offer).toBeVisible();
  // It says what would change: the question, the saved answer and the unsaved one.
  await expect(offer).toContainText('Saved now: Saved words.');
  await expect(offer).toContainText('Your unsaved work: Unsaved words.');
  await expect(page.getByLabel(THINGS)).toHaveValue('Saved words.');
  // Typing elsewhere before answering: it is saved, and the question (and its work) stays, even over a reload.
  await page.getByLabel(/write the goal here/i).fill('Get a library card');
  await waitForSaved(page);
  await page.reload();
  await expect(offer).toBeVisible();
  await expect(page.getByLabel(/write the goal here/i)).toHaveValue('Get a library card');
  // Only the keyboard: the question has focus, Tab reaches "Yes, keep it"; then the question goes, and focus goes to the answer it brought back (not to the top of the page).
  await expect(offer).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(offer.getByRole('button', { name: 'Yes, keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(THINGS)).toBeFocused();
  await expect(page.getByLabel(THINGS)).toHaveValue('Unsaved words.');
  await expect(page.getByLabel(/write the goal here/i)).toHaveValue('Get a library card');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel(THINGS)).toHaveValue('Unsaved words.');
  await expect(page.getByLabel(/write the goal here/i)).toHaveValue('Get a library card');
  await expect(offer).toBeHidden();

  await page.evaluate((id) => {
    localStorage.setItem(
      `wb.journal.${id}`,
      JSON.stringify({ recordId: id, formId: 'encounter', personId: 'x', baseRevision: 2, data: { thingsToWorkOn: 'Throw me away.' }, savedAt: new Date().toISOString() }),
    );
  }, recordId);
  await page.reload();
  await expect(offer).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(offer.getByRole('button', { name: 'No, throw it away' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(offer).toBeHidden();
  await expect(page.getByLabel(THINGS)).toBeFocused();
  await expect(page.getByLabel(THINGS)).toHaveValue('Unsaved words.');
  await page.reload();
  await expect(page.getByLabel(THINGS)).toHaveValue('Unsaved words.');
  await expect(offer).toBeHidden();
});

test('two pages on one record: no silent overwrite, the other page refreshes, and what the person chose is stored', async ({ page, context }) => {
  await openMeeting(page, 'Twin Tabs');
  await page.getByLabel(THINGS).fill('Start.');
  await waitForSaved(page);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel(THINGS)).toHaveValue('Start.');

  // A quiet tab simply shows the newer answers (BroadcastChannel).
  await page.getByLabel(THINGS).fill('From the first tab.');
  await waitForSaved(page);
  await expect(other.getByLabel(THINGS)).toHaveValue('From the first tab.');

  // Both type before either saves: one of them is told, in plain words, and chooses.
  const lockTab = await context.newPage();
  await lockTab.goto('/about/');
  let letGo = await holdRecords(lockTab);
  await page.getByLabel(THINGS).fill('Typed in tab one.');
  await other.getByLabel(THINGS).fill('Typed in tab two.');
  await expect(page.locator('.wb-save-status')).not.toHaveText('Saved');
  await expect(other.locator('.wb-save-status')).not.toHaveText('Saved');
  await letGo();
  const conflictBox = (p: Page) => p.getByRole('alert').filter({ hasText: 'This form was changed in another tab.' });
  await expect.poll(() => whichIsTold(conflictBox(page), conflictBox(other))).not.toBe('none');
  const [told, quiet, mine] = (await conflictBox(other).isVisible())
    ? [other, page, 'Typed in tab two.']
    : [page, other, 'Typed in tab one.'];
  await expect(told.getByLabel(THINGS)).toHaveValue(mine);
  await expect(told.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();
  await expectNoAxeViolations(told);
  await conflictBox(told).getByRole('button', { name: 'Keep what is on this screen' }).click();
  await expect(conflictBox(told)).toBeHidden();
  await waitForSaved(told);
  await expect(quiet.getByLabel(THINGS)).toHaveValue(mine);
  const check = await context.newPage();
  await check.goto(url);
  await expect(check.getByLabel(THINGS)).toHaveValue(mine);

  // The other choice: take the other tab's version.
  letGo = await holdRecords(lockTab);
  await told.getByLabel(THINGS).fill('Second round, told.');
  await quiet.getByLabel(THINGS).fill('Second round, quiet.');
  await letGo();
  await expect.poll(() => whichIsTold(conflictBox(told), conflictBox(quiet))).not.toBe('none');
  const chooser = (await conflictBox(told).isVisible()) ? told : quiet;
  const otherText = chooser === told ? 'Second round, quiet.' : 'Second round, told.';
  await conflictBox(chooser).getByRole('button', { name: "Show the other tab's version" }).click();
  await expect(chooser.getByLabel(THINGS)).toHaveValue(otherText);
  await check.reload();
  await expect(check.getByLabel(THINGS)).toHaveValue(otherText);
});

test('a second tab opened while the first has unsaved typing offers nothing; it shows the typing once the first tab saves', async ({ page, context }) => {
  await openMeeting(page, 'Busy Bo');
  await page.getByLabel(THINGS).fill('Start.');
  await waitForSaved(page);
  const url = await addressWithRecord(page);
  // The first tab's typing is not saved yet: its writes fail for now (as on a slow or full disk).
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype;
    const put = Object.getOwnPropertyDescriptor(store, 'put');
    const w = window as unknown as { restorePut: () => void };
    w.restorePut = () => put && Object.defineProperty(store, 'put', put);
    Object.defineProperty(store, 'put', {
      configurable: true,
      value: () => {
        throw new DOMException('The disk is busy.', 'UnknownError');
      },
    });
  });
  await page.getByLabel(THINGS).fill('Start. Typed in the first tab.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel(THINGS)).toBeEnabled();
  await expect(other.getByLabel(THINGS)).toHaveValue('Start.');
  await expect(other.getByRole('alert').filter({ hasText: RECOVERY })).toBeHidden();

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.getByRole('button', { name: 'Try to save again' }).first().click();
  await waitForSaved(page);
  await expect(other.getByLabel(THINGS)).toHaveValue('Start. Typed in the first tab.');
});

test.describe('a full tablet', () => {
  test('storage quota forced tiny: a plain message, the typing stays, Print and Save a backup file work', async () => {
    // A persistent profile: Chromium applies a quota override to on-disk storage once the
    // database is opened afresh, so the browser is closed and started again (closing it is the
    // sure way to close the database; an in-memory incognito database keeps its old figures).
    const profile = mkdtempSync(join(tmpdir(), 'wb-quota-'));
    const problems: string[] = [];
    const options = {
      executablePath: findChromium(),
      args: chromiumFlags,
      baseURL: ORIGIN,
      viewport: { width: 768, height: 1024 },
      acceptDownloads: true,
    };
    const before = await chromium.launchPersistentContext(profile, options);
    let url: string;
    try {
      watch(before, problems);
      const page = before.pages()[0] ?? (await before.newPage());
      await openMeeting(page, 'Full Fay');
      await page.getByLabel(THINGS).fill('Saved before it was full.');
      await waitForSaved(page);
      url = page.url();
    } finally {
      await before.close();
    }
    const context = await chromium.launchPersistentContext(profile, options);
    try {
      watch(context, problems);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript(() => {
        window.print = () => {
          (window as { printed?: number }).printed = ((window as { printed?: number }).printed ?? 0) + 1;
        };
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: 1 });
      await page.goto(url);
      await expect(page.getByLabel(THINGS)).toHaveValue('Saved before it was full.');

      const typed = 'Typed when the tablet was full <b>bold?</b>';
      await page.getByLabel(THINGS).fill(typed);
      const box = page.getByRole('alert').filter({ hasText: 'This tablet is full.' });
      await expect(box).toBeVisible();
      await expect(box).toContainText('Your typing is still on screen. Print this form or save a backup file now.');
      await expect(page.getByLabel(THINGS)).toHaveValue(typed);
      await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);

      await box.getByRole('button', { name: 'Print' }).click();
      await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);

      const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Save a backup file' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^workbook-form-meeting-\d{4}-\d{2}-\d{2}\.json$/);
      const text = await downloadedText(download);
      const parsed = parseBackupText(text, Buffer.byteLength(text));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.backup.records).toHaveLength(1);
        expect(parsed.backup.records[0]?.data['thingsToWorkOn']).toBe(typed);
        expect(parsed.backup.people[0]?.name).toBe('Full Fay');
      }
      await expect(box).toContainText('The backup file is saved. It is called workbook-form-meeting-');

      // Space again: "Try to save again" stores it, and the message goes.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN });
      await box.getByRole('button', { name: 'Try to save again' }).click();
      await waitForSaved(page);
      await expect(box).toBeHidden();
      await page.reload();
      await expect(page.getByLabel(THINGS)).toHaveValue(typed);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });
});

test.describe('no IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      // Like a browser with site storage blocked: touching indexedDB throws.
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
      window.print = () => {
        (window as { printed?: number }).printed = 1;
      };
    });
  });

  test('the form still fills in, says plainly that it is not saved, and prints and saves to a file', async ({ page }) => {
    await page.goto('/forms/encounter/?person=someone-1');
    const box = page.getByRole('alert').filter({ hasText: 'The workbook cannot save on this tablet right now.' });
    await expect(box).toBeVisible();
    await expect(box).toContainText('You can still fill in this form, but it is not saved. Print it or save a backup file before you close this page.');
    await page.getByLabel(THINGS).fill('Typed with no storage.');
    await page.getByLabel('Name of the mentee', { exact: true }).fill('Sky');
    await expect(page.getByLabel(THINGS)).toHaveValue('Typed with no storage.');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();
    for (const theme of ['light', 'dark', 'high-contrast']) {
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      await expectNoAxeViolations(page);
    }
    // By keyboard: Print, then Tab to "Save a backup file".
    await box.getByRole('button', { name: 'Print' }).focus();
    await page.keyboard.press('Tab');
    await expect(box.getByRole('button', { name: 'Save a backup file' })).toBeFocused();
    await box.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Save a backup file' }).click()]);
    const text = await downloadedText(download);
    const parsed = parseBackupText(text, Buffer.byteLength(text));
    expect(parsed.ok && parsed.backup.records[0]?.data['thingsToWorkOn']).toBe('Typed with no storage.');
    expect(parsed.ok && parsed.backup.people[0]).toMatchObject({ id: 'someone-1', name: 'Sky' });

    // Away from the message, a line stays at the bottom of the screen and leads back to it.
    const sticky = page.getByRole('button', { name: 'What to do' });
    await expect(sticky).toBeHidden();
    await page.getByLabel(THINGS).scrollIntoViewIfNeeded();
    await sticky.click();
    await expect(page.locator('[data-storage-problem]')).toBeFocused();
  });

  test('the mentee pages and Settings say what happened instead of a blank page', async ({ page }) => {
    await page.goto('/mentees/');
    await expect(page.getByRole('alert')).toContainText('This tablet will not let the workbook save right now.');
    await page.goto('/settings/');
    await expect(page.getByRole('alert').filter({ hasText: 'This tablet will not let the workbook save right now.' })).toBeVisible();
    await expect(page.getByText('We cannot tell when the last backup file was made.')).toBeVisible();
  });
});

test('a database upgrade in another tab: no blocked upgrade, the old tab says so and keeps the typing', async ({ page, context }) => {
  await openMeeting(page, 'Upgrade Uma');
  await page.getByLabel(THINGS).fill('Before the update.');
  await waitForSaved(page);
  const recordId = recordIdOf(page);
  await page.getByLabel(THINGS).fill('Typed while the update came.');

  const newer = await context.newPage();
  await newer.goto('/about/');
  const result = await newer.evaluate(
    ({ name, version }) =>
      new Promise<{ blocked: boolean }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open(name, version);
        request.onblocked = () => {
          blocked = true;
        };
        request.onsuccess = () => {
          request.result.close();
          resolve({ blocked });
        };
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      }),
    { name: DB, version: DB_VERSION + 1 },
  );
  expect(result.blocked, 'the old tab let go at once').toBe(false);

  const box = page.getByRole('alert').filter({ hasText: 'The workbook was updated. Please reload the page.' });
  await expect(box).toBeVisible();
  await expect(box.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByLabel(THINGS)).toHaveValue('Typed while the update came.');
  // More typing after the update is kept too, and never reported as saved.
  await page.getByLabel(THINGS).fill('Typed after the update.');
  await expect.poll(() => page.evaluate((id) => localStorage.getItem(`wb.journal.${id}`) ?? '', recordId)).toContain('Typed after the update.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
});

test('a tab with an old version open: the form page says "close the other tab", keeps the typing, and saves once that tab closes', async ({ page, context }) => {
  const old = await context.newPage();
  await old.goto('/about/');
  // Old code: version 1 of the database, one mentee, and a connection it never closes.
  await old.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          const people = request.result.createObjectStore('people', { keyPath: 'id' });
          request.result.createObjectStore('records', { keyPath: 'id' }).createIndex('by-form', 'formId');
          const at = new Date().toISOString();
          people.put({ id: 'old-ola', kind: 'mentee', name: 'Old Ola', note: '', createdAt: at, updatedAt: at, revision: 1 });
        };
        request.onsuccess = () => {
          (window as { held?: IDBDatabase }).held = request.result;
          resolve();
        };
      }),
    DB,
  );
  const box = page.getByRole('alert').filter({ hasText: 'The workbook is open in another tab. Please close the workbook in your other tabs.' });
  await page.goto('/forms/encounter/?person=old-ola');
  await expect(box).toBeVisible();

  await page.getByLabel(THINGS).fill('Typed while blocked.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();
  await old.evaluate(() => (window as { held?: IDBDatabase }).held?.close());
  await box.getByRole('button', { name: 'Try to save again' }).click();
  await waitForSaved(page);
  await expect(box).toBeHidden();
  await page.reload();
  await expect(page.getByLabel(THINGS)).toHaveValue('Typed while blocked.');
  await expect(page.getByRole('link', { name: 'Old Ola' })).toBeVisible();
});

test('deleting a record asks first, naming it, and Undo brings it back', async ({ page }) => {
  await openMeeting(page, 'Delete Dev');
  await page.getByLabel('Meeting date').fill('2026-05-03');
  await page.getByLabel(THINGS).fill('Keep this safe.');
  await waitForSaved(page);
  const recordId = recordIdOf(page);
  await page.getByRole('button', { name: 'Delete this meeting' }).click();
  const question = page.getByRole('alertdialog', { name: 'Delete the meeting on 3 May 2026?' });
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: 'No, keep it' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete this meeting' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Yes, delete it' }).click();
  const done = page.getByRole('status').filter({ hasText: 'The meeting on 3 May 2026 is deleted from this tablet.' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(page.getByLabel(THINGS)).toBeHidden();
  await expectNoAxeViolations(page);
  const stored = () =>
    page.evaluate(
      ({ name, id }) =>
        new Promise<boolean>((resolve) => {
          const r = indexedDB.open(name);
          r.onsuccess = () => {
            const g = r.result.transaction('records').objectStore('records').get(id);
            g.onsuccess = () => {
              r.result.close();
              resolve(g.result !== undefined);
            };
          };
        }),
      { name: DB, id: recordId },
    );
  expect(await stored()).toBe(false);

  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel(THINGS)).toHaveValue('Keep this safe.');
  expect(await stored()).toBe(true);
  await page.reload();
  await expect(page.getByLabel(THINGS)).toHaveValue('Keep this safe.');
});

test('an old tab that will not let go: deleting everything settles within 2 s with "close the other tab", then finishes', async ({ page, context }) => {
  await addMentee(page, 'Blocked Bo');
  const old = await context.newPage();
  await old.goto('/about/');
  // A tab running old code that never closes its connection when asked.
  await old.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => {
          (window as { held?: IDBDatabase }).held = r.result;
          resolve();
        };
      }),
    DB,
  );
  await page.goto('/settings/');
  await page.getByRole('button', { name: 'Delete everything on this tablet' }).click();
  const question = page.getByRole('alertdialog', { name: 'Delete everything on this tablet?' });
  await expect(question).toContainText('1 mentee');
  await question.getByRole('button', { name: 'Yes, delete everything' }).click();
  const message = page.getByText('Not everything is deleted yet. The workbook is open in another tab. Please close the workbook in your other tabs.');
  await expect(message).toBeVisible();

  await old.evaluate(() => (window as { held?: IDBDatabase }).held?.close());
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Everything is deleted from this tablet.')).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(DB);
});

test.describe('with the service worker on', () => {
  // The other tests block the service worker (see the config); this one checks it is removed.
  test.use({ serviceWorkers: 'allow' });

  test('"Delete everything on this tablet" leaves no database, cache, service worker or record in localStorage; display settings stay', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await openMeeting(page, 'Everything Eve');
    await page.getByLabel(THINGS).fill('Will be deleted.');
    await waitForSaved(page);
    await page.evaluate(() => {
      localStorage.setItem('wb.settings', JSON.stringify({ theme: 'dark', textSize: 'large' }));
      localStorage.setItem(
        'wb.journal.leftover-1',
        JSON.stringify({ recordId: 'leftover-1', formId: 'encounter', personId: 'x', baseRevision: 0, data: { thingsToWorkOn: 'Unsaved.' }, savedAt: new Date().toISOString() }),
      );
    });
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    await page.goto('/settings/');
    await page.getByRole('button', { name: 'Delete everything on this tablet' }).click();
    const question = page.getByRole('alertdialog', { name: 'Delete everything on this tablet?' });
    await expect(question).toBeFocused();
    await expect(question.getByRole('listitem')).toHaveText(['1 mentee', '1 form, with every version and signature', '1 form with unsaved typing']);
    await expect(question).toContainText('Your text size and colors stay.');
    await expectNoAxeViolations(page);
    await question.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('Everything is deleted from this tablet. Your text size and colors stay as they are.')).toBeVisible();

    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(left).toEqual({ databases: [], caches: [], workers: 0, local: ['wb.settings'], session: [] });
    await page.goto('/mentees/');
    await expect(page.getByText('Everything Eve')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
