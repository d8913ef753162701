/**
 * `internshipHub`: the Internship page (`/internship/`). The peer mentor's profile (needed
 * before the mentor's own forms), the 90-hour progress in words and as a bar, the log
 * entries newest first, the CSV file for the agency, the supervisor's review, the
 * internship evaluation with the passing score the agency sets, and the exit interviews.
 * The rules live in the forms' folders (`src/forms/<id>/`); this file wires them up.
 */
import { getForm } from '~/forms/on-page';
import { formatDate, isValidDate } from '~/lib/forms/dates';
import { summarizeLog } from '~/forms/time-log-entry/summary';
import type { FormDefinition } from '~/lib/forms/types';
import { evaluationResult, type EvaluationResult } from '~/forms/internship-evaluation/result';
import {
  DEFAULT_PASSING_AVERAGE,
  formatNumber,
  loadPassingAverage,
  parsePassingAverage,
  passingRuleText,
  savePassingAverage,
} from '~/forms/internship-evaluation/passing-score';
import { logCsv, logCsvFileName, logRows, progressBar, progressPictureText, progressWords, type LogRow, type ProgressBar, type ProgressWords } from '~/forms/time-log-entry/log';
import { MENTOR_ID, getMentorProfile, listRecordsForPerson, saveMentorProfile, toStorageError, type StoredRecord } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { downloadText } from './backup-download';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { RECORDS_CHANNEL } from './storage-channel';

/**
 * The picture URLs this page needs, by picture name, embedded in the page at build time
 * (`data-picture-urls`), so the page's script does not carry the whole picture registry.
 */
let pictureUrls: Record<string, string> | undefined;
function pictureSrc(name: string): string {
  if (!pictureUrls) {
    try {
      pictureUrls = JSON.parse(document.querySelector('script[data-picture-urls]')?.textContent || '{}') as Record<string, string>;
    } catch {
      pictureUrls = {};
    }
  }
  return pictureUrls[name] ?? '';
}

/** How many log entries show before "Show all". */
const FIRST_ROWS = 10;

const formHref = (formId: string, recordId?: string): string =>
  recordId ? `/forms/${formId}/?record=${encodeURIComponent(recordId)}` : `/forms/${formId}/`;
const paperHref = (formId: string, recordId?: string): string =>
  recordId ? `/forms/${formId}/paper/?record=${encodeURIComponent(recordId)}` : `/forms/${formId}/paper/`;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** One of the mentor's other forms: the newest record, if any. */
interface FormState {
  exists: boolean;
  finished: boolean;
  href: string;
  paperHref: string;
  stateText: string;
}

function formState(formId: string, record: StoredRecord | undefined, dateField: string): FormState {
  if (!record) return { exists: false, finished: false, href: formHref(formId), paperHref: paperHref(formId), stateText: 'Not started yet.' };
  const date = text(record.data[dateField]);
  const when = isValidDate(date) ? ` on ${formatDate(date)}` : '';
  return {
    exists: true,
    finished: record.status === 'finished',
    href: formHref(formId, record.id),
    paperHref: paperHref(formId, record.id),
    stateText: record.status === 'finished' ? `Finished${when}.` : `Started${when}. Not finished yet.`,
  };
}

const emptyWords = progressWords(summarizeLog([]));

/** Started by its page with `startAlpine({ internshipHub })`. */
export function internshipHub() {
  let entryDef: FormDefinition | undefined;
  let entries: StoredRecord[] = [];
  let evaluation: StoredRecord | undefined;

  return defineComponent({
    loaded: false,
    problem: '',

    // About me.
    hasProfile: false,
    editingProfile: false,
    name: '',
    agency: '',
    supervisor: '',
    savedName: '',
    savedAgency: '',
    savedSupervisor: '',
    nameError: '',
    profileStatus: '',

    // Hours.
    rows: [] as (LogRow & { href: string; pictureSrc: string; detailText: string; stateText: string })[],
    showAll: false,
    words: emptyWords as ProgressWords,
    bar: progressBar(emptyWords) as ProgressBar,
    csvStatus: '',
    csvProblem: '',

    // Review, evaluation, exit interviews.
    review: formState('time-log-review', undefined, 'dateReviewed'),
    reviewText: 'Not reviewed yet.',
    evaluationState: formState('internship-evaluation', undefined, 'evaluationDate'),
    result: undefined as EvaluationResult | undefined,
    exitMentor: formState('exit-interview-mentor', undefined, 'interviewDate'),
    exitSupervisor: formState('exit-interview-supervisor', undefined, 'interviewDate'),

    // Passing score.
    passingAverage: DEFAULT_PASSING_AVERAGE,
    passingInput: formatNumber(DEFAULT_PASSING_AVERAGE),
    passingError: '',
    passingStatus: '',

    async init() {
      entryDef = getForm('time-log-entry');
      this.passingAverage = loadPassingAverage();
      this.passingInput = formatNumber(this.passingAverage);
      await this.load();
      // Come back up to date after a form was saved in another tab, or on "Back" from a form.
      if ('BroadcastChannel' in globalThis) {
        const channel = new BroadcastChannel(RECORDS_CHANNEL);
        channel.addEventListener('message', () => void this.load());
      }
      addEventListener('pageshow', (event) => {
        if (event.persisted) void this.load();
      });
    },

    async load() {
      try {
        const [profile, log, reviews, evaluations, exitMentor, exitSupervisor] = await Promise.all([
          getMentorProfile(),
          listRecordsForPerson(MENTOR_ID, { formId: 'time-log-entry' }),
          listRecordsForPerson(MENTOR_ID, { formId: 'time-log-review', limit: 1 }),
          listRecordsForPerson(MENTOR_ID, { formId: 'internship-evaluation', limit: 1 }),
          listRecordsForPerson(MENTOR_ID, { formId: 'exit-interview-mentor', limit: 1 }),
          listRecordsForPerson(MENTOR_ID, { formId: 'exit-interview-supervisor', limit: 1 }),
        ]);
        this.hasProfile = profile !== undefined;
        this.savedName = profile?.name ?? '';
        this.savedAgency = profile?.agency ?? '';
        this.savedSupervisor = profile?.supervisor ?? '';
        if (!this.editingProfile) {
          this.name = this.savedName;
          this.agency = this.savedAgency;
          this.supervisor = this.savedSupervisor;
        }
        entries = log;
        this.showLog();

        const review = reviews[0];
        this.review = formState('time-log-review', review, 'dateReviewed');
        const by = text(review?.data['reviewedBy']);
        const date = text(review?.data['dateReviewed']);
        this.reviewText = !review
          ? 'Not reviewed yet.'
          : review.status === 'finished'
            ? `Reviewed${by ? ` by ${by}` : ''}${isValidDate(date) ? ` on ${formatDate(date)}` : ''}.`
            : 'The review is started. It is not finished yet.';

        evaluation = evaluations[0];
        this.evaluationState = formState('internship-evaluation', evaluation, 'evaluationDate');
        this.showResult();
        this.exitMentor = formState('exit-interview-mentor', exitMentor[0], 'interviewDate');
        this.exitSupervisor = formState('exit-interview-supervisor', exitSupervisor[0], 'interviewDate');
        this.problem = '';
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    showLog() {
      const def = entryDef;
      if (!def) return;
      this.rows = logRows(def, entries).map((row) => ({
        ...row,
        href: formHref('time-log-entry', row.id),
        pictureSrc: pictureSrc(row.picture ?? 'clock'),
        detailText: [
          row.hoursText + '.',
          row.faceToFaceText ? `Face-to-face: ${row.faceToFaceText}.` : '',
          row.initials ? `Initials: ${row.initials}.` : '',
        ].filter(Boolean).join(' '),
        stateText: row.finished ? '' : 'Not finished yet.',
      }));
      this.words = progressWords(summarizeLog(entries.map((r) => r.data)));
      this.bar = progressBar(this.words);
    },

    showResult() {
      this.result = evaluation ? evaluationResult(evaluation.data, this.passingAverage) : undefined;
    },

    // ---- About me ----
    get agencyText(): string {
      return this.savedAgency ? `Agency: ${this.savedAgency}` : 'Agency: not written yet';
    },
    get supervisorText(): string {
      return this.savedSupervisor ? `Supervisor: ${this.savedSupervisor}` : 'Supervisor: not written yet';
    },
    get showProfileForm(): boolean {
      return this.loaded && (!this.hasProfile || this.editingProfile);
    },
    get needsProfile(): boolean {
      return this.loaded && !this.problem && !this.hasProfile;
    },
    get ready(): boolean {
      return this.loaded && !this.problem && this.hasProfile;
    },
    editProfile() {
      this.editingProfile = true;
      this.profileStatus = '';
      focusWhenShown(this.$refs['nameInput']);
    },
    cancelProfile() {
      this.editingProfile = false;
      this.nameError = '';
      this.name = this.savedName;
      this.agency = this.savedAgency;
      this.supervisor = this.savedSupervisor;
    },
    async saveProfile() {
      if (!this.name.trim()) {
        this.nameError = 'Write your name.';
        focusWhenShown(this.$refs['nameInput']);
        return;
      }
      this.nameError = '';
      try {
        const first = !this.hasProfile;
        await saveMentorProfile({ name: this.name, agency: this.agency, supervisor: this.supervisor });
        this.editingProfile = false;
        await this.load();
        this.profileStatus = first ? 'Saved. Now you can add your hours.' : 'Saved.';
      } catch (e) {
        if (e instanceof TypeError) this.nameError = 'Write 200 letters or fewer in each box.';
        else this.problem = storageProblemText(toStorageError(e));
      }
    },

    // ---- Hours ----
    get hasRows(): boolean {
      return this.rows.length > 0;
    },
    get visibleRows() {
      return this.showAll ? this.rows : this.rows.slice(0, FIRST_ROWS);
    },
    get hiddenCount(): number {
      return this.showAll ? 0 : Math.max(0, this.rows.length - FIRST_ROWS);
    },
    get showAllText(): string {
      return `Show all ${this.rows.length} entries`;
    },
    get countText(): string {
      const n = this.rows.length;
      if (n === 0) return 'No hours written down yet. Press "Add hours" after each thing you do.';
      return n === 1 ? '1 entry.' : `${n} entries, newest first.`;
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
      return `Face-to-face: ${this.words.summary.faceToFaceHours} ${this.words.summary.faceToFaceHours === 1 ? 'hour' : 'hours'}`;
    },
    get otherLegend(): string {
      const other = this.words.summary.totalHours - this.words.summary.faceToFaceHours;
      return `Other: ${other} ${other === 1 ? 'hour' : 'hours'}`;
    },
    get halfLegend(): string {
      return `Half line: ${this.words.halfLineHours} hours`;
    },
    showAllRows() {
      this.showAll = true;
    },
    downloadCsv() {
      this.csvStatus = '';
      this.csvProblem = '';
      const def = entryDef;
      if (!def) return;
      try {
        const fileName = logCsvFileName(new Date(), this.savedName);
        downloadText(fileName, logCsv(def, entries), 'text/csv;charset=utf-8');
        const n = entries.length;
        this.csvStatus = `The file is saved. It is called ${fileName}. It has ${n === 1 ? '1 entry' : `${n} entries`}. Look for it in your Downloads. Send it to your agency.`;
      } catch {
        this.csvProblem = 'The file could not be made on this tablet. Print the log instead.';
      }
    },

    // ---- Evaluation and passing score ----
    get passingRule(): string {
      return passingRuleText(this.passingAverage);
    },
    get passingIsDefault(): boolean {
      return this.passingAverage === DEFAULT_PASSING_AVERAGE;
    },
    get resultPicture(): string {
      return pictureSrc(this.result?.state === 'pass' ? 'check' : 'hourglass');
    },
    get resultLine(): string {
      const r = this.result;
      return r ? `${r.resultWord}. ${r.resultText}` : '';
    },
    savePassing() {
      const value = parsePassingAverage(this.passingInput);
      if (value === undefined) {
        this.passingError = 'Write a number from 1 to 5, like 3 or 3.5.';
        this.passingStatus = '';
        return;
      }
      try {
        savePassingAverage(value);
      } catch {
        this.passingError = 'This tablet would not keep the passing score. Try again.';
        return;
      }
      this.passingError = '';
      this.passingAverage = value;
      this.passingInput = formatNumber(value);
      this.showResult();
      this.passingStatus = `Saved. The passing average is now ${formatNumber(value)}.`;
    },
    resetPassing() {
      this.passingInput = formatNumber(DEFAULT_PASSING_AVERAGE);
      this.savePassing();
    },
  });
}
