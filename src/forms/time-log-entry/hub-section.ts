/**
 * `timeLogSection`: the "My hours" part of the Internship page (`HubSection.astro`): the
 * 90-hour progress in words and as a bar, the log newest first, and the CSV file for the
 * agency. Reads the entries from the Internship page (`HubScope`).
 */
import { t } from '~/i18n/internship';
import { getForm } from '~/forms/on-page';
import { recordHref } from '~/lib/urls';
import type { StoredRecord } from '~/lib/storage';
import { defineChildComponent } from '~/scripts/components/define-component';
import type { HubScope } from '~/scripts/components/hub';
import { pictureSrc } from '~/scripts/components/page-pictures';
import { logRows, progressBar, progressPictureText, progressWords, type LogRow } from './log';
import { formatHours, summarizeLog } from './summary';

/** How many log entries show before "Show all". */
const FIRST_ROWS = 10;

const emptyWords = progressWords(summarizeLog([]));

/** An entry as its card shows it. */
interface EntryCard extends LogRow {
  href: string;
  pictureSrc: string;
  detailText: string;
  stateText: string;
}

/** Registered by `HubSection.astro` with `registerComponent('timeLogSection', timeLogSection)`. */
export function timeLogSection() {
  let entries: StoredRecord[] = [];

  return defineChildComponent<HubScope & { savedName: string }>()({
    formId: '',
    rows: [] as EntryCard[],
    showAll: false,
    words: emptyWords,
    bar: progressBar(emptyWords),
    csvStatus: '',
    csvProblem: '',

    init() {
      this.formId = this.$el.dataset['formId'] ?? '';
      this.$watch('version', () => this.refresh());
      this.refresh();
    },
    refresh() {
      const def = getForm(this.formId);
      entries = this.recordsOf(this.formId);
      this.rows = def
        ? logRows(def, entries).map((row) => ({
            ...row,
            href: recordHref(this.formId, row.id),
            pictureSrc: pictureSrc(row.picture ?? 'clock'),
            detailText: [
              `${row.hoursText}.`,
              row.faceToFaceText ? t('internship.entryFaceToFace', { answer: row.faceToFaceText }) : '',
              row.initials ? t('internship.entryInitials', { initials: row.initials }) : '',
            ]
              .filter(Boolean)
              .join(' '),
            stateText: row.finished ? '' : t('internship.entryNotFinished'),
          }))
        : [];
      this.words = progressWords(summarizeLog(entries.map((r) => r.data)));
      this.bar = progressBar(this.words);
    },

    get hasRows(): boolean {
      return this.rows.length > 0;
    },
    get visibleRows(): EntryCard[] {
      return this.showAll ? this.rows : this.rows.slice(0, FIRST_ROWS);
    },
    get hiddenCount(): number {
      return this.showAll ? 0 : Math.max(0, this.rows.length - FIRST_ROWS);
    },
    get showAllText(): string {
      return t('internship.showAllEntries', { count: this.rows.length });
    },
    get countText(): string {
      const n = this.rows.length;
      return n === 0 ? t('internship.entriesNone') : t('internship.entriesCount', { count: n });
    },
    get goalPicture(): string {
      return pictureSrc(this.words.goalMet ? 'check' : 'hourglass');
    },
    get rulePicture(): string {
      return pictureSrc(this.words.ruleMet ? 'check' : 'hourglass');
    },
    get pictureText(): string {
      return progressPictureText(this.words);
    },
    get faceToFaceWidth(): string {
      return `${this.bar.faceToFacePercent}%`;
    },
    get otherX(): string {
      return `${this.bar.otherStartPercent}%`;
    },
    get otherWidth(): string {
      return `${this.bar.otherPercent}%`;
    },
    get goalX(): string {
      return `${Math.min(this.bar.goalPercent, 99.5)}%`;
    },
    get halfX(): string {
      return `${this.bar.halfLinePercent}%`;
    },
    get faceToFaceLegend(): string {
      return t('internship.legendFace', { hours: formatHours(this.words.summary.faceToFaceHours) });
    },
    get otherLegend(): string {
      return t('internship.legendOther', { hours: formatHours(this.words.summary.totalHours - this.words.summary.faceToFaceHours) });
    },
    get halfLegend(): string {
      return t('internship.legendHalf', { hours: this.words.halfLineHours });
    },
    showAllRows() {
      this.showAll = true;
    },
    async downloadCsv() {
      this.csvStatus = '';
      this.csvProblem = '';
      const def = getForm(this.formId);
      if (!def) return;
      try {
        // Loaded when pressed: most visits to the Internship page never save the file.
        const [{ logCsv, logCsvFileName }, { downloadText }] = await Promise.all([import('./log-csv'), import('~/scripts/components/download-text')]);
        const fileName = logCsvFileName(new Date());
        downloadText(fileName, logCsv(def, entries), 'text/csv;charset=utf-8');
        this.csvStatus = t('internship.csvSaved', { fileName, entries: t('internship.entries', { count: entries.length }) });
      } catch {
        this.csvProblem = t('internship.csvFailed');
      }
    },
  });
}
