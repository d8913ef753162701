/**
 * `addToHours`: the "Add this meeting to my internship hours" part of a finished meeting
 * (`AddToHours.astro`, inside the form page's `recordForm`). The rules live in
 * `add-to-hours.ts`; this only shows them.
 */
import { t } from '~/i18n/forms';
import type { FormValues } from '~/lib/forms/types';
import { getMentorProfile } from '~/lib/storage';
import { recordHref } from '~/lib/urls';
import { defineChildComponent } from '~/scripts/components/define-component';
import { record as timeLog } from '../time-log-entry/record';
import { addMeetingToHours, hoursEntryId, isInHours, meetingMinutes } from './add-to-hours';
import { formatLength } from './meeting-length';

type State = 'checking' | 'ready' | 'adding' | 'added' | 'problem';

/** The meeting open on the page (`?record=<id>`; a finished meeting always has one). */
function meetingId(): string {
  return new URLSearchParams(location.search).get('record') ?? '';
}

/** Registered by `AddToHours.astro`. */
export function addToHours() {
  const start: { state: State } = { state: 'checking' };
  return defineChildComponent<{ finished: boolean; values: FormValues }>()({
    state: start.state,
    problemText: '',
    entryHref: '',

    init() {
      this.$watch('finished', () => void this.check());
      void this.check();
    },
    async check() {
      const id = meetingId();
      if (!this.finished || !id) return;
      try {
        this.showAdded(id, await isInHours(id));
      } catch {
        this.state = 'ready';
      }
    },
    showAdded(id: string, added: boolean) {
      this.entryHref = added ? recordHref(timeLog.id, hoursEntryId(id)) : '';
      this.state = added ? 'added' : 'ready';
    },
    async add() {
      const id = meetingId();
      if (this.state === 'adding' || this.state === 'added' || !id) return;
      this.state = 'adding';
      this.problemText = '';
      try {
        const result = await addMeetingToHours(id, this.values, await getMentorProfile());
        if (result.kind === 'added' || result.kind === 'already') return this.showAdded(id, true);
        this.problemText = t(result.kind === 'no-mentor' ? 'forms.addToHours.noMentor' : 'forms.addToHours.noLength');
      } catch {
        this.problemText = t('forms.addToHours.failed');
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
    get buttonText(): string {
      return t(this.isAdding ? 'forms.addToHours.adding' : 'forms.addToHours.button');
    },
    get hintText(): string {
      const values = this.values; // read first: Alpine re-runs this when the answers change
      const minutes = meetingMinutes(values);
      return minutes > 0 ? t('forms.addToHours.hint', { length: formatLength(minutes) }) : '';
    },
  });
}
