/**
 * `menteePage`: one mentee: their plan and its history, meetings newest first with a
 * progress picture, other forms, and rename / remove. `/mentees/view/?id=<mentee id>`.
 */
import { menteeOverview, progressSummary, type MeetingRow, type MenteeOverview, type PlanRow } from '~/lib/mentees/mentee-overview';
import { pictures } from '~/pictures';
import { toLocalDate } from '~/lib/forms/dates';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { getForm } from '~/forms/on-page';
import { savedFileText } from './backup-download';
import {
  deleteMentee,
  getPerson,
  getRecord,
  listRecordsForPerson,
  listRecordsByDate,
  countRecords,
  renameMentee,
  startNewVersion,
  toStorageError,
  type Person,
  type StoredRecord,
} from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

/** How many meetings the page shows at first, and adds on "Show more meetings". */
const MEETINGS_PAGE = 20;

function recordHref(formId: string, id: string): string {
  return `/forms/${formId}/?record=${encodeURIComponent(id)}`;
}

/** Registered as `Alpine.data('menteePage', menteePage)`. */
export function menteePage() {
  let person: Person | undefined;
  /** The records read so far. */
  let loaded: StoredRecord[] = [];

  return defineComponent({
    id: '',
    name: '',
    note: '',
    loaded: false,
    problem: '',
    status: '',
    overview: { currentPlan: undefined, planHistory: [], meetings: [], others: [] } as MenteeOverview,
    renaming: false,
    newName: '',
    renameError: '',
    confirmingRemove: false,
    recordCount: 0,
    meetingCount: 0,
    backupStatus: '',
    backupProblem: '',

    async init() {
      this.id = new URLSearchParams(location.search).get('id') ?? '';
      try {
        person = this.id ? await getPerson(this.id) : undefined;
        if (!person || person.kind !== 'mentee') {
          this.problem = 'We could not find this mentee. Go back to My mentees and pick a mentee.';
          this.loaded = true;
          return;
        }
        this.name = person.name;
        this.note = person.note;
        document.title = `${person.name} – My mentees – Peer Mentor Workbook`;
        // Plans and other forms are few; meetings can be hundreds, so only the newest
        // page of them is read (by meeting date), and the rest on "Show more meetings".
        const id = person.id;
        const [plans, agreements, evaluations, meetings, meetingCount] = await Promise.all([
          listRecordsForPerson(id, { formId: 'individual-plan' }),
          listRecordsForPerson(id, { formId: 'mentoring-agreement' }),
          listRecordsForPerson(id, { formId: 'mentee-evaluation' }),
          listRecordsByDate(id, 'encounter', { limit: MEETINGS_PAGE }),
          countRecords(id, 'encounter'),
        ]);
        loaded = [...plans, ...agreements, ...evaluations, ...meetings];
        this.meetingCount = meetingCount;
        this.recordCount = plans.length + agreements.length + evaluations.length + meetingCount;
        this.overview = menteeOverview(loaded, getForm);
        if (new URLSearchParams(location.search).get('added')) this.status = `${person.name} is added. Start with their plan.`;
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    get ok(): boolean {
      return this.loaded && !this.problem;
    },
    get hasPlan(): boolean {
      return this.overview.currentPlan !== undefined;
    },
    get planGoals(): string[] {
      return this.overview.currentPlan?.goals ?? [];
    },
    get planReviewedText(): string {
      return this.overview.currentPlan?.reviewedText ?? '';
    },
    get planHref(): string {
      const plan = this.overview.currentPlan;
      return plan ? recordHref('individual-plan', plan.id) : `/forms/individual-plan/?person=${encodeURIComponent(this.id)}`;
    },
    get planPaperHref(): string {
      const plan = this.overview.currentPlan;
      return plan ? `/forms/individual-plan/paper/?record=${encodeURIComponent(plan.id)}` : '';
    },
    get planHistory() {
      return this.overview.planHistory.map((p: PlanRow) => ({
        ...p,
        label: `${p.reviewedText}. Goals: ${p.goals.join('; ') || 'none written'}`,
        href: `/forms/individual-plan/paper/?record=${encodeURIComponent(p.id)}`,
      }));
    },
    get newMeetingHref(): string {
      return `/forms/encounter/?person=${encodeURIComponent(this.id)}`;
    },
    get printMeetingsHref(): string {
      return `/forms/encounter/paper/?person=${encodeURIComponent(this.id)}`;
    },
    get meetings() {
      return this.overview.meetings.map((m: MeetingRow) => ({
        ...m,
        href: recordHref('encounter', m.id),
        pictureSrc: m.picture ? pictures[m.picture].src : pictures.pencil.src,
        stateText: m.finished ? 'Finished' : 'Not finished',
      }));
    },
    /** The progress picture: one small picture per meeting, oldest on the left. */
    get progressTrail() {
      return this.meetings
        .filter((m: MeetingRow) => m.progress)
        .slice(0, 12)
        .reverse();
    },
    get progressText(): string {
      return progressSummary(this.overview.meetings.slice(0, 12));
    },
    get meetingCountText(): string {
      const n = this.meetingCount;
      const shown = this.overview.meetings.length;
      if (n === 0) return 'No meetings yet.';
      if (n === 1) return '1 meeting.';
      return shown < n ? `${n} meetings. Here are the newest ${shown}.` : `${n} meetings, newest first.`;
    },
    get hasMoreMeetings(): boolean {
      return this.overview.meetings.length < this.meetingCount;
    },
    /** "Show more meetings": reads the next page of meetings. */
    async showMoreMeetings() {
      if (!person) return;
      try {
        const more = await listRecordsByDate(person.id, 'encounter', { limit: MEETINGS_PAGE, offset: this.overview.meetings.length });
        loaded = [...loaded, ...more];
        this.overview = menteeOverview(loaded, getForm);
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
    },
    get others() {
      return this.overview.others.map((o: MenteeOverview['others'][number]) => ({ ...o, href: recordHref(o.formId, o.id), stateText: o.finished ? 'Finished' : 'Not finished' }));
    },
    get agreementHref(): string {
      return `/forms/mentoring-agreement/?person=${encodeURIComponent(this.id)}`;
    },
    get evaluationHref(): string {
      return `/forms/mentee-evaluation/?person=${encodeURIComponent(this.id)}`;
    },
    get evaluationsCompareHref(): string {
      return `/forms/mentee-evaluation/compare/?person=${encodeURIComponent(this.id)}`;
    },
    get removeText(): string {
      const n = this.recordCount;
      const what = n === 0 ? 'no saved forms' : n === 1 ? '1 saved form' : `${n} saved forms`;
      return `This removes ${this.name} and ${what} from this tablet. You cannot undo this.`;
    },

    async changePlan() {
      const plan = this.overview.currentPlan;
      if (!plan) return;
      try {
        // A changed plan is a new paper: same goals to start from, a new review date, new signatures.
        const current = await getRecord(plan.id);
        const data = { ...(current?.data ?? {}), dateReviewed: toLocalDate(new Date()), menteeSignature: null, mentorSignature: null };
        const next = await startNewVersion(plan.id, { data });
        location.assign(recordHref('individual-plan', next.id));
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
    },

    startRename() {
      this.newName = this.name;
      this.renaming = true;
      focusWhenShown(this.$refs['renameInput']);
    },
    cancelRename() {
      this.renaming = false;
      this.renameError = '';
    },
    async saveRename() {
      const name = this.newName.trim();
      if (!name) {
        this.renameError = 'Write the new name.';
        return;
      }
      try {
        person = await renameMentee(this.id, name);
        this.name = person.name;
        this.renaming = false;
        this.renameError = '';
        this.status = `The name is now ${person.name}.`;
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
    },

    /** "Save a backup file" of this mentee and all their forms. */
    async saveBackup() {
      this.backupProblem = '';
      try {
        // Loaded when asked for: most visits to this page never need it.
        const { saveMenteeBackup } = await import('./backup-files');
        this.backupStatus = savedFileText(await saveMenteeBackup(this.id, this.name));
      } catch (e) {
        this.backupStatus = '';
        this.backupProblem = `${storageProblemText(toStorageError(e))} No file was made.`;
      }
    },

    askRemove() {
      this.confirmingRemove = true;
      focusWhenShown(this.$refs['removeBox']);
    },
    cancelRemove() {
      this.confirmingRemove = false;
    },
    async remove() {
      try {
        await deleteMentee(this.id);
        location.assign('/mentees/');
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
    },
  });
}
