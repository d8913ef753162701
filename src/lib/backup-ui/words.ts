/**
 * Easy Read words for keeping work safe: what a backup file holds, what opening it will
 * change, how much space is used, whether the browser promised to keep the data.
 * Pure functions over the catalog (`settings.*`), so unit tests can check every
 * sentence. (Names of records, which form pages need too, are in `record-words.ts`, so
 * form pages do not carry these; records counted are in `record-counts.ts`.)
 */
import { tMoment } from '~/i18n/moment';
import { t, tList, tNumber } from '~/i18n/settings';
import { formatDate } from '~/lib/forms/dates';
import { MENTOR_ID, type BackupFile, type ImportItem, type ImportPlan, type ImportSide } from '~/lib/storage';
import { countRecords, formOrder, recordNounFor } from './record-counts';
import { recordNoun } from './record-words';

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
    if (n > 0) changes.push(t('settings.newRecords', { count: n, noun: recordNounFor(id, n) }));
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

/** One record or mentee the file would replace, in words, for the review. */
export interface ReviewLine {
  /** The record's or mentee's id (for "Keep mine"). */
  id: string;
  /** Which one: "Ana López's meeting on 3 May 2026." (and the file's date or name when it differs). */
  what: string;
  /** When each side was last changed. */
  when: string;
}

/** A record on one side in words: "Ana López's meeting on 3 May 2026.", "Your time log entry." */
function recordWords(side: ImportSide): string {
  const noun = recordNoun(side.formId);
  const date = side.date === '' ? '' : formatDate(side.date);
  if (side.personId === MENTOR_ID) return date ? t('settings.reviewOwnRecord', { noun, date }) : t('settings.reviewOwnRecordNoDate', { noun });
  const person = side.personName || t('settings.standInMentee');
  return date ? t('settings.reviewRecord', { person, noun, date }) : t('settings.reviewRecordNoDate', { person, noun });
}

function itemLine(item: ImportItem): ReviewLine {
  const when = t('settings.reviewWhen', { tablet: tMoment(item.tablet.changedAt), file: tMoment(item.file.changedAt) });
  if (item.tablet.formId === '') {
    const what =
      item.id === MENTOR_ID
        ? t('settings.reviewProfile')
        : [
            t('settings.reviewMentee', { name: item.tablet.personName }),
            ...(item.file.personName === item.tablet.personName ? [] : [t('settings.reviewFileName', { name: item.file.personName })]),
          ].join(' ');
    return { id: item.id, what, when };
  }
  const fileDate = item.file.date !== item.tablet.date && item.file.date !== '' ? [t('settings.reviewFileDate', { date: formatDate(item.file.date) })] : [];
  return { id: item.id, what: [recordWords(item.tablet), ...fileDate].join(' '), when };
}

/**
 * The mentees and records the file would replace, each named with both sides' times of
 * the last change: for the review, where the person may keep theirs.
 */
export function describeReplaced(plan: ImportPlan): ReviewLine[] {
  return [...plan.replacedPeople, ...plan.replacedRecords].map(itemLine);
}

/** The records that stay because this tablet's copy is signed and the file's is not. */
export function describeKeptSigned(plan: ImportPlan): ReviewLine[] {
  return plan.keptSigned.map(itemLine);
}

/**
 * Why a file with a record whose id belongs to another form or person here is refused,
 * naming the record on this tablet; undefined when there is none.
 */
export function describeCollision(plan: ImportPlan): string | undefined {
  const item = plan.collisions[0];
  return item === undefined ? undefined : t('settings.collision', { record: recordWords(item.tablet) });
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
