/**
 * A backup file of the one form on screen, made only from what the page already holds:
 * it works when IndexedDB is full, blocked or gone. Opening the file later (Settings →
 * Open a backup file) merges it like any backup: the form comes back with the typing, and
 * nothing already on the tablet is lost.
 */
import { t } from '~/i18n/settings';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MENTOR_ID, type BackupFile, type BackupRecord, type Person, type StoredRecord } from '~/lib/storage';
import type { FormValues } from '~/lib/forms/types';

/** A time so old that a stand-in person never wins a merge against a real one. */
export const STAND_IN_TIME = '2000-01-01T00:00:00.000Z';

/** What is known about the form on screen. */
export interface OpenForm {
  formId: string;
  formVersion: number;
  recordId: string;
  /** The mentee's id, `MENTOR_ID`, or '' when the page could not tell. */
  personId: string;
  /** The answers on screen. */
  values: FormValues;
  /** The record as last read or saved, when there is one. */
  record?: StoredRecord | undefined;
  /** The person the record belongs to, when the page could read it. */
  person?: Person | undefined;
  /** The mentor profile, when the page could read it. */
  mentor?: Person | undefined;
  /** The person's name as written on the form, for when the page could not read the person. */
  personName?: string | undefined;
  appVersion: string;
  now: Date;
  /** Makes an id for a person the page does not know (tests pass their own). */
  makeId?: () => string;
}

function shortName(name: string | undefined): string {
  return (name ?? '').trim().slice(0, 200);
}

/**
 * A person to hold the record when the page could not read the real one: the name from
 * the form if it has one. Revision 1 and a very old date, so on a tablet that has the
 * real person, the real one always stays.
 */
function standIn(id: string, kind: Person['kind'], name: string): Person {
  return { id, kind, name, note: '', createdAt: STAND_IN_TIME, updatedAt: STAND_IN_TIME, revision: 1 };
}

/**
 * The backup file of one form on screen. The record's revision is one more than the
 * stored one, so the typing on screen wins over the copy this tablet last saved.
 */
export function backupOfOpenForm(form: OpenForm): BackupFile {
  const now = form.now.toISOString();
  const values = JSON.parse(JSON.stringify(form.values)) as FormValues;
  const isMentor = form.personId === MENTOR_ID || form.person?.kind === 'mentor';
  const personId = isMentor ? MENTOR_ID : form.personId || form.person?.id || (form.makeId ?? (() => crypto.randomUUID()))();
  const record: BackupRecord = {
    id: form.recordId,
    formId: form.formId,
    formVersion: form.record?.formVersion ?? form.formVersion,
    personId,
    createdAt: form.record?.createdAt ?? now,
    updatedAt: now,
    status: form.record?.status ?? 'draft',
    revision: (form.record?.revision ?? 0) + 1,
    data: values,
  };
  if (form.record?.supersedes !== undefined) record.supersedes = form.record.supersedes;
  if (form.record?.supersededBy !== undefined) record.supersededBy = form.record.supersededBy;
  if (form.record?.finishedAt !== undefined) record.finishedAt = form.record.finishedAt;
  if (form.record?.correction !== undefined) record.correction = form.record.correction;

  let mentor: Person | null = null;
  const people: Person[] = [];
  if (isMentor) {
    mentor = form.person?.kind === 'mentor' ? form.person : form.mentor ?? standIn(MENTOR_ID, 'mentor', shortName(form.personName) || t('settings.standInMentor'));
  } else {
    people.push(form.person?.kind === 'mentee' ? form.person : standIn(personId, 'mentee', shortName(form.personName) || t('settings.standInMentee')));
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: form.appVersion,
    createdAt: now,
    mentor: mentor ? { ...mentor } : null,
    people: people.map((p) => ({ ...p })),
    records: [record],
  };
}

/**
 * The file name for one form's backup: `workbook-form-meeting-2026-11-22.json`. The noun
 * keeps its letters without accents ("reunión" → `reunion`), so the name is safe on every tablet.
 */
export function formBackupFileName(noun: string, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const plain = noun.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const name = plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || t('settings.formFileNameFallback');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return t('settings.formFileName', { name, date });
}
