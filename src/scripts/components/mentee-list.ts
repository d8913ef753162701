/** `menteeList`: the My mentees page: list mentees and add a new one. */
import { addMentee, listMentees, toStorageError, type Person } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
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
        this.problem = storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    show(people: Person[]) {
      this.mentees = people.map((p) => ({ id: p.id, name: p.name, note: p.note, href: `/mentees/view/?id=${encodeURIComponent(p.id)}` }));
    },

    get isEmpty(): boolean {
      return this.loaded && !this.problem && this.mentees.length === 0;
    },

    get countText(): string {
      const n = this.mentees.length;
      return n === 1 ? 'You have 1 mentee.' : `You have ${n} mentees.`;
    },

    async add() {
      const name = this.newName.trim();
      if (!name) {
        this.nameError = 'Write the name of your mentee.';
        focusWhenShown(this.$refs['newName']);
        return;
      }
      this.nameError = '';
      try {
        const person = await addMentee({ name, note: this.newNote.trim() });
        location.assign(`/mentees/view/?id=${encodeURIComponent(person.id)}&added=1`);
      } catch (e) {
        this.problem = storageProblemText(toStorageError(e));
      }
    },
  });
}
