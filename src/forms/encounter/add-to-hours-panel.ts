/**
 * `addToHours`: the "Add this meeting to my internship hours" part of a finished meeting
 * (`AddToHours.astro`, inside the form page's `recordForm`). The rules live in
 * `add-to-hours.ts`; this only shows them. That code loads only once the meeting is
 * finished (most visits to a meeting page are to fill it in).
 */
import type { FormValues } from '~/lib/forms/types';
import { getMentorProfile } from '~/lib/storage';
import { defineChildComponent } from '~/scripts/components/define-component';

const rules = () => import('./add-to-hours');

type State = 'checking' | 'ready' | 'adding' | 'added' | 'problem';
/** Why it was not added (the part shows the words for it). */
type Problem = '' | 'no-mentor' | 'no-length' | 'failed';

/** The meeting open on the page (`?record=<id>`; a finished meeting always has one). */
function meetingId(): string {
  return new URLSearchParams(location.search).get('record') ?? '';
}

/** Registered by `AddToHours.astro`. */
export function addToHours() {
  const start: { state: State; problem: Problem } = { state: 'checking', problem: '' };
  return defineChildComponent<{ finished: boolean; values: FormValues }>()({
    state: start.state,
    problem: start.problem,
    entryHref: '',

    init() {
      this.$watch('finished', () => void this.check());
      void this.check();
    },
    async check() {
      const id = meetingId();
      if (!this.finished || !id) return;
      try {
        const { entryHref, isInHours } = await rules();
        this.entryHref = (await isInHours(id)) ? entryHref(id) : '';
        this.state = this.entryHref ? 'added' : 'ready';
      } catch {
        this.state = 'ready';
      }
    },
    async add() {
      const id = meetingId();
      if (this.state === 'adding' || this.state === 'added' || !id) return;
      this.state = 'adding';
      this.problem = '';
      try {
        const { addMeetingToHours, entryHref } = await rules();
        const result = await addMeetingToHours(id, this.values, await getMentorProfile());
        if (result.kind === 'added' || result.kind === 'already') {
          this.entryHref = entryHref(id);
          this.state = 'added';
          return;
        }
        this.problem = result.kind;
      } catch {
        this.problem = 'failed';
      }
      this.state = 'problem';
    },

    get canAdd(): boolean {
      return this.state === 'ready' || this.state === 'adding' || this.state === 'problem';
    },
    get isAdding(): boolean {
      return this.state === 'adding';
    },
    get isAdded(): boolean {
      return this.state === 'added';
    },
  });
}
