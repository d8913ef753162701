/**
 * `menteeEvaluationCompare`: a mentee's Performance Evaluation at the mid-point and at the
 * end, side by side (`views/compare.astro`, `/forms/<id>/compare/?person=<mentee id>`).
 * The form's id comes from the page's `data-form-id`.
 */
import { t } from '~/i18n/mentees';
import { getForm } from '~/forms/on-page';
import { getPerson, listRecordsForPerson, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { menteeHref, newRecordHref, paperHref, recordHref } from '~/lib/urls';
import { pictures, type PictureName } from '~/pictures';
import { defineComponent } from '~/scripts/components/define-component';
import { compareMenteeEvaluations, missingText, type CompareAnswer, type CompareSide } from './compare';

/** What each face shows, for its alt text. */
const faceWords: Partial<Record<PictureName, 'mentees.faceSmiling' | 'mentees.faceNeutral' | 'mentees.faceFrowning'>> = {
  smilingFace: 'mentees.faceSmiling',
  neutralFace: 'mentees.faceNeutral',
  frowningFace: 'mentees.faceFrowning',
};

/** One answer as the page shows it. */
interface AnswerView {
  label: string;
  src: string;
  alt: string;
  answered: boolean;
}

function view(answer: CompareAnswer): AnswerView {
  const picture = answer.picture;
  return {
    label: answer.label,
    src: picture ? pictures[picture].src : '',
    alt: picture && faceWords[picture] ? t(faceWords[picture]) : '',
    answered: answer.value !== '',
  };
}

/** "Mid-point: 30 June 2026. Not finished. There are 2 mid-point evaluations. This is the newest." */
function sideText(point: 'mid' | 'end', side: CompareSide | undefined): string {
  const name = t(point === 'mid' ? 'mentees.compareMid' : 'mentees.compareEnd');
  if (!side) return t('mentees.compareSideNone', { point: name });
  return [
    t('mentees.compareSide', { point: name, date: side.dateText }),
    side.finished ? '' : t('mentees.compareNotFinished'),
    side.count > 1 ? t(point === 'mid' ? 'mentees.compareMoreMid' : 'mentees.compareMoreEnd', { count: side.count }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A side's comments: "No comments." when empty, "Not done yet." when there is no evaluation. */
function comments(side: CompareSide | undefined): string {
  if (!side) return t('mentees.compareNotDone');
  return side.comments || t('mentees.compareNoComments');
}

/** Started by its page with `startAlpine({ menteeEvaluationCompare })`. */
export function menteeEvaluationCompare() {
  return defineComponent({
    formId: '',
    id: '',
    name: '',
    loaded: false,
    problem: '',
    rows: [] as { name: string; statement: string; hint: string; mid: AnswerView; end: AnswerView }[],
    missing: '',
    midText: '',
    endText: '',
    midComments: '',
    endComments: '',
    midHref: '',
    endHref: '',
    midPaperHref: '',
    endPaperHref: '',

    async init() {
      this.formId = this.$el.dataset['formId'] ?? '';
      this.id = new URLSearchParams(location.search).get('person') ?? '';
      const def = getForm(this.formId);
      try {
        const person = this.id ? await getPerson(this.id) : undefined;
        if (!person || person.kind !== 'mentee' || !def) {
          this.problem = t('mentees.compareNotFound');
          this.loaded = true;
          return;
        }
        this.name = person.name;
        const comparison = compareMenteeEvaluations(def, await listRecordsForPerson(person.id, { formId: def.id }));
        this.rows = comparison.rows.map((row) => ({ name: row.name, statement: row.statement, hint: row.hint, mid: view(row.mid), end: view(row.end) }));
        this.missing = missingText(comparison);
        this.midText = sideText('mid', comparison.mid);
        this.endText = sideText('end', comparison.end);
        this.midComments = comments(comparison.mid);
        this.endComments = comments(comparison.end);
        this.midHref = comparison.mid ? recordHref(def.id, comparison.mid.recordId) : '';
        this.endHref = comparison.end ? recordHref(def.id, comparison.end.recordId) : '';
        this.midPaperHref = comparison.mid ? paperHref(def.id, { record: comparison.mid.recordId }) : '';
        this.endPaperHref = comparison.end ? paperHref(def.id, { record: comparison.end.recordId }) : '';
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    get ok(): boolean {
      return this.loaded && !this.problem;
    },
    get hasAny(): boolean {
      return this.hasMid || this.hasEnd;
    },
    get hasMid(): boolean {
      return this.midHref !== '';
    },
    get hasEnd(): boolean {
      return this.endHref !== '';
    },
    get menteeHref(): string {
      return menteeHref(this.id);
    },
    get newHref(): string {
      return newRecordHref(this.formId, this.id);
    },
    get heading(): string {
      return this.name ? t('mentees.compareHeadingOf', { name: this.name }) : t('mentees.compareHeading');
    },
    get backText(): string {
      return t('mentees.compareBack', { name: this.name });
    },
  });
}
