/**
 * `menteePage`: one mentee (`/mentees/view/?id=<mentee id>`): the records of every mentee
 * form, each form's own part of the page (its `HubSection.astro`, e.g. the plan and the
 * meetings), the other forms as cards, and rename / remove / backup. The forms are the
 * page's `data-form-ids` (all mentee forms), so a new mentee form shows here and counts
 * in "removes N saved forms" by itself.
 */
import { t } from '~/i18n/mentees';
import { formState, listingOf, recordTitle } from '~/lib/forms/listings';
import { readMentee } from '~/lib/mentees/mentee-read';
import { otherCards, type OtherCard } from '~/lib/mentees/mentee-overview';
import { lastCalendarMonth } from '~/lib/print/period';
import { menteesHref } from '~/lib/urls';
import { getForm } from '~/forms/on-page';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { closeDialog, openDialog } from './modal-dialog';
import { hubFormIds } from './hub';
import {
  deleteMentee,
  listRecordsByDate,
  renameMentee,
  toStorageError,
  type Person,
  type StoredRecord,
} from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

/** Registered as `Alpine.data('menteePage', menteePage)`. */
export function menteePage() {
  let person: Person | undefined;
  let formIds: string[] = [];
  let otherIds: string[] = [];
  const records: Record<string, StoredRecord[]> = {};
  const counts: Record<string, number> = {};

  return defineComponent({
    personId: '',
    name: '',
    note: '',
    loaded: false,
    problem: '',
    status: '',
    records,
    counts,
    version: 0,
    renaming: false,
    newName: '',
    renameError: '',
    confirmingRemove: false,
    backupStatus: '',
    backupProblem: '',

    async init() {
      formIds = hubFormIds(this.$el);
      otherIds = hubFormIds(this.$el, 'otherFormIds');
      this.personId = new URLSearchParams(location.search).get('id') ?? '';
      try {
        const read = await readMentee(this.personId, formIds);
        person = read.person;
        if (!person || person.kind !== 'mentee') {
          this.problem = t('mentees.notFound');
          this.loaded = true;
          return;
        }
        this.name = person.name;
        this.note = person.note;
        // The page title keeps no name: titles stay in the browser's history (issue 18).
        this.records = read.records;
        this.counts = read.counts;
        this.version += 1;
        if (new URLSearchParams(location.search).get('added')) this.status = t('mentees.added', { name: person.name });
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    recordsOf(formId: string): StoredRecord[] {
      return this.records[formId] ?? [];
    },
    countOf(formId: string): number {
      return this.counts[formId] ?? 0;
    },
    stateOf(formId: string) {
      return formState(formId, this.recordsOf(formId)[0], getForm(formId), this.personId);
    },
    /** "Show more": reads the next page of a paged form's records. */
    async showMore(formId: string) {
      const pageSize = listingOf(formId).pageSize;
      if (!person || pageSize === undefined) return;
      try {
        const more = await listRecordsByDate(person.id, formId, { limit: pageSize, offset: this.recordsOf(formId).length });
        this.records = { ...this.records, [formId]: [...this.recordsOf(formId), ...more] };
        this.version += 1;
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
    },

    /** "Print records": the first and last day of last month, to start with. */
    get printFrom(): string {
      return lastCalendarMonth(new Date()).from;
    },
    get printTo(): string {
      return lastCalendarMonth(new Date()).to;
    },
    get ok(): boolean {
      return this.loaded && !this.problem;
    },
    get heading(): string {
      return this.name || t('mentees.pageHeading');
    },
    get backupLead(): string {
      return t('mentees.backupLead', { name: this.name });
    },
    get backupButton(): string {
      return t('mentees.backupButton', { name: this.name });
    },
    get removeQuestion(): string {
      return t('mentees.removeQuestion', { name: this.name });
    },
    /** The records of the forms with no part of their own on the page (`data-other-form-ids`), newest first. */
    get others(): OtherCard[] {
      return otherCards(otherIds.flatMap((formId) => this.recordsOf(formId)), (record) => {
        const def = getForm(record.formId);
        return recordTitle(record, def?.title ?? record.formId, def);
      });
    },
    get recordCount(): number {
      return formIds.reduce((sum, formId) => sum + this.countOf(formId), 0);
    },
    get removeText(): string {
      const n = this.recordCount;
      return t('mentees.removeText', { name: this.name, forms: n === 0 ? t('mentees.noSavedForms') : t('mentees.savedForms', { count: n }) });
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
        this.renameError = t('mentees.renameEmpty');
        return;
      }
      try {
        person = await renameMentee(this.personId, name);
        this.name = person.name;
        this.renaming = false;
        this.renameError = '';
        this.status = t('mentees.renamed', { name: person.name });
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
    },

    /** "Save a backup file" of this mentee and all their forms. */
    async saveBackup() {
      this.backupProblem = '';
      try {
        // Loaded when asked for (with the words that say where the file went): most visits never need it.
        const [{ saveMenteeBackup }, { savedFileText }] = await Promise.all([import('./backup-files'), import('./backup-download')]);
        this.backupStatus = savedFileText(await saveMenteeBackup(this.personId));
      } catch (e) {
        this.backupStatus = '';
        this.backupProblem = t('mentees.backupFailed', { problem: await storageProblemText(toStorageError(e)) });
      }
    },

    askRemove() {
      this.confirmingRemove = true;
      openDialog(this.$refs['removeBox']);
    },
    /** "No, keep", Escape, or the dialog closed any other way. */
    cancelRemove() {
      this.confirmingRemove = false;
      closeDialog(this.$refs['removeBox']);
    },
    async remove() {
      try {
        await deleteMentee(this.personId);
        location.assign(menteesHref());
      } catch (e) {
        closeDialog(this.$refs['removeBox']);
        this.problem = await storageProblemText(toStorageError(e));
      }
    },
  });
}
