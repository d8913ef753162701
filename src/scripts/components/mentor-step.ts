/**
 * `mentorStep`: asks the peer mentor's name (and agency, supervisor) once, at the top of
 * the first form opened, and saves it on the mentor profile, so every paper copy says
 * "Peer mentor: <name>". It never blocks the form: "Not now" hides it for this tab's
 * session (a mentee filling in a form on the tablet just goes on). Once the name is
 * saved it is never asked again (the Internship page changes it). Lives inside the form
 * page's `recordForm`: after saving it writes the name and initials into the empty
 * fields that take them; a peer mentor's own form that could not open without the name
 * opens again.
 */
import { loadForm } from '~/forms/load';
import { withMentorPrefills } from '~/lib/forms/initial-values';
import type { FormValues } from '~/lib/forms/types';
import { getMentorProfile, saveMentorProfile } from '~/lib/storage';
import { defineChildComponent } from './define-component';

/** sessionStorage key: "Not now" was pressed in this tab. */
const NOT_NOW_KEY = 'wb.mentorStepNotNow';

function saidNotNow(): boolean {
  try {
    return sessionStorage.getItem(NOT_NOW_KEY) === '1';
  } catch {
    return false;
  }
}

/** Registered as `Alpine.data('mentorStep', mentorStep)`. */
export function mentorStep() {
  return defineChildComponent<{ values: FormValues; problem: string }>()({
    asking: false,
    name: '',
    agency: '',
    supervisor: '',
    /** True when the name is missing (the part shows what to do). */
    nameError: false,
    saved: false,
    saveProblem: false,

    async init() {
      if (saidNotNow()) return;
      try {
        this.asking = !(await getMentorProfile())?.name;
      } catch {
        // Storage does not work: the form page says so; nothing to ask here.
      }
    },
    async save() {
      const name = this.name.trim();
      this.nameError = !name;
      if (!name) return;
      try {
        await saveMentorProfile({ name, agency: this.agency, supervisor: this.supervisor });
      } catch {
        this.saveProblem = true;
        return;
      }
      this.asking = false;
      this.saveProblem = false;
      this.saved = true;
      if (this.problem) {
        location.reload(); // a peer mentor's own form opens now
        return;
      }
      const form = await loadForm(this.$root.dataset['formId'] ?? '');
      const filled = form ? withMentorPrefills(form.definition, this.values, name) : undefined;
      if (filled) this.values = filled;
    },
    notNow() {
      try {
        sessionStorage.setItem(NOT_NOW_KEY, '1');
      } catch {
        // Then it is asked again on the next form.
      }
      this.asking = false;
    },
  });
}
