import { beforeAll, describe, expect, test } from 'vitest';
import { formModules } from '~/forms';
import { examples as encounter } from '~/forms/encounter/examples';
import { examples as menteeEvaluation } from '~/forms/mentee-evaluation/examples';
import { examples as logEntry } from '~/forms/time-log-entry/examples';
import { lockText, PBKDF2_ITERATIONS, unlockText } from '~/lib/handover/crypto';
import { handoverFileName, makeHandover } from '~/lib/handover/make';
import { readHandoverText, unlockHandover } from '~/lib/handover/open';
import { billingCsv, billingLines, overviewOf } from '~/lib/handover/summary';
import type { HandoverFile, LockedFile } from '~/lib/handover/schema';
import type { BackupFile, BackupRecord, Person } from '~/lib/storage';

const forms = new Map(formModules.map((f) => [f.record.id as string, f]));
const at = '2026-11-05T10:00:00.000Z';
const person = (id: string, kind: Person['kind'], name: string, more: Partial<Person> = {}): Person => ({ id, kind, name, note: '', createdAt: at, updatedAt: at, revision: 1, ...more });
let n = 0;
function rec(formId: string, personId: string, formVersion: number, data: BackupRecord['data'], more: Partial<BackupRecord> = {}): BackupRecord {
  n += 1;
  return { id: `r${String(n)}`, formId, formVersion, personId, createdAt: at, updatedAt: at, status: 'finished', revision: 1, data, ...more };
}

const meeting = (date: string, end: string, more: Partial<BackupRecord> = {}) => rec('encounter', 'ana', encounter.version, { ...encounter.valid, meetingDate: date, startTime: '14:00', endTime: end }, more);
const signedOld = meeting('2026-11-10', '15:00', { supersededBy: 'fix1' });
const backup: BackupFile = {
  format: 'peer-mentor-workbook-backup', formatVersion: 1, appVersion: 'test', createdAt: at,
  mentor: person('mentor', 'mentor', 'Sam Lee', { agency: 'Bright Path', supervisor: 'Dana Ortiz' }),
  people: [person('ana', 'mentee', 'Ana López'), person('bo', 'mentee', 'Bo Chen')],
  records: [
    meeting('2026-11-03', '15:15'), // 75 minutes: 5 units
    meeting('2026-11-20', '14:30', { status: 'draft' }), // not finished
    meeting('2026-10-20', '15:00'), // before the period
    signedOld,
    // A correction of a signed meeting, not signed again: changed after signing.
    { ...rec('encounter', 'ana', encounter.version, { ...encounter.valid, meetingDate: '2026-11-10', startTime: '14:00', endTime: '15:10', mentorSignature: null }, { status: 'draft', supersedes: signedOld.id, correction: { reason: 'Time', at, signedBefore: ['mentorSignature'] } }), id: 'fix1' },
    rec('time-log-entry', 'mentor', logEntry.version, { ...logEntry.valid, date: '2026-09-01' }),
    rec('time-log-entry', 'mentor', logEntry.version, { ...logEntry.valid, date: '2026-11-02' }),
    rec('mentee-evaluation', 'bo', menteeEvaluation.version, { ...menteeEvaluation.valid, point: 'mid-point', date: '2026-06-01' }),
  ],
};
const november = { from: '2026-11-01', to: '2026-11-30' };

let file: HandoverFile;
beforeAll(async () => {
  await import('~/forms/storage-setup');
  const made = makeHandover(backup, november, forms, { appVersion: 'test', now: new Date(at) });
  if (!made) throw new Error('no file');
  file = made;
});

describe('making a handover file', () => {
  test('holds the records of the period with their history, and hours and evaluations so far', () => {
    const ids = file.records.map((r) => r.id);

    expect(ids).toContain(signedOld.id);
    expect(ids).toContain('fix1');
    expect(file.records.some((r) => r.data['meetingDate'] === '2026-10-20')).toBe(false);
    expect(file.records.filter((r) => r.formId === 'time-log-entry')).toHaveLength(1);
    expect(file.people.map((p) => p.name)).toEqual(['Ana López']);
    expect(file.summary.hours?.totalHours).toBeGreaterThan(0);
    expect(file.summary.evaluationsDone).toEqual(['mid-point']);
  });

  test('needs the peer mentor profile, and its file name holds no name', () => {
    expect(makeHandover({ ...backup, mentor: null }, november, forms, { appVersion: 't', now: new Date(at) })).toBeUndefined();
    expect(handoverFileName(november, true)).toBe('workbook-for-supervisor-2026-11-01-to-2026-11-30-locked.json');
  });

  test('the supervisor overview counts units per month, missing evaluations and records to look at', () => {
    const view = overviewOf(file, forms);

    expect(view.mentees[0]?.months).toEqual([{ month: '2026-11', meetings: 2, minutes: 135, units: 9 }]);
    expect(view.mentees[0]?.notFinished).toBe(1);
    expect(view.evaluations.filter((e) => !e.done).map((e) => e.id)).toEqual(['end', 'supervisor']);
    expect(view.attention.map((a) => a.kind).sort()).toEqual(['changed', 'unfinished']);
    const csv = billingCsv(['Agency', 'Month', 'Peer mentor', 'Mentee', 'Meetings', 'Minutes', 'Units'], billingLines([view]));
    expect(csv).toBe('Agency,Month,Peer mentor,Mentee,Meetings,Minutes,Units\r\nBright Path,2026-11,Sam Lee,Ana López,2,135,9\r\n');
  });
});

describe('opening a handover file', () => {
  test('a good file opens; every wrong file gets its own problem', () => {
    const text = JSON.stringify(file);

    expect(readHandoverText(text, text.length)).toEqual({ ok: true, handover: file, text });
    expect(readHandoverText(JSON.stringify(backup), 10)).toEqual({ ok: false, problem: 'backup' });
    expect(readHandoverText('hello', 5)).toEqual({ ok: false, problem: 'not-ours' });
    expect(readHandoverText('{"a":1}', 7)).toEqual({ ok: false, problem: 'not-ours' });
    expect(readHandoverText(JSON.stringify({ ...file, formatVersion: 2 }), 10)).toEqual({ ok: false, problem: 'newer' });
    expect(readHandoverText(text.slice(0, -40), 10)).toEqual({ ok: false, problem: 'damaged' });
    expect(readHandoverText(JSON.stringify({ ...file, records: [...file.records, file.records[0]] }), 10)).toEqual({ ok: false, problem: 'damaged' });
    expect(readHandoverText(text.replace('"personId":"ana"', '"personId":"zed"'), 10)).toEqual({ ok: false, problem: 'damaged' });
    expect(readHandoverText(text, 26 * 1024 * 1024)).toEqual({ ok: false, problem: 'too-big' });
  });
});

describe('locking with a passphrase', () => {
  let locked: LockedFile;
  beforeAll(async () => {
    locked = await lockText(JSON.stringify(file), 'blue river 42');
  });

  test('round trip: the right passphrase opens the same file', async () => {
    const read = readHandoverText(JSON.stringify(locked), 100);

    expect(locked.iterations).toBe(PBKDF2_ITERATIONS);
    expect(read.ok).toBe('locked');
    expect(await unlockHandover(locked, 'blue river 42')).toEqual({ ok: true, handover: file, text: JSON.stringify(file) });
  });

  test('a wrong passphrase says so and opens nothing', async () => {
    expect(await unlockHandover(locked, 'blue river 43')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await unlockText(locked, '')).toBeNull();
  });

  test('each file gets its own salt and nonce', async () => {
    const again = await lockText(JSON.stringify(file), 'blue river 42');

    expect(again.salt).not.toBe(locked.salt);
    expect(again.nonce).not.toBe(locked.nonce);
    expect(again.data).not.toBe(locked.data);
  });

  test('damaged bytes never open, and a damaged envelope is refused', async () => {
    const bytes = atob(locked.data);
    const flipped = btoa(bytes.slice(0, 10) + String.fromCharCode(bytes.charCodeAt(10) ^ 1) + bytes.slice(11));

    expect(await unlockText({ ...locked, data: flipped }, 'blue river 42')).toBeNull();
    expect(await unlockText({ ...locked, data: locked.data.slice(0, -8) }, 'blue river 42')).toBeNull();
    expect(readHandoverText(JSON.stringify({ ...locked, iterations: 1000 }), 10)).toEqual({ ok: false, problem: 'damaged' });
    expect(readHandoverText(JSON.stringify({ ...locked, salt: 'abc' }), 10)).toEqual({ ok: false, problem: 'damaged' });
  });

  test('a locked file with something else inside is damaged', async () => {
    const inner = await lockText(JSON.stringify(locked), 'pw pw pw pw');

    expect(await unlockHandover(inner, 'pw pw pw pw')).toEqual({ ok: false, problem: 'damaged' });
  });
});
