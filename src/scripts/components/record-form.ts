/**
 * `recordForm`: the Alpine component of a form page. It puts a `FormSession`
 * (`src/lib/session`, where every rule of the page lives) on the page: the answers
 * (x-model on `values`), the session's view, focus and scrolling, the records
 * BroadcastChannel, the address (history.replaceState), printing and the download of a
 * backup file of this one form. It holds no rules and no sentences.
 */
import { loadForm } from '~/forms/load';
import { t } from '~/i18n/form-page';
import { allFields, personNameField } from '~/lib/forms/fields';
import { isFieldVisible } from '~/lib/forms/visibility';
import type { FormModule } from '~/lib/forms/module';
import type { FormDefinition, FormValues } from '~/lib/forms/types';
import { addressWithRecord } from '~/lib/session/address';
import { paperHref, recordHref } from '~/lib/urls';
import { FormSession, emptyFormPageView, type FocusTarget } from '~/lib/session/form-session';
import { copyValues } from '~/lib/session/record-session';
import { onStorageEvent, type Person } from '~/lib/storage';
import { loadFormPageContext } from './page-context';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { closeDialog, openDialog } from './modal-dialog';
import { RECORDS_CHANNEL, type RecordsMessage } from './storage-channel';
import { setUnsavedWork } from '../unsaved-work';

/** Registered as `Alpine.data('recordForm', recordForm)`. */
export function recordForm() {
  let session: FormSession | undefined;
  let loaded: FormModule | undefined;
  let def: FormDefinition | undefined;
  let channel: BroadcastChannel | undefined;
  let person: Person | undefined;
  let mentor: Person | undefined;
  const stop = new AbortController();
  let stopStorageEvents = (): void => {};

  const noValues: FormValues = {};
  /** The answers as last seen, for the form's `autoAnswers` hook. */
  let lastValues: FormValues = noValues;
  return defineComponent({
    ...emptyFormPageView(),
    values: noValues,
    planGoals: [] as string[],
    /** Text the form carries forward from an earlier record ('' shows no box). */
    carried: '',
    /** The name of this form's record in words, for buttons: "meeting" (set once the form loads, so the buttons update). */
    recordNoun: 'form',
    personName: '',
    /** The name a question says where its words have `{name}`: the person the form is about (words for them until the name is known). */
    questionName: '',
    personHref: '',
    paperHref: '',
    /** True while the "Not saved" box at the top is on screen (then the sticky line is not needed). */
    problemInView: false,
    /** "What did you change?" as typed. */
    reason: '',
    formId: '',

    async init() {
      this.questionName = this.$el.dataset['someone'] ?? '';
      loaded = await loadForm(this.$el.dataset['formId'] ?? '');
      if (!loaded) return;
      const formModule = loaded;
      const form = loaded.definition;
      def = form;
      this.recordNoun = formModule.record.noun.one;
      this.formId = form.id;
      session = new FormSession({
        def: form,
        host: {
          show: (view) => Object.assign(this, view),
          showValues: (values) => {
            lastValues = copyValues(values);
            this.values = copyValues(values);
          },
          announce: (change) => channel?.postMessage(change satisfies RecordsMessage),
          rememberRecord: (recordId) => {
            // The paper copy's address is set before the session shows the record finished: a
            // "Print it" with an empty address reloaded the form instead of opening its paper copy.
            this.paperHref = paperHref(form.id, { record: recordId });
            const next = addressWithRecord(location.search, recordId);
            if (next) history.replaceState(history.state, '', next);
          },
          // Loaded when first needed: not part of the form page's first load.
          firstSave: () => void import('./storage-persist').then((m) => m.askToPersist()),
          unsavedWork: setUnsavedWork,
        },
      });
      const current = session;
      this.$watch('values', () => {
        const filled = formModule.autoAnswers?.(lastValues, this.values);
        lastValues = copyValues(this.values);
        if (filled) this.values = filled; // the watch runs again with them
        else current.typed(this.values);
      });
      stopStorageEvents = onStorageEvent((event) => current.storageEvent(event));
      // Listen before the record is read: a save in another tab while it opens must not be missed.
      this.listen(current);
      const focus = await current.open(async () => {
        const context = await loadFormPageContext(formModule, location.search, new Date());
        ({ person, mentor, planGoals: this.planGoals, carried: this.carried } = context);
        if (context.person?.name) this.questionName = context.person.name;
        if (context.person?.kind === 'mentee') {
          this.personName = context.person.name;
          this.personHref = `/mentees/view/?id=${encodeURIComponent(context.person.id)}`;
        }
        return context;
      }, location.search);
      if (!current.record) return;
      // A reload puts the page back where it was: bring the recovery question into view.
      this.focus(focus);
      this.watchProblemBox();
    },

    /** Moves focus to a part of the page, once it shows. */
    focus(target: FocusTarget | undefined) {
      if (target) focusWhenShown(this.$refs[target]);
    },

    /** Hides the sticky "Not saved" line while the full message is on screen. */
    watchProblemBox() {
      const box = this.$refs['storageBox'];
      if (!box || !('IntersectionObserver' in globalThis)) return;
      new IntersectionObserver((entries) => {
        this.problemInView = entries.some((entry) => entry.isIntersecting);
      }).observe(box);
    },

    listen(current: FormSession) {
      addEventListener('pagehide', () => current.pageHidden(), { signal: stop.signal });
      document.addEventListener('visibilitychange', () => current.visibilityChanged(document.visibilityState), { signal: stop.signal });
      if (!('BroadcastChannel' in globalThis)) return;
      channel = new BroadcastChannel(RECORDS_CHANNEL);
      channel.onmessage = (event: MessageEvent<RecordsMessage>) => void current.otherTabChanged(event.data);
    },

    /** True when a follow-up question should show. */
    isShown(name: string): boolean {
      const values = this.values; // read first: Alpine re-runs this when the answers change
      if (!def) return false; // follow-ups stay hidden until the form has loaded
      const field = allFields(def).find((f) => f.name === name);
      return field ? isFieldVisible(field, values, def) : true;
    },

    hasError(name: string): boolean {
      return this.errors.some((e) => e.field === name);
    },

    errorText(name: string): string {
      return this.errors.find((e) => e.field === name)?.message ?? '';
    },

    get hasErrors(): boolean {
      return this.errors.length > 0;
    },

    /** The words of one of the form's derived values (e.g. the meeting length) for the answers on screen. */
    derivedText(id: string): string {
      const values = this.values; // read first: Alpine re-runs this when the answers change
      return loaded?.derived?.find((d) => d.id === id)?.screenText(values) ?? '';
    },


    get deleteButtonText(): string {
      return t('formPage.delete.button', { noun: this.recordNoun });
    },

    /** "Finish": check the answers; show errors GOV.UK-style or mark the form finished. */
    async finish() {
      if (session) this.focus(await session.finish(this.values));
    },

    /** "Change it": a draft again, or, for a signed form, "What did you change?" first. */
    async reopen() {
      if (session) this.focus(await session.reopen());
    },

    /** "Start the change": makes the correction and opens it. */
    async startChange() {
      const id = await session?.startChange(this.reason);
      if (id) location.assign(recordHref(this.formId, id));
      else this.focus('reasonInput');
    },

    /** "Do not change it". */
    cancelChange() {
      if (session) this.focus(session.cancelChange());
    },

    get reasonInvalid(): string {
      return this.reasonError ? 'true' : 'false';
    },
    /** The correction to go on with, on the signed version it will replace. */
    get pendingHref(): string {
      return this.pendingId ? recordHref(this.formId, this.pendingId) : '';
    },
    /** The version in force, on a replaced one. */
    get newerHref(): string {
      return this.newerId ? recordHref(this.formId, this.newerId) : '';
    },

    /** Moves focus to a field from the error summary (the GOV.UK way: label in view). */
    focusField(name: string) {
      const wrapper = this.$root.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      const input = wrapper?.querySelector<HTMLElement>('input, textarea, select, canvas');
      const heading = wrapper?.querySelector<HTMLElement>('legend, label');
      (heading ?? wrapper)?.scrollIntoView({ block: 'start' });
      input?.focus({ preventScroll: true });
    },

    /** "Yes, keep it": the offered answers come back; focus goes to the first of them. */
    async keepRecovery() {
      const first = this.recoveryChanges[0]?.field;
      const saving = session?.keepRecovery();
      this.afterRecovery(first);
      await saving;
    },
    /** "No, throw it away": focus goes to the first answer the question was about. */
    discardRecovery() {
      const first = this.recoveryChanges[0]?.field;
      session?.discardRecovery();
      this.afterRecovery(first);
    },
    /**
     * The recovery question goes away with the button just pressed: focus would fall to the
     * top of the page. It goes to the answer the question was about (or the first question).
     */
    afterRecovery(name: string | undefined) {
      requestAnimationFrame(() => {
        const shown = (el: Element | null | undefined): el is HTMLElement => el instanceof HTMLElement && el.getClientRects().length > 0;
        const wrapper = name ? this.$root.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
        if (name && shown(wrapper)) {
          this.focusField(name);
          return;
        }
        const first = [...this.$root.querySelectorAll<HTMLElement>('[data-field] :is(input, textarea, select)')].find(shown);
        first?.focus();
      });
    },
    takeTheirs: () => session?.takeTheirs(),
    keepMine: () => session?.keepMine(),

    /** Prints this page as it is: works even when storage does not. */
    async printScreen() {
      await session?.beforePrint();
      window.print();
    },

    /**
     * "Save a backup file": a file of this one form, made from what is on screen. Its
     * code loads when pressed (it is only offered when saving does not work).
     */
    async saveFormBackup() {
      if (!def || !session) return;
      const nameField = personNameField(def);
      const typedName = nameField ? this.values[nameField.name] : undefined;
      const known = { person, mentor, personName: typeof typedName === 'string' ? typedName : undefined, noun: this.recordNoun };
      const [{ downloadText }, file] = await Promise.all([import('./backup-download'), session.backupFile(this.values, known)]);
      if (!file) return;
      try {
        downloadText(file.fileName, file.text);
        session.backupSaved(file.fileName);
      } catch {
        session.backupFailed();
      }
    },

    /** "Try to save again". */
    async retry() {
      if ((await session?.retry()) === 'reload') location.reload();
    },

    /** "What to do": brings the message at the top into view and moves focus there. */
    showStorageProblem() {
      const box = this.$refs['storageBox'];
      box?.scrollIntoView({ block: 'start' });
      box?.focus({ preventScroll: true });
    },

    reloadPage() {
      session?.reloading();
      location.reload();
    },

    /** "Delete this meeting": asks first, naming the record, in a modal dialog. */
    askDelete() {
      if (!session || !def) return;
      const dateFields = loaded ? [loaded.record.dateField] : [];
      if (session.askDelete(this.values, dateFields)) openDialog(this.$refs['deleteBox']);
    },

    /** "No, keep it", Escape, or the dialog closed any other way. */
    cancelDelete() {
      if (!session || !this.confirmingDelete) return;
      session.cancelDelete();
      closeDialog(this.$refs['deleteBox']);
      this.focus('deleteButton');
    },

    async confirmDelete() {
      const focus = await session?.confirmDelete();
      if (!focus) return;
      closeDialog(this.$refs['deleteBox']);
      this.focus(focus);
    },

    /** "Undo": puts the deleted record back, exactly as it was. */
    async undoDelete() {
      this.focus(await session?.undoDelete());
    },

    destroy() {
      channel?.close();
      stop.abort();
      stopStorageEvents();
    },
  });
}
