/**
 * Test and benchmark data, written straight into the workbook's IndexedDB in the page
 * (in the stored shape documented in src/lib/storage/schema.ts), after the app itself has
 * made the database. Used where typing thousands of records through the UI would take
 * hours; the e2e tests make their records through the UI.
 */
import type { Page } from '@playwright/test';
import { examples as encounter } from '../../src/forms/encounter/examples.ts';
import { examples as plan } from '../../src/forms/individual-plan/examples.ts';
import { examples as logEntry } from '../../src/forms/time-log-entry/examples.ts';
import { signatureDataUrl } from '../../src/lib/forms/signature-svg.ts';

/**
 * The records the seed writes, from each form's valid example (so a new field needs no
 * change here); the seed sets only the person's name, the date and the signatures.
 */
const templates = {
  plan: { formId: 'individual-plan', formVersion: plan.version, data: plan.valid },
  encounter: { formId: 'encounter', formVersion: encounter.version, data: encounter.valid },
  logEntry: { formId: 'time-log-entry', formVersion: logEntry.version, data: logEntry.valid },
};

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** A realistic drawn signature (three strokes), as the app stores it. */
export function sampleSignature(): string {
  const strokes = [0, 1, 2].map((s) =>
    Array.from({ length: 90 }, (_, i) => ({ x: 20 + s * 120 + i * 1.2, y: 75 + Math.sin(i / 5 + s) * 35 })),
  );
  return signatureDataUrl(strokes, 400, 150);
}

/** What to make. */
export interface SeedPlan {
  mentees: number;
  /** Encounters of the first mentee (the big one). */
  bigMenteeEncounters: number;
  /** Encounters of every other mentee. */
  otherEncounters: number;
  /** Time-log entries of the mentor. */
  logEntries: number;
}

/** Opens the app once so it creates and upgrades its database. */
export async function openApp(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/mentees/`);
  await page.getByRole('heading', { name: 'Add a mentee' }).waitFor();
  await page.waitForFunction(() => indexedDB.databases().then((dbs) => dbs.some((d) => d.name === 'peer-mentor-workbook')));
}

/**
 * Writes mentees, a plan each, encounters and the mentor's log into the database in one
 * transaction. @returns the id of the first mentee and the number of records written.
 */
export async function seed(page: Page, plan: SeedPlan): Promise<{ menteeId: string; records: number }> {
  return page.evaluate(
    async ({ plan, signature, templates }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('peer-mentor-workbook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('The workbook database did not open.'));
      });
      const tx = db.transaction(['people', 'records', 'meta'], 'readwrite');
      const people = tx.objectStore('people');
      const store = tx.objectStore('records');
      // Records carry the date they are about (the form's date answer), as storage writes it.
      const records = {
        put(record: { data: Record<string, unknown> } & Record<string, unknown>, date: string) {
          store.put({ ...record, date });
        },
      };
      const start = Date.UTC(2024, 0, 1);
      let clock = 0;
      const at = () => new Date(start + (clock += 60_000)).toISOString();
      const day = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);
      const signed = (name: string) => ({ kind: 'typed', value: name, signedAt: at() });
      const drawn = () => ({ kind: 'drawn', value: signature, signedAt: at() });
      const created = at();
      people.put({ id: 'mentor', kind: 'mentor', name: 'Sam Lee', note: '', agency: 'Bright Path Services', supervisor: 'Dana Ortiz', createdAt: created, updatedAt: created, revision: 1 });
      let count = 0;
      let firstId = '';
      for (let m = 0; m < plan.mentees; m += 1) {
        const id = crypto.randomUUID();
        if (m === 0) firstId = id;
        const name = `Mentee ${String(m + 1).padStart(2, '0')}`;
        const t = at();
        people.put({ id, kind: 'mentee', name, note: '', createdAt: t, updatedAt: t, revision: 1 });
        const planTime = at();
        records.put({
          id: crypto.randomUUID(), formId: templates.plan.formId, formVersion: templates.plan.formVersion, personId: id, createdAt: planTime, updatedAt: planTime,
          status: 'finished', revision: 2,
          data: { ...templates.plan.data, menteeName: name, dateReviewed: day(m), menteeSignature: signed(name), mentorSignature: drawn() },
        }, day(m));
        count += 1;
        const meetings = m === 0 ? plan.bigMenteeEncounters : plan.otherEncounters;
        for (let e = 0; e < meetings; e += 1) {
          const t2 = at();
          records.put({
            id: crypto.randomUUID(), formId: templates.encounter.formId, formVersion: templates.encounter.formVersion, personId: id, createdAt: t2, updatedAt: t2,
            status: 'finished', revision: 3,
            data: { ...templates.encounter.data, menteeName: name, meetingDate: day(e), menteeSignature: signed(name), mentorSignature: drawn() },
          }, day(e));
          count += 1;
        }
      }
      for (let l = 0; l < plan.logEntries; l += 1) {
        const t3 = at();
        records.put({
          id: crypto.randomUUID(), formId: templates.logEntry.formId, formVersion: templates.logEntry.formVersion, personId: 'mentor', createdAt: t3, updatedAt: t3, status: 'finished', revision: 1,
          data: { ...templates.logEntry.data, date: day(l % 365) },
        }, day(l % 365));
        count += 1;
      }
      tx.objectStore('meta').put(at(), 'lastChangeAt');
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('The seed transaction failed.'));
        tx.onabort = () => reject(tx.error ?? new Error('The seed transaction was aborted.'));
      });
      db.close();
      return { menteeId: firstId, records: count };
    },
    { plan, signature: sampleSignature(), templates },
  );
}

/** One mentee with a plan and some meetings, for page-level benchmarks. */
export async function seedMentee(page: Page, origin: string, options: { encounters: number }): Promise<{ menteeId: string }> {
  await openApp(page, origin);
  const { menteeId } = await seed(page, { mentees: 1, bigMenteeEncounters: options.encounters, otherEncounters: 0, logEntries: 0 });
  return { menteeId };
}
