/**
 * "Print records from … to …" as a peer mentor uses it for a month's paperwork: the plan in
 * force and every meeting of the month in one document (one record per page, a running
 * header on each page), the billing summary's totals, and an empty month that says so.
 * Assertions are on what the page shows and on the PDF's text (pdftotext), per page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { addMentee } from './support/workbook';
import { expectNoAxeViolations, pdfText } from './support/checks';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

const DB = 'peer-mentor-workbook';

interface Meeting {
  date: string;
  start: string;
  end: string;
  goal: string;
}

/** Puts a plan and meetings straight into IndexedDB in the stored shape of src/lib/storage/schema.ts (the app made the database). */
async function seed(page: Page, personId: string, name: string, meetings: readonly Meeting[]) {
  await page.evaluate(
    ({ db, personId, name, meetings }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
        request.onsuccess = () => {
          const tx = request.result.transaction(['records'], 'readwrite');
          const store = tx.objectStore('records');
          const base = { formVersion: 1, personId, status: 'finished', revision: 1, createdAt: '2026-10-20T15:00:00.000Z', updatedAt: '2026-10-20T15:00:00.000Z' };
          const signed = { kind: 'typed', value: 'Sam Lee', signedAt: '2026-10-20T15:00:00.000Z' };
          store.put({
            ...base, id: crypto.randomUUID(), formId: 'individual-plan', date: '2026-10-20',
            data: { menteeName: name, personCenteredGoals: 'Get a job at the library.', goal1: 'Ride the bus alone', goal2: '', firstSteps: 'Look at the bus map.', thingsToWorkOn: 'Find my bus pass.', dateReviewed: '2026-10-20', menteeSignature: { ...signed, value: name }, mentorSignature: signed },
          });
          for (const m of meetings) {
            const at = `${m.date}T20:00:00.000Z`;
            store.put({
              ...base, createdAt: at, updatedAt: at, id: crypto.randomUUID(), formId: 'encounter', formVersion: 2, date: m.date,
              data: { menteeName: name, meetingDate: m.date, startTime: m.start, endTime: m.end, primaryGoal: m.goal, location: 'community', locationOther: '', progress: 'some-steps', progressExplain: '', stepsTaken: 'We practised.', noActionReason: '', noActionOther: '', thingsToWorkOn: 'Practise again.', menteeSignature: { ...signed, value: name }, mentorSignature: signed },
            });
          }
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('not stored'));
        };
      }),
    { db: DB, personId, name, meetings },
  );
}

/** The PDF's pages as text, spaces folded. */
async function pdfPages(page: Page, format: 'Letter' | 'A4'): Promise<string[]> {
  const { text, pages } = pdfText(await page.pdf({ format }));
  return text.split('\f').slice(0, pages).map((p) => p.replace(/\s+/g, ' '));
}

test('a month with the plan and three meetings prints one record per page with a running header, a billing summary with the right totals, and an empty month prints nothing', async ({ page }) => {
  test.slow(); // four PDFs and a billing page on a shared machine
  const name = 'Ana López';
  const id = await addMentee(page, name);
  await seed(page, id, name, [
    { date: '2026-11-03', start: '14:00', end: '15:15', goal: 'Ride the bus alone' }, // 75 min, 5 units
    { date: '2026-11-12', start: '10:00', end: '10:50', goal: 'Buy a bus pass' }, // 50 min, 3 units
    { date: '2026-11-30', start: '09:00', end: '09:20', goal: 'Read the bus times' }, // 20 min, 1 unit
    { date: '2026-12-01', start: '13:00', end: '14:00', goal: 'Outside the month' }, // not in November
  ]);

  await page.goto(`/mentees/view/?id=${id}`);
  const printing = page.getByRole('region', { name: 'Print records' });
  await printing.getByLabel('From').fill('2026-11-01');
  await printing.getByLabel('To').fill('2026-11-30');
  await printing.getByRole('button', { name: 'Print these records' }).tap();
  await page.waitForURL(/\/mentees\/print\/\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Records of ${name}, from 1 November 2026 to 30 November 2026`);
  await expect(page.getByRole('status')).toHaveText('4 records. Each record starts on a new page.');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const headers = [`My Individual Plan – ${name} – 20 October 2026`, `Encounter Form – ${name} – 3 November 2026`, `Encounter Form – ${name} – 12 November 2026`, `Encounter Form – ${name} – 30 November 2026`];
  for (const format of ['Letter', 'A4'] as const) {
    const pages = await pdfPages(page, format);
    expect(pages.length, `${format}: at least one page per record`).toBeGreaterThanOrEqual(4);
    pages.forEach((text, i) => {
      expect(text, `${format} page ${i + 1}: page number`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(headers.filter((h) => text.includes(h)), `${format} page ${i + 1}: one running header`).toHaveLength(1);
    });
    // Each record starts its own page: the first page with its header is where its paper copy begins.
    for (const [i, header] of headers.entries()) {
      const first = pages.find((text) => text.includes(header)) ?? '';
      const title = i === 0 ? 'My Individual Plan' : 'Encounter Form';
      const heading = i === 0 ? `${name} – 20 October 2026` : header.replace(`${title} – `, '');
      expect(first, `${format}: ${header} starts a page`).toContain(heading);
    }
    const all = pages.join(' ');
    expect(all).toContain('Ride the bus alone');
    expect(all).toContain('1 hour 15 minutes = 5 units');
    expect(all, `${format}: the December meeting is left out`).not.toContain('Outside the month');
  }

  // The billing summary of the same month: each meeting's minutes and units, and the totals.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/mentees/view/?id=${id}`);
  await printing.getByLabel('From').fill('2026-11-01');
  await printing.getByLabel('To').fill('2026-11-30');
  await printing.getByRole('button', { name: 'Print the billing summary' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing summary, from 1 November 2026 to 30 November 2026');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 3 + 1 + 1);
  await expect(table.getByRole('row', { name: /3 November 2026/ })).toHaveText(/3 November 2026\s*75\s*5/);
  await expect(table.getByRole('row', { name: /Total for all mentees/ })).toHaveText(/Total for all mentees\s*145\s*9/);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) {
    const pages = await pdfPages(page, format);
    expect(pages, `${format}: the billing summary is one page`).toHaveLength(1);
    expect(pages[0]).toMatch(/12 November 2026 50 3 .*30 November 2026 20 1 Total 145 9 Total for all mentees 145 9/);
    expect(pages[0]).not.toContain('1 December 2026');
  }

  // An empty month says so and offers nothing to print.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/mentees/view/?id=${id}`);
  await printing.getByLabel('From').fill('2027-01-01');
  await printing.getByLabel('To').fill('2027-01-31');
  await printing.getByRole('button', { name: 'Print these records' }).tap();
  await expect(page.getByRole('status')).toHaveText('There are no records from 1 January 2027 to 31 January 2027. There is nothing to print.');
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('[data-paper]')).toHaveCount(0);
});
