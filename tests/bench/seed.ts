/**
 * Test and benchmark data, written straight into the workbook's IndexedDB in the page
 * (in the stored shape documented in src/lib/storage/schema.ts), after the app itself has
 * made the database. Used where typing thousands of records through the UI would take
 * hours; the e2e tests make their records through the UI.
 */
import type { Page } from '@playwright/test';
import { signatureDataUrl } from '../../src/lib/forms/signature-svg.ts';

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
    async ({ plan, signature }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('peer-mentor-workbook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['people', 'records', 'meta'], 'readwrite');
      const people = tx.objectStore('people');
      const records = tx.objectStore('records');
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
      const progress = ['met-goal', 'considerable-progress', 'some-steps', 'no-action'];
      for (let m = 0; m < plan.mentees; m += 1) {
        const id = crypto.randomUUID();
        if (m === 0) firstId = id;
        const name = `Mentee ${String(m + 1).padStart(2, '0')}`;
        const t = at();
        people.put({ id, kind: 'mentee', name, note: '', createdAt: t, updatedAt: t, revision: 1 });
        const planTime = at();
        records.put({
          id: crypto.randomUUID(), formId: 'individual-plan', formVersion: 1, personId: id, createdAt: planTime, updatedAt: planTime,
          status: 'finished', revision: 2,
          data: { menteeName: name, personCenteredGoals: 'Get a job. Ride the bus alone. Cook for friends.', goal1: 'Ride the bus alone', goal2: 'Open a bank account', firstSteps: 'Look at the bus map together.', thingsToWorkOn: 'Find the bus stop.', dateReviewed: day(m), menteeSignature: signed(name), mentorSignature: drawn() },
        });
        count += 1;
        const meetings = m === 0 ? plan.bigMenteeEncounters : plan.otherEncounters;
        for (let e = 0; e < meetings; e += 1) {
          const t2 = at();
          const p = progress[e % 4] ?? 'met-goal';
          records.put({
            id: crypto.randomUUID(), formId: 'encounter', formVersion: 1, personId: id, createdAt: t2, updatedAt: t2,
            status: 'finished', revision: 3, date: day(e),
            data: {
              menteeName: name, meetingDate: day(e), startTime: '14:00', endTime: '15:15', primaryGoal: e % 2 ? 'Ride the bus alone' : 'Open a bank account',
              location: ['at-agency', 'virtual', 'community'][e % 3] ?? 'community', progress: p,
              progressExplain: p === 'considerable-progress' ? 'We rode two stops together and talked about the map.' : '',
              stepsTaken: p === 'some-steps' ? 'We found the stop.\nWe read the times.' : '',
              noActionReason: p === 'no-action' ? 'sick' : '', noActionOther: '',
              thingsToWorkOn: 'Practice the route on Saturday.', menteeSignature: signed(name), mentorSignature: drawn(),
            },
          });
          count += 1;
        }
      }
      const activities = ['shadowing', 'mentoring-one-on-one', 'agency-training', 'mentoring-group'];
      for (let l = 0; l < plan.logEntries; l += 1) {
        const t3 = at();
        records.put({
          id: crypto.randomUUID(), formId: 'time-log-entry', formVersion: 1, personId: 'mentor', createdAt: t3, updatedAt: t3, status: 'finished', revision: 1,
          data: { date: day(l % 365), activity: activities[l % 4] ?? 'shadowing', activityNote: '', hours: '1.25', faceToFace: l % 2 ? 'yes' : 'no', initials: 'SL' },
        });
        count += 1;
      }
      tx.objectStore('meta').put(at(), 'lastChangeAt');
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      db.close();
      return { menteeId: firstId, records: count };
    },
    { plan, signature: sampleSignature() },
  );
}

/** One mentee with a plan and some meetings, for page-level benchmarks. */
export async function seedMentee(page: Page, origin: string, options: { encounters: number }): Promise<{ menteeId: string }> {
  await openApp(page, origin);
  const { menteeId } = await seed(page, { mentees: 1, bigMenteeEncounters: options.encounters, otherEncounters: 0, logEntries: 0 });
  return { menteeId };
}
