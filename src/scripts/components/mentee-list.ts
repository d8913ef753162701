/** `menteeList`: the My mentees page: list mentees and add a new one. */
import { t } from '~/i18n/mentees';
import { lastCalendarMonth } from '~/lib/print/period';
import { addMentee, listMentees, toStorageError, type Person } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { menteeHref } from '~/lib/urls';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';

/** Registered as `Alpine.data('menteeList', menteeList)`. */
export function menteeList() {
  return defineComponent({
    mentees: [] as { id: string; name: string; note: string; href: string }[],
    loaded: false,
    newName: '',
    newNote: '',
    nameError: '',
    problem: '',
    status: '',

    async init() {
      try {
        this.show(await listMentees());
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    show(people: Person[]) {
      this.mentees = people.map((p) => ({ id: p.id, name: p.name, note: p.note, href: menteeHref(p.id) }));
    },

    /** "Print records": the first and last day of last month, to start with. */
    get printFrom(): string {
      return lastCalendarMonth(new Date()).from;
    },
    get printTo(): string {
      return lastCalendarMonth(new Date()).to;
    },
    get isEmpty(): boolean {
      return this.loaded && !this.problem && this.mentees.length === 0;
    },

    get countText(): string {
      return t('mentees.listCount', { count: this.mentees.length });
    },

    async add() {
      const name = this.newName.trim();
      if (!name) {
        this.nameError = t('mentees.addNameMissing');
        focusWhenShown(this.$refs['newName']);
        return;
      }
      this.nameError = '';
      try {
        const person = await addMentee({ name, note: this.newNote.trim() });
        location.assign(`${menteeHref(person.id)}&added=1`);
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
    },
  });
}
