/**
 * `internshipHub`: the Internship page (`/internship/`). The peer mentor's profile (needed
 * before the mentor's own forms), and the records of every mentor form (the page's
 * `data-form-ids`, from `formsFor('mentor')`). Each form's part of the page comes from its
 * folder (`src/forms/<id>/HubSection.astro`) and reads the records from here (`HubScope`):
 * the hours, the review, the evaluation, the exit interviews.
 */
import { t } from '~/i18n/internship';
import { getForm } from '~/forms/on-page';
import { formState, loadListings } from '~/lib/forms/listings';
import { MENTOR_ID, getMentorProfile, listRecordsForPerson, saveMentorProfile, toStorageError, type StoredRecord } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { hubFormIds } from './hub';
import { RECORDS_CHANNEL } from './storage-channel';

/** Started by its page with `startAlpine({ internshipHub, … })`. */
export function internshipHub() {
  let formIds: string[] = [];
  const records: Record<string, StoredRecord[]> = {};

  return defineComponent({
    personId: MENTOR_ID,
    loaded: false,
    problem: '',
    records,
    version: 0,

    // About me.
    hasProfile: false,
    editingProfile: false,
    name: '',
    agency: '',
    supervisor: '',
    savedName: '',
    savedAgency: '',
    savedSupervisor: '',
    nameError: '',
    profileStatus: '',

    async init() {
      formIds = hubFormIds(this.$el);
      await this.load();
      // Come back up to date after a form was saved in another tab, or on "Back" from a form.
      if ('BroadcastChannel' in globalThis) {
        const channel = new BroadcastChannel(RECORDS_CHANNEL);
        channel.addEventListener('message', () => void this.load());
      }
      addEventListener('pageshow', (event) => {
        if (event.persisted) void this.load();
      });
    },

    async load() {
      try {
        const [profile, ...lists] = await Promise.all([getMentorProfile(), ...formIds.map((formId) => listRecordsForPerson(MENTOR_ID, { formId }))]);
        await loadListings(formIds);
        this.hasProfile = profile !== undefined;
        this.savedName = profile?.name ?? '';
        this.savedAgency = profile?.agency ?? '';
        this.savedSupervisor = profile?.supervisor ?? '';
        if (!this.editingProfile) {
          this.name = this.savedName;
          this.agency = this.savedAgency;
          this.supervisor = this.savedSupervisor;
        }
        this.records = Object.fromEntries(formIds.map((formId, i) => [formId, lists[i] ?? []]));
        this.version += 1;
        this.problem = '';
      } catch (e) {
        this.problem = await storageProblemText(toStorageError(e));
      }
      this.loaded = true;
    },

    recordsOf(formId: string): StoredRecord[] {
      return this.records[formId] ?? [];
    },
    countOf(formId: string): number {
      return this.recordsOf(formId).length;
    },
    /** Where a form stands, from its newest record (the records come newest first). */
    stateOf(formId: string) {
      return formState(formId, this.recordsOf(formId)[0], getForm(formId));
    },
    /** Every record is read here: nothing more to show. */
    async showMore() {},

    // ---- About me ----
    get nameText(): string {
      return t('internship.profileName', { name: this.savedName });
    },
    get agencyText(): string {
      return this.savedAgency ? t('internship.profileAgency', { agency: this.savedAgency }) : t('internship.profileAgencyNone');
    },
    get supervisorText(): string {
      return this.savedSupervisor ? t('internship.profileSupervisor', { supervisor: this.savedSupervisor }) : t('internship.profileSupervisorNone');
    },
    get showProfileForm(): boolean {
      return this.loaded && (!this.hasProfile || this.editingProfile);
    },
    get needsProfile(): boolean {
      return this.loaded && !this.problem && !this.hasProfile;
    },
    get ready(): boolean {
      return this.loaded && !this.problem && this.hasProfile;
    },
    editProfile() {
      this.editingProfile = true;
      this.profileStatus = '';
      focusWhenShown(this.$refs['nameInput']);
    },
    cancelProfile() {
      this.editingProfile = false;
      this.nameError = '';
      this.name = this.savedName;
      this.agency = this.savedAgency;
      this.supervisor = this.savedSupervisor;
    },
    async saveProfile() {
      if (!this.name.trim()) {
        this.nameError = t('internship.profileNameMissing');
        focusWhenShown(this.$refs['nameInput']);
        return;
      }
      this.nameError = '';
      try {
        const first = !this.hasProfile;
        await saveMentorProfile({ name: this.name, agency: this.agency, supervisor: this.supervisor });
        this.editingProfile = false;
        await this.load();
        this.profileStatus = t(first ? 'internship.profileSavedFirst' : 'internship.profileSaved');
      } catch (e) {
        if (e instanceof TypeError) this.nameError = t('internship.profileTooLong');
        else this.problem = await storageProblemText(toStorageError(e));
      }
    },
  });
}
