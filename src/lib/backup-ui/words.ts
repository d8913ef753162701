/**
 * Easy Read words for keeping work safe: what a backup file holds, what opening it will
 * change, how much space is used, whether the browser promised to keep the data.
 * Pure functions, so unit tests can check every sentence. (Names of records, which form
 * pages need too, are in `record-words.ts`, so form pages do not carry these.)
 */
import type { BackupFile, ImportPlan } from '~/lib/storage';
import { describeMoment } from '~/scripts/components/moments';
import { count, countRecords, formOrder } from './record-words';

export { capitalise, count, countRecords, recordDate, recordName, recordNoun } from './record-words';

function sortedFormIds(ids: Iterable<string>): string[] {
  const rank = (id: string): number => {
    const i = formOrder.indexOf(id);
    return i < 0 ? formOrder.length : i;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** What opening a backup file will do, in words. */
export interface ImportWords {
  /** One line per change: "2 new mentees", "14 new meetings", "3 meetings newer than yours". */
  changes: string[];
  /** The things that stay as they are, or '' when none: "5 things are the same as yours or older. They stay as they are." */
  unchanged: string;
  /** The changes in one sentence, or a sentence saying nothing changes. */
  summary: string;
}

/** Joins phrases: "a", "a and b", "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Says what an import plan (from `planImport` or `applyImport`) changes. */
export function describeImportPlan(plan: ImportPlan): ImportWords {
  const changes: string[] = [];
  if (plan.mentorChanged) changes.push('your profile (name, agency and supervisor)');
  if (plan.newMentees > 0) changes.push(count(plan.newMentees, 'new mentee', 'new mentees'));
  if (plan.newerMentees > 0) changes.push(count(plan.newerMentees, 'mentee newer than yours', 'mentees newer than yours'));
  const formIds = sortedFormIds(Object.keys(plan.byForm));
  for (const id of formIds) {
    const n = plan.byForm[id]?.newRecords ?? 0;
    if (n > 0) changes.push(countRecords(id, n, 'new'));
  }
  for (const id of formIds) {
    const n = plan.byForm[id]?.newerRecords ?? 0;
    if (n > 0) changes.push(`${countRecords(id, n)} newer than yours`);
  }
  const same = plan.olderOrSameMentees + plan.olderOrSameRecords;
  const unchanged =
    same === 0 ? '' : `${count(same, 'thing is', 'things are')} the same as yours or older. ${same === 1 ? 'It stays' : 'They stay'} as ${same === 1 ? 'it is' : 'they are'}.`;
  const summary = changes.length === 0 ? 'Everything in this file is already on this tablet. Nothing will change.' : `${joinWords(changes)}.`;
  return { changes, unchanged, summary: summary.charAt(0).toUpperCase() + summary.slice(1) };
}

/** True when an import plan changes nothing. */
export function importChangesNothing(plan: ImportPlan): boolean {
  return !plan.mentorChanged && plan.newMentees + plan.newerMentees + plan.newRecords + plan.newerRecords === 0;
}

/** What a backup file holds, in one or two sentences. */
export function describeBackupFile(backup: BackupFile): string {
  const made = `This backup file was made on ${describeMoment(backup.createdAt)}.`;
  const parts: string[] = [];
  if (backup.mentor) parts.push('your profile');
  parts.push(count(backup.people.length, 'mentee', 'mentees'));
  parts.push(count(backup.records.length, 'form', 'forms'));
  return `${made} It holds ${joinWords(parts)}.`;
}

/** Bytes in words: "800 bytes", "45 KB", "2.3 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
  return `${shown} ${units[unit]}`;
}

/** Whether the browser promised to keep the data, in words. `undefined`: the browser cannot say. */
export function describePersistence(persisted: boolean | undefined): string {
  if (persisted === true) return 'This browser promised to keep your work. It will not delete it to make space.';
  if (persisted === false) {
    return 'This browser did not promise to keep your work. If the tablet gets full, the browser may delete it. Save a backup file often.';
  }
  return 'This browser cannot tell us if it will keep your work. Save a backup file often.';
}

/** How much space is used, in words. */
export function describeUsage(estimate: { usage?: number | undefined; quota?: number | undefined } | undefined): string {
  if (!estimate || estimate.usage === undefined) return 'This browser cannot tell us how much space the workbook uses.';
  const used = `The workbook uses ${formatBytes(estimate.usage)} on this tablet.`;
  if (estimate.quota === undefined || estimate.quota <= 0) return used;
  const free = Math.max(0, estimate.quota - estimate.usage);
  return `${used} There is space for about ${formatBytes(free)} more.`;
}

/** When the last full backup file was made, in words. */
export function describeLastBackup(lastBackupAt: string | undefined): string {
  if (lastBackupAt === undefined) return 'You have not saved a backup file on this tablet yet.';
  return `You saved the last backup file on ${describeMoment(lastBackupAt)}.`;
}

/** What "Delete everything on this tablet" will delete, one line each. */
export function describeEverything(counts: { mentor: boolean; mentees: number; records: number; unsaved: number }): string[] {
  const lines: string[] = [];
  if (counts.mentor) lines.push('your profile');
  lines.push(count(counts.mentees, 'mentee', 'mentees'));
  lines.push(`${count(counts.records, 'form', 'forms')}, with every version and signature`);
  if (counts.unsaved > 0) lines.push(count(counts.unsaved, 'form with unsaved typing', 'forms with unsaved typing'));
  return lines;
}
