/**
 * "For my supervisor": making a handover file from everything on the tablet (a backup
 * from `exportBackup`). Headless: the page gives the backup and the forms' modules.
 *
 * What the file holds:
 * - for the peer mentor and each mentee, the records a period print of the same dates
 *   holds (`periodRecords`: the plan in force, then every record dated in the period);
 * - every other version of each of those records (its history: earlier versions and a
 *   correction not signed again yet);
 * - the mentees that have records in it, and the peer mentor's profile;
 * - a summary of what the period does not hold: internship hours so far, and which
 *   evaluations are done (`SummarySchema`).
 */
import type { FormModule } from '~/lib/forms/module';
import { periodRecords, type Period } from '~/lib/print/period';
import { MENTOR_ID, type BackupFile, type StoredRecord } from '~/lib/storage';
import { fileRecords, versionChain } from './records';
import { HANDOVER_FORMAT, HANDOVER_FORMAT_VERSION, type HandoverFile, type HandoverSummary } from './schema';

/** The forms the workbook has, by id (every form's module). */
export type FormsById = ReadonlyMap<string, FormModule>;

/** Hours so far and evaluations done, from the records in force of the whole tablet. */
function summaryOf(inForce: readonly StoredRecord[], forms: FormsById): HandoverSummary {
  let hours: HandoverSummary['hours'] = null;
  const done = new Set<string>();
  for (const [formId, form] of forms) {
    const own = inForce.filter((r) => r.formId === formId);
    const oversight = form.oversight;
    if (oversight?.hoursSoFar) {
      const { totalHours, faceToFaceHours, goalHours } = oversight.hoursSoFar(own.filter((r) => r.personId === MENTOR_ID).map((r) => r.data));
      hours = { totalHours, faceToFaceHours, goalHours };
    }
    const evaluations = form.oversight?.evaluations;
    if (evaluations) {
      for (const r of own) {
        const kind = r.status === 'finished' ? evaluations.kindOf(r.data) : '';
        if (kind) done.add(kind);
      }
    }
  }
  return { hours, evaluationsDone: [...done].sort() };
}

/**
 * The handover file of one period.
 * @returns the file, or undefined when the tablet has no peer mentor profile yet (the
 *   file must say whose records these are).
 */
export function makeHandover(backup: BackupFile, period: Period, forms: FormsById, about: { appVersion: string; now: Date }): HandoverFile | undefined {
  const mentor = backup.mentor;
  if (!mentor) return undefined;
  const { byId, inForce } = fileRecords(backup.records);
  const formIds = [...forms.keys()];
  const inForcePeriod = (formId: string): boolean => forms.get(formId)?.period === 'in-force';
  const byPerson = new Map<string, StoredRecord[]>();
  for (const r of inForce) {
    const list = byPerson.get(r.personId);
    if (list) list.push(r);
    else byPerson.set(r.personId, [r]);
  }
  const chosen = new Set<string>();
  for (const records of byPerson.values()) {
    for (const record of periodRecords(records, formIds, inForcePeriod, period)) {
      chosen.add(record.id);
      for (const id of versionChain(record.id, byId)) chosen.add(id);
    }
  }
  const records = backup.records.filter((r) => chosen.has(r.id));
  const withRecords = new Set(records.map((r) => r.personId));
  return {
    format: HANDOVER_FORMAT,
    formatVersion: HANDOVER_FORMAT_VERSION,
    appVersion: about.appVersion,
    createdAt: about.now.toISOString(),
    period: { from: period.from, to: period.to },
    mentor,
    people: backup.people.filter((p) => withRecords.has(p.id)),
    records,
    summary: summaryOf(inForce, forms),
  };
}

/**
 * The handover file's name, with the period and no person's name:
 * `workbook-for-supervisor-2026-11-01-to-2026-11-30.json` (`-locked` before `.json` when locked).
 */
export function handoverFileName(period: Period, locked: boolean): string {
  return `workbook-for-supervisor-${period.from}-to-${period.to}${locked ? '-locked' : ''}.json`;
}
