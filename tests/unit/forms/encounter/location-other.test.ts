/**
 * "Other (please write)" on the encounter's location (version 2): the migration step from
 * version 1, and records of both versions through backup, storage and print.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definition } from '~/forms/encounter/definition';
import { examples } from '~/forms/encounter/examples';
import { addLocationOther, record } from '~/forms/encounter/record';
import { recordDate, upgradeRecord } from '~/forms/records';
import { answerText } from '~/lib/forms/answer-text';
import type { FormValues } from '~/lib/forms/types';
import { validateForm } from '~/lib/forms/validate';
import { visibleFields } from '~/lib/forms/visibility';
import { addMentee, applyImport, configureStorage, createRecord, exportBackup, getRecord, parseBackupText, serializeBackup } from '~/lib/storage';
import { freshDb, installMemoryStorage, useRealClock, useStepClock } from '../../helpers/db';

/** An encounter as today's version 1 code saves it: every field of version 1, no `locationOther`. */
const { locationOther: _, ...version1 } = examples.valid;

/** What the paper copy prints: each shown question with its answer in words. */
function printed(values: FormValues): [string, string][] {
  return visibleFields(definition, values).map((field) => [field.label, answerText(field, values[field.name])]);
}

describe('step 1 → 2: addLocationOther', () => {
  it('adds an empty answer for the new question and keeps every other answer', () => {
    expect(addLocationOther(version1)).toEqual({ ...version1, locationOther: '' });
  });

  it('does not change the answers it is given', () => {
    const frozen = Object.freeze({ ...version1 });
    const upgraded = addLocationOther(frozen);
    expect(upgraded).not.toBe(frozen);
    expect(frozen).not.toHaveProperty('locationOther');
  });

  it('keeps an answer that is already there', () => {
    expect(addLocationOther({ ...version1, locationOther: 'The park' })['locationOther']).toBe('The park');
  });
});

describe('the encounter record rules', () => {
  it('is version 2 and migrates version 1 to it; current and newer records are left as they are', () => {
    expect(record.version).toBe(2);
    expect(definition.version).toBe(2);
    expect(record.migrate(version1, 1)).toEqual({ ...version1, locationOther: '' });
    expect(record.migrate(examples.valid, 2)).toEqual(examples.valid);
    expect(record.migrate(version1, 3)).toEqual(version1);
  });

  it('upgradeRecord gives storage a version 2 record from a version 1 one', () => {
    expect(upgradeRecord({ formId: 'encounter', formVersion: 1, data: version1 })).toEqual({
      formVersion: 2,
      data: { ...version1, locationOther: '' },
    });
    expect(upgradeRecord({ formId: 'no-such-form', formVersion: 1, data: version1 })).toEqual({ formVersion: 1, data: version1 });
  });

  it('a migrated version 1 record is valid and prints exactly what it printed before', () => {
    const upgraded = record.migrate(version1, 1);
    expect(validateForm(definition, upgraded)).toEqual([]);
    expect(printed(upgraded)).toEqual(printed(version1));
    expect(printed(upgraded).map(([label]) => label)).not.toContain('Where was it?');
    expect(printed(upgraded)).toContainEqual(['Where did you meet?', 'Out in town']);
  });

  it('"Other" needs the place written, at most 100 letters', () => {
    const other = { ...examples.valid, location: 'other' };
    expect(validateForm(definition, { ...other, locationOther: '' })).toEqual([{ field: 'locationOther', message: 'Write where you met.' }]);
    expect(validateForm(definition, { ...other, locationOther: 'x'.repeat(101) })).toEqual([{ field: 'locationOther', message: 'Write 100 letters or fewer.' }]);
    expect(validateForm(definition, { ...other, locationOther: 'The bowling alley' })).toEqual([]);
  });
});

describe('through backup and storage', () => {
  /** An empty database, with storage wired to the forms as every page does (`src/forms/storage-setup.ts`). */
  async function emptyDatabase(): Promise<void> {
    await freshDb();
    configureStorage({ recordDate, upgradeRecord });
  }

  beforeEach(async () => {
    await emptyDatabase();
    installMemoryStorage();
    useStepClock();
  });
  afterEach(() => useRealClock());

  /** Exports everything, empties the database, imports the file again. */
  async function roundTrip(): Promise<void> {
    const text = serializeBackup(await exportBackup({ appVersion: '0.1.0', now: new Date('2026-11-22T15:30:00.000Z') }));
    await emptyDatabase();
    const parsed = parseBackupText(text, new TextEncoder().encode(text).length);
    if (!parsed.ok) throw new Error(parsed.problem);
    await applyImport(parsed.backup);
  }

  it('a version 1 record written by today\'s code loads as version 2 and prints the same', async () => {
    const ana = await addMentee({ name: 'Jordan Rivera' });
    const saved = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: version1 });

    const loaded = await getRecord(saved.id);

    expect(loaded?.formVersion).toBe(2);
    expect(loaded?.data).toEqual({ ...version1, locationOther: '' });
    expect(loaded?.date).toBe(version1['meetingDate']);
    expect(printed(loaded!.data)).toEqual(printed(version1));
  });

  it('a version 1 record in a backup file imports as version 2 and prints the same', async () => {
    const ana = await addMentee({ name: 'Jordan Rivera' });
    const saved = await createRecord({ formId: 'encounter', formVersion: 1, personId: ana.id, data: version1 });
    const file = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-11-22T15:30:00.000Z') });
    const [first] = file.records;
    const old = { ...file, records: [{ ...first!, formVersion: 1, data: version1 }] };
    expect(old.records[0]?.id).toBe(saved.id);
    await emptyDatabase();

    const text = serializeBackup(old);
    const parsed = parseBackupText(text, new TextEncoder().encode(text).length);
    if (!parsed.ok) throw new Error(parsed.problem);
    await applyImport(parsed.backup);
    const loaded = await getRecord(saved.id);

    expect(loaded?.formVersion).toBe(2);
    expect(loaded?.data).toEqual({ ...version1, locationOther: '' });
    expect(printed(loaded!.data)).toEqual(printed(version1));
  });

  it('a version 2 record with "Other" keeps the written place through backup and prints it', async () => {
    const ana = await addMentee({ name: 'Jordan Rivera' });
    const data = { ...examples.valid, location: 'other', locationOther: 'The bowling alley on 5th Street' };
    const saved = await createRecord({ formId: 'encounter', formVersion: record.version, personId: ana.id, data });

    await roundTrip();
    const loaded = await getRecord(saved.id);

    expect(loaded?.formVersion).toBe(2);
    expect(loaded?.data).toEqual(data);
    expect(upgradeRecord({ formId: 'encounter', formVersion: 2, data: loaded!.data }).data).toEqual(data);
    expect(printed(loaded!.data)).toContainEqual(['Where did you meet?', 'Somewhere else']);
    expect(printed(loaded!.data)).toContainEqual(['Where was it?', 'The bowling alley on 5th Street']);
  });
});
