/**
 * Opening a backup by the time of the last change (issue 18, items 3 and 7): crafted
 * files that once replaced today's work, and ids that belong to another form or person.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MENTOR_ID,
  addMentee,
  applyImport,
  backupProblems,
  createRecord,
  exportBackup,
  finishRecord,
  getPerson,
  getRecord,
  parseBackupText,
  planImport,
  renameMentee,
  saveRecord,
  serializeBackup,
} from '~/lib/storage';
import type { BackupFile, BackupRecord, Person } from '~/lib/storage';
import type { FormExamples } from '~/lib/forms/types';
import { configureStorage } from '~/lib/storage/hooks';
import { checkAnswers } from '~/forms/answer-kinds';
import { recordDate, upgradeRecord } from '~/forms/records';
import { dumpDatabase, freshDb, installMemoryStorage, sampleAnswers, useRealClock, useStepClock } from '../helpers/db';

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock('2026-12-01T09:00:00.000Z');
});
afterEach(() => useRealClock());

const in2020 = '2020-03-04T10:00:00.000Z';

describe('a crafted backup (issue 18, item 3): the newer change wins, not the higher revision', () => {
  it('a 2020 copy with revision 500 does not replace today’s edit or today’s rename', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const meeting = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(1) });
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-12-01T10:00:00.000Z') });
    const today = await saveRecord(meeting.id, { ...sampleAnswers(1), whatWeDid: 'Typed today' }, meeting.revision);
    await renameMentee(ana.id, 'Ana López');
    const old: BackupFile = {
      ...file,
      people: file.people.map((p) => ({ ...p, name: 'Old name', updatedAt: in2020, revision: 500 })),
      records: file.records.map((r) => ({ ...r, data: { ...r.data, whatWeDid: 'From 2020' }, updatedAt: in2020, revision: 500 })),
    };
    const before = await dumpDatabase();

    const plan = await planImport(old);
    await applyImport(old);

    expect(plan).toMatchObject({ newerRecords: 0, newerMentees: 0 });
    expect(await getRecord(meeting.id)).toEqual(today);
    expect((await getPerson(ana.id))?.name).toBe('Ana López');
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('a crafted backup (issue 18, item 7): an id of another form or person is refused', () => {
  it('a time-log entry with the id of a mentee’s meeting does not replace the meeting', async () => {
    const ana = await addMentee({ name: 'Ana' });
    const meeting = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: sampleAnswers(1) });
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2027-01-01T00:00:00.000Z') });
    const crafted: BackupFile = {
      ...file,
      mentor: { id: MENTOR_ID, kind: 'mentor', name: 'Sam', note: '', createdAt: in2020, updatedAt: in2020, revision: 1 },
      records: [{ ...file.records[0]!, formId: 'time-log-entry', personId: MENTOR_ID, data: { hours: '80' }, updatedAt: '2027-01-01T00:00:00.000Z', revision: 99 }],
    };
    const before = await dumpDatabase();

    await expect(applyImport(crafted)).rejects.toThrow();

    expect(await getRecord(meeting.id)).toEqual(meeting);
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('answers are checked against their field’s kind (issue 18, item 8)', () => {
  const examples = import.meta.glob<FormExamples>('../../../src/forms/*/examples.ts', { eager: true, import: 'examples' });
  const made = '2026-11-30T10:00:00.000Z';

  /** A backup file with one mentee, Ana, and these records of hers. */
  function fileWith(records: Partial<BackupRecord>[]): string {
    const ana: Person = { id: 'ana', kind: 'mentee', name: 'Ana', note: '', createdAt: made, updatedAt: made, revision: 1 };
    const mentor: Person = { ...ana, id: MENTOR_ID, kind: 'mentor', name: 'Sam' };
    const file: BackupFile = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: made,
      mentor,
      people: [ana],
      records: records.map((r, i) => ({
        id: `r${i}`,
        formId: 'encounter',
        formVersion: 1,
        personId: 'ana',
        createdAt: made,
        updatedAt: made,
        status: 'draft',
        revision: 1,
        data: {},
        ...r,
      })),
    };
    return serializeBackup(file);
  }

  const open = (text: string): ReturnType<typeof parseBackupText> => parseBackupText(text, text.length);

  beforeEach(() => {
    // What Settings sets up: the forms' migrations and the answer check.
    configureStorage({ recordDate, upgradeRecord, checkAnswers });
  });

  it('opens every form’s valid example, and refuses a string where a list of ticked choices belongs', () => {
    const forms = Object.entries(examples).map(([path, ex]) => ({ formId: /forms\/([^/]+)\/examples/.exec(path)?.[1] ?? '', ex }));
    expect(forms.length).toBeGreaterThan(5);
    const good = open(fileWith(forms.map(({ formId, ex }) => ({ formId, formVersion: ex.version, data: ex.valid, personId: formId.startsWith('exit-interview') || formId.includes('internship') || formId.startsWith('time-log') ? MENTOR_ID : 'ana' }))));
    expect(good).toMatchObject({ ok: true });

    const wrong = open(fileWith([{ formId: 'mentoring-agreement', formVersion: 1, data: { notSupervisor: 'yes' } }]));
    const signatureAsText = open(fileWith([{ formId: 'encounter', formVersion: 2, data: { mentorSignature: 'Sam' } }]));
    const listAsText = open(fileWith([{ formId: 'encounter', formVersion: 2, data: { meetingDate: ['2026-05-11'] } }]));

    expect(wrong).toEqual({ ok: false, problem: 'This backup file is damaged: record 1, the answer "notSupervisor".' });
    expect(signatureAsText).toEqual({ ok: false, problem: 'This backup file is damaged: record 1, the answer "mentorSignature".' });
    expect(listAsText).toEqual({ ok: false, problem: 'This backup file is damaged: record 1, the answer "meetingDate".' });
  });

  it('says "made by a newer version" for a form, a form version or a part this version does not know', () => {
    const newerForm = open(fileWith([{ formId: 'future-form' }]));
    const newerVersion = open(fileWith([{ formVersion: 99 }]));
    const newPart = open(fileWith([{}]).replace('"status":"draft"', '"status":"draft","archivedAt":"2027-01-01T00:00:00.000Z"'));
    const newTopPart = open(fileWith([{}]).replace('"appVersion"', '"deviceName":"Tablet 2","appVersion"'));
    const newPartAndDamage = open(fileWith([{}]).replace('"status":"draft"', '"status":"lost","archivedAt":"2027-01-01T00:00:00.000Z"'));

    for (const result of [newerForm, newerVersion, newPart, newTopPart]) expect(result).toEqual({ ok: false, problem: backupProblems.newer });
    expect(backupProblems.newer).toMatch(/made by a newer version of the workbook/);
    expect(newPartAndDamage).toEqual({ ok: false, problem: 'This backup file is damaged: record 1, the part "status".' });
  });
});

describe('the review and keeping mine', () => {
  it('names both sides of a replaced record, keeps mine when asked, and never puts an unsigned copy over a signed record', async () => {
    configureStorage({ recordDate, upgradeRecord });
    const ana = await addMentee({ name: 'Ana' });
    const draft = await createRecord({ formId: 'encounter', formVersion: 2, personId: ana.id, data: { meetingDate: '2026-05-03', thingsToWorkOn: 'Mine' } });
    const signedData = { meetingDate: '2026-05-10', thingsToWorkOn: 'Signed', menteeSignature: { kind: 'typed' as const, value: 'Ana', signedAt: '2026-05-10T10:00:00.000Z' } };
    const made = await createRecord({ formId: 'encounter', formVersion: 2, personId: ana.id, data: signedData });
    const signed = await finishRecord(made.id, signedData, made.revision);
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2027-01-01T00:00:00.000Z') });
    const later = '2027-01-01T00:00:00.000Z';
    const newer: BackupFile = {
      ...file,
      records: file.records.map((r) => ({ ...r, updatedAt: later, status: 'draft' as const, data: { meetingDate: r.data['meetingDate'] ?? '', thingsToWorkOn: 'From the file' } })),
    };

    const plan = await planImport(newer);
    const kept = await applyImport(newer, { keep: [draft.id] });

    expect(plan.replacedRecords).toEqual([
      {
        id: draft.id,
        tablet: { formId: 'encounter', personId: ana.id, personName: 'Ana', date: '2026-05-03', changedAt: draft.updatedAt, signed: false },
        file: { formId: 'encounter', personId: ana.id, personName: 'Ana', date: '2026-05-03', changedAt: later, signed: false },
      },
    ]);
    expect(plan.keptSigned.map((item) => [item.id, item.tablet.signed, item.file.signed])).toEqual([[signed.id, true, false]]);
    expect(plan).toMatchObject({ newerRecords: 1, olderOrSameRecords: 1, collisions: [] });
    expect(kept).toMatchObject({ newerRecords: 0, olderOrSameRecords: 2 });
    expect(await getRecord(draft.id)).toEqual(draft);
    expect(await getRecord(signed.id)).toEqual(signed);
    await applyImport(newer);
    expect((await getRecord(draft.id))?.data['thingsToWorkOn']).toBe('From the file');
    expect(await getRecord(signed.id)).toEqual(signed);
  });
});
