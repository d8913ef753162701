/**
 * Easy Read words for keeping work safe: what a backup file holds, what opening it will
 * change, how much space is used, whether the browser promised to keep the data.
 * Pure functions over the catalog (`settings.*`), so unit tests can check every
 * sentence. (Names of records, which form pages need too, are in `record-words.ts`, so
 * form pages do not carry these.)
 */
import { tMoment } from '~/i18n/moment';
import { t, tList, tNumber } from '~/i18n/settings';
import type { BackupFile, ImportPlan } from '~/lib/storage';
import { countRecords, formOrder } from './record-words';

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
  return tList(parts);
}

/** Says what an import plan (from `planImport` or `applyImport`) changes. */
export function describeImportPlan(plan: ImportPlan): ImportWords {
  const changes: string[] = [];
  if (plan.mentorChanged) changes.push(t('settings.changedProfile'));
  if (plan.newMentees > 0) changes.push(t('settings.newMentees', { count: plan.newMentees }));
  if (plan.newerMentees > 0) changes.push(t('settings.newerMentees', { count: plan.newerMentees }));
  const formIds = sortedFormIds(Object.keys(plan.byForm));
  for (const id of formIds) {
    const n = plan.byForm[id]?.newRecords ?? 0;
    if (n > 0) changes.push(countRecords(id, n, 'new'));
  }
  for (const id of formIds) {
    const n = plan.byForm[id]?.newerRecords ?? 0;
    if (n > 0) changes.push(t('settings.newerRecords', { records: countRecords(id, n) }));
  }
  const same = plan.olderOrSameMentees + plan.olderOrSameRecords;
  const unchanged = same === 0 ? '' : t('settings.unchanged', { count: same });
  const summary = changes.length === 0 ? t('settings.nothingNew') : t('settings.changeList', { changes: joinWords(changes) });
  return { changes, unchanged, summary: summary.charAt(0).toUpperCase() + summary.slice(1) };
}

/** True when an import plan changes nothing. */
export function importChangesNothing(plan: ImportPlan): boolean {
  return !plan.mentorChanged && plan.newMentees + plan.newerMentees + plan.newRecords + plan.newerRecords === 0;
}

/** What a backup file holds, in one or two sentences. */
export function describeBackupFile(backup: BackupFile): string {
  const parts: string[] = [];
  if (backup.mentor) parts.push(t('settings.yourProfile'));
  parts.push(t('settings.mentees', { count: backup.people.length }));
  parts.push(t('settings.forms', { count: backup.records.length }));
  return t('settings.fileMade', { moment: tMoment(backup.createdAt), contents: joinWords(parts) });
}

const sizeUnits = ['settings.kilobytes', 'settings.megabytes', 'settings.gigabytes', 'settings.terabytes'] as const;

/** Bytes in words: "800 bytes", "45 KB", "2.3 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return t('settings.unknownSize');
  if (bytes < 1000) return t('settings.bytes', { count: Math.round(bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return t(sizeUnits[unit]!, { size: tNumber(shown) });
}

/** Whether the browser promised to keep the data, in words. `undefined`: the browser cannot say. */
export function describePersistence(persisted: boolean | undefined): string {
  if (persisted === true) return t('settings.persisted');
  if (persisted === false) return t('settings.notPersisted');
  return t('settings.persistUnknown');
}

/** How much space is used, in words. */
export function describeUsage(estimate: { usage?: number | undefined; quota?: number | undefined } | undefined): string {
  if (!estimate || estimate.usage === undefined) return t('settings.usageUnknown');
  const used = t('settings.usage', { size: formatBytes(estimate.usage) });
  if (estimate.quota === undefined || estimate.quota <= 0) return used;
  const free = Math.max(0, estimate.quota - estimate.usage);
  return `${used} ${t('settings.usageFree', { size: formatBytes(free) })}`;
}

/** When the last full backup file was made, in words. */
export function describeLastBackup(lastBackupAt: string | undefined): string {
  if (lastBackupAt === undefined) return t('settings.noBackupYet');
  return t('settings.lastBackup', { moment: tMoment(lastBackupAt) });
}

/** What "Delete everything on this tablet" will delete, one line each. */
export function describeEverything(counts: { mentor: boolean; mentees: number; records: number; unsaved: number }): string[] {
  const lines: string[] = [];
  if (counts.mentor) lines.push(t('settings.yourProfile'));
  lines.push(t('settings.mentees', { count: counts.mentees }));
  lines.push(t('settings.formsWithVersions', { count: counts.records }));
  if (counts.unsaved > 0) lines.push(t('settings.formsUnsaved', { count: counts.unsaved }));
  return lines;
}
