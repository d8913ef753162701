/**
 * `internshipLogPrint`: the Time and Activity Log laid out for printing, as the internship
 * documentation (`/internship/log/print/`): who it is for, the totals, every entry
 * (oldest first) and the supervisor's review with the signature. `?blank=1` gives an
 * empty log to fill in by hand. Everything is written as text (x-text), never as HTML.
 */
import { getForm } from '~/forms/on-page';
import { formatDate, isValidDate } from '~/lib/forms/dates';
import { signatureText } from '~/lib/forms/answer-text';
import { MIN_FACE_TO_FACE_HOURS, formatHours, summarizeLog } from '~/forms/time-log-entry/summary';
import type { Signature } from '~/lib/forms/types';
import { logRows, progressWords, sharePercent, type LogRow } from '~/forms/time-log-entry/log';
import { MENTOR_ID, getMentorProfile, listRecordsForPerson, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { defineComponent } from './define-component';

/** Empty lines on the blank log. */
const BLANK_ROWS = 18;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** Started by its page with `startAlpine({ internshipLogPrint })`. */
export function internshipLogPrint() {
  return defineComponent({
    loaded: false,
    problem: '',
    blank: false,
    name: '',
    agency: '',
    supervisor: '',
    rows: [] as (LogRow & { key: string; hoursNumber: string })[],
    totalText: '',
    faceToFaceText: '',
    totalNumber: '',
    faceToFaceNumber: '',
    nextStepText: '',
    goalText: '',
    ruleText: '',
    reviewedBy: '',
    reviewDate: '',
    reviewStatus: '',
    signatureKind: '',
    signatureSrc: '',
    signatureAlt: '',
    signatureTyped: '',
    signedText: '',

    async init() {
      this.blank = new URLSearchParams(location.search).has('blank');
      if (this.blank) {
        this.rows = Array.from({ length: BLANK_ROWS }, (_, i) => blankRow(`blank-${i}`));
        this.loaded = true;
        return;
      }
      const def = getForm('time-log-entry');
      try {
        const [profile, entries, reviews] = await Promise.all([
          getMentorProfile(),
          listRecordsForPerson(MENTOR_ID, { formId: 'time-log-entry' }),
          listRecordsForPerson(MENTOR_ID, { formId: 'time-log-review', limit: 1 }),
        ]);
        this.name = profile?.name ?? '';
        this.agency = profile?.agency ?? '';
        this.supervisor = profile?.supervisor ?? '';
        if (def) this.rows = logRows(def, entries).reverse().map((row) => ({ ...row, key: row.id, hoursNumber: row.hours === null ? '' : String(row.hours) }));
        const summary = summarizeLog(entries.map((r) => r.data));
        const words = progressWords(summary);
        this.totalText = formatHours(summary.totalHours);
        this.faceToFaceText = `${formatHours(summary.faceToFaceHours)}${summary.totalHours > 0 ? ` (${sharePercent(summary)}%)` : ''}`;
        const share = summary.totalHours > 0 ? ` (${sharePercent(summary)}%)` : '';
        this.totalNumber = String(summary.totalHours);
        this.faceToFaceNumber = `${summary.faceToFaceHours}${share}`;
        this.goalText = words.goalMet ? 'Met' : `Not yet: ${formatHours(summary.hoursToGo)} to go`;
        this.ruleText = words.ruleMet ? 'Met' : `Not yet: 50% or more must be face-to-face, and at least ${MIN_FACE_TO_FACE_HOURS} hours`;
        this.nextStepText = words.nextStepText;

        const review = reviews[0];
        if (review) {
          this.reviewedBy = text(review.data['reviewedBy']);
          const date = text(review.data['dateReviewed']);
          this.reviewDate = isValidDate(date) ? formatDate(date) : '';
          this.reviewStatus = review.status === 'finished' ? '' : 'The review is not finished yet.';
          const signature = review.data['supervisorSignature'];
          if (isSignature(signature) && signature.value.trim()) {
            this.signatureKind = signature.kind;
            this.signatureSrc = signature.kind === 'drawn' ? signature.value : '';
            this.signatureAlt = signature.kind === 'drawn' ? 'Signature of supervisor, drawn' : '';
            this.signatureTyped = signature.kind === 'typed' ? signature.value.trim() : '';
            this.signedText = signatureText(signature);
          }
        }
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    get hasRows(): boolean {
      return this.rows.length > 0;
    },
    get isEmpty(): boolean {
      return this.loaded && !this.problem && !this.blank && this.rows.length === 0;
    },
    get filled(): boolean {
      return this.loaded && !this.problem && !this.blank;
    },
    get isDrawn(): boolean {
      return this.signatureKind === 'drawn';
    },
    get isTyped(): boolean {
      return this.signatureKind === 'typed';
    },
    get isSigned(): boolean {
      return this.signatureKind !== '';
    },
    get message(): string {
      if (this.blank) return 'This is a blank log. Print it to fill in by hand.';
      if (this.isEmpty) return 'There are no hours in your log yet. You can print a blank log instead.';
      return 'This is your log with every entry. Print it for your agency.';
    },
    print() {
      window.print();
    },
  });
}

function blankRow(key: string): LogRow & { key: string; hoursNumber: string } {
  return {
    key,
    hoursNumber: '',
    id: key,
    date: '',
    dateText: '',
    activityText: '',
    picture: undefined,
    note: '',
    hours: null,
    hoursText: '',
    faceToFaceText: '',
    faceToFace: false,
    initials: '',
    finished: false,
    createdAt: '',
  };
}
