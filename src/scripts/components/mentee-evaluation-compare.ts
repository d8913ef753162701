/**
 * `menteeEvaluationCompare`: a mentee's Performance Evaluation at the mid-point and at the
 * end, side by side (`/forms/mentee-evaluation/compare/?person=<mentee id>`).
 */
import { getForm } from '~/forms/on-page';
import { compareMenteeEvaluations, missingText, type CompareAnswer, type CompareSide } from '~/forms/mentee-evaluation/compare';
import { getPerson, listRecordsForPerson, toStorageError } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { pictures, type PictureName } from '~/pictures';
import { defineComponent } from './define-component';

/** What each face shows, for its alt text. */
const faceWords: Partial<Record<PictureName, string>> = {
  smilingFace: 'Smiling face',
  neutralFace: 'Face with a straight mouth',
  frowningFace: 'Frowning face',
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
    alt: picture ? (faceWords[picture] ?? '') : '',
    answered: answer.value !== '',
  };
}

function sideText(point: string, side: CompareSide | undefined): string {
  if (!side) return `${point}: not done yet.`;
  const more = side.count > 1 ? ` There are ${side.count} ${point.toLowerCase()} evaluations. This is the newest.` : '';
  return `${point}: ${side.dateText}.${side.finished ? '' : ' Not finished.'}${more}`;
}

const recordHref = (id: string): string => `/forms/mentee-evaluation/?record=${encodeURIComponent(id)}`;
const paperHref = (id: string): string => `/forms/mentee-evaluation/paper/?record=${encodeURIComponent(id)}`;

/** Started by its page with `startAlpine({ menteeEvaluationCompare })`. */
export function menteeEvaluationCompare() {
  return defineComponent({
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
      this.id = new URLSearchParams(location.search).get('person') ?? '';
      const def = getForm('mentee-evaluation');
      try {
        const person = this.id ? await getPerson(this.id) : undefined;
        if (!person || person.kind !== 'mentee' || !def) {
          this.problem = 'We could not find this mentee. Go to My mentees and pick a mentee.';
          this.loaded = true;
          return;
        }
        this.name = person.name;
        document.title = `${person.name}: mid-point and end – My mentees – Peer Mentor Workbook`;
        const comparison = compareMenteeEvaluations(def, await listRecordsForPerson(person.id, { formId: 'mentee-evaluation' }));
        this.rows = comparison.rows.map((row) => ({ name: row.name, statement: row.statement, hint: row.hint, mid: view(row.mid), end: view(row.end) }));
        this.missing = missingText(comparison);
        this.midText = sideText('Mid-point', comparison.mid);
        this.endText = sideText('End', comparison.end);
        this.midComments = comparison.mid?.comments || (comparison.mid ? 'No comments.' : '');
        this.endComments = comparison.end?.comments || (comparison.end ? 'No comments.' : '');
        this.midHref = comparison.mid ? recordHref(comparison.mid.recordId) : '';
        this.endHref = comparison.end ? recordHref(comparison.end.recordId) : '';
        this.midPaperHref = comparison.mid ? paperHref(comparison.mid.recordId) : '';
        this.endPaperHref = comparison.end ? paperHref(comparison.end.recordId) : '';
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
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
      return `/mentees/view/?id=${encodeURIComponent(this.id)}`;
    },
    get newHref(): string {
      return `/forms/mentee-evaluation/?person=${encodeURIComponent(this.id)}`;
    },
    get heading(): string {
      return this.name ? `${this.name}: mid-point and end` : 'Mid-point and end';
    },
  });
}
