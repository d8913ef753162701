/**
 * `internshipLogPrint`: the Time and Activity Log laid out for printing, as the internship
 * documentation (`views/print.astro`, `/forms/<id>/print/`): who it is for, the totals,
 * every entry (oldest first) and the supervisor's review with the signature. `?blank=1`
 * gives an empty log to fill in by hand. Everything is written as text (x-text), never as
 * HTML. The log's form id and its review's are the page's `data-form-id` and
 * `data-review-form-id`.
 */
import { t } from '~/i18n/internship';
import { getForm } from '~/forms/on-page';
import { signatureText } from '~/lib/forms/answer-text';
import { listRow, loadListings } from '~/lib/forms/listings';
import type { Signature } from '~/lib/forms/types';
import { MENTOR_ID, getMentorProfile, listRecordsForPerson, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { defineComponent } from '~/scripts/components/define-component';
import { logRows, progressWords, sharePercent, type LogRow } from './log';
import { MIN_FACE_TO_FACE_HOURS, formatHours, summarizeLog } from './summary';

/** Empty lines on the blank log. */
const BLANK_ROWS = 18;

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
      const formId = this.$el.dataset['formId'] ?? '';
      const reviewFormId = this.$el.dataset['reviewFormId'] ?? '';
      const def = getForm(formId);
      try {
        const [profile, entries, reviews] = await Promise.all([
          getMentorProfile(),
          listRecordsForPerson(MENTOR_ID, { formId }),
          reviewFormId ? listRecordsForPerson(MENTOR_ID, { formId: reviewFormId, limit: 1 }) : [],
          loadListings([reviewFormId]),
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
        this.goalText = words.goalMet ? t('internship.printMet') : t('internship.printGoalNotYet', { hours: formatHours(summary.hoursToGo) });
        this.ruleText = words.ruleMet ? t('internship.printMet') : t('internship.printRuleNotYet', { min: MIN_FACE_TO_FACE_HOURS });
        this.nextStepText = words.nextStepText;

        const review = reviews[0];
        if (review) {
          const row = listRow(review, undefined);
          this.reviewedBy = row.title;
          this.reviewDate = row.date ? row.dateText : '';
          this.reviewStatus = review.status === 'finished' ? '' : t('internship.printReviewNotFinished');
          const signature = Object.values(review.data).find(isSignature);
          if (signature && signature.value.trim()) {
            this.signatureKind = signature.kind;
            this.signatureSrc = signature.kind === 'drawn' ? signature.value : '';
            this.signatureAlt = signature.kind === 'drawn' ? t('internship.printSignatureDrawn') : '';
            this.signatureTyped = signature.kind === 'typed' ? signature.value.trim() : '';
            this.signedText = signatureText(signature);
          }
        }
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
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
      if (this.blank) return t('internship.printBlankLead');
      if (this.isEmpty) return t('internship.printEmptyLead');
      return t('internship.printLead');
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
