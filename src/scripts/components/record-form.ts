/**
 * `recordForm`: the Alpine component of a form page. It shows a `RecordSession`: binds
 * the answers (x-model on `values`), saves every change, shows "Saved", errors and
 * follow-up questions, and offers recovery of unsaved typing. When saving does not work
 * (storage full, blocked or gone) it says so in Easy Read, keeps the typing on screen and
 * offers Print and "Save a backup file" of this one form. It also deletes the record on
 * purpose (with a question naming it, and Undo). Rules live in `src/lib/forms`,
 * `src/lib/session` and `src/lib/backup-ui`; this file only wires them to the page.
 */
import { loadForm } from '~/forms/load';
import { allFields, personNameField } from '~/lib/forms/fields';
import { initialValues } from '~/lib/forms/initial-values';
import { isFieldVisible } from '~/lib/forms/visibility';
import type { FormModule } from '~/lib/forms/module';
import type { FieldError, FormDefinition, FormValues } from '~/lib/forms/types';
import { RecordSession, copyValues, type Recovery } from '~/lib/session/record-session';
import { MENTOR_ID, StorageError, onStorageEvent, toStorageError, type Person } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { capitalise, recordName } from '~/lib/backup-ui/record-words';
import { loadFormPageContext } from './page-context';
import { describeMoment } from './moments';
import { defineComponent } from './define-component';
import { focusWhenShown } from './focus-when-shown';
import { RECORDS_CHANNEL, type RecordsMessage } from './storage-channel';
import { setUnsavedWork } from '../unsaved-work';

/** How long "Undo" stays after deleting a record. */
const UNDO_MS = 30_000;

/** What the page says when saving does not work, by kind of problem. */
const saveProblems: Readonly<Record<StorageError['kind'], string>> = {
  quota: 'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
  unavailable:
    'This tablet will not let the workbook save right now. Your typing is still on screen. Print this form or save a backup file now. Then try again.',
  blocked: 'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
  'version-changed': 'The workbook was updated. Please reload the page. Your typing is kept on this tablet.',
  conflict: 'This form was changed in another tab. Your typing is still on screen.',
  'not-found':
    'This form is not on this tablet any more. It may have been deleted in another tab. Your typing is still on screen. To keep it, press "Try to save again".',
  unknown: 'Something went wrong. Your work was not saved. Your typing is still on screen. Print this form or save a backup file. Then try again.',
};

/** What the page says when storage could not be opened at all. */
function openProblem(error: StorageError): string {
  if (error.kind === 'blocked') {
    return 'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again". You can fill in this form now, but it is not saved yet.';
  }
  if (error.kind === 'version-changed') return 'The workbook was updated. Please reload the page.';
  return 'The workbook cannot save on this tablet right now. You can still fill in this form, but it is not saved. Print it or save a backup file before you close this page.';
}

/** Waits for a promise, but no longer than `ms` (printing must not wait on a stuck database). */
function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/** Registered as `Alpine.data('recordForm', recordForm)`. */
export function recordForm() {
  let session: RecordSession | undefined;
  let loaded: FormModule | undefined;
  let def: FormDefinition | undefined;
  let recovery: Recovery | undefined;
  let channel: BroadcastChannel | undefined;
  let person: Person | undefined;
  let mentor: Person | undefined;
  /** True when the page could not open storage and the form works on screen only. */
  let detached = false;
  let persistAsked = false;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let deletedRecord: Awaited<ReturnType<RecordSession['remove']>> | undefined;

  return defineComponent({
    values: {} as FormValues,
    errors: [] as (FieldError & { href: string })[],
    ready: false,
    problem: '',
    statusText: '',
    saveState: 'new',
    finished: false,
    justFinished: false,
    recoveryText: '',
    conflict: false,
    planGoals: [] as string[],
    /** Text the form carries forward from an earlier record ('' shows no box). */
    carried: '',
    personName: '',
    personHref: '',
    paperHref: '',
    /** Why saving does not work, in Easy Read; '' when it works. */
    storageProblem: '',
    /** Show "Try to save again" / "Try again". */
    canRetry: false,
    /** Show "Reload the page". */
    needsReload: false,
    /** Said after "Save a backup file" of this form. */
    backupStatus: '',
    isStored: false,
    confirmingDelete: false,
    deleteQuestion: '',
    deleted: false,
    deletedText: '',
    canUndo: false,
    deleteProblem: '',
    /** True while the "Not saved" box at the top is on screen (then the sticky line is not needed). */
    problemInView: false,

    async init() {
      loaded = await loadForm(this.$el.dataset['formId'] ?? '');
      if (!loaded) return;
      const formModule = loaded;
      const form = loaded.definition;
      def = form;
      this.$watch('values', () => {
        // Compare with what the session holds rather than trusting a flag: typing that lands
        // in the same moment as answers put on screen by the app must still be saved.
        if (session && JSON.stringify(this.values) !== JSON.stringify(session.values)) session.update(this.values);
      });
      // Another tab holds an old version open: say so at once, while the open still waits.
      const stopEarly = onStorageEvent((event) => {
        if (event.type !== 'blocked' || this.ready) return;
        this.storageProblem = openProblem(new StorageError('blocked'));
        this.canRetry = true;
      });
      try {
        const context = await loadFormPageContext(formModule, location.search, new Date());
        if (context.problem) {
          this.problem = context.problem;
          return;
        }
        person = context.person;
        mentor = context.mentor;
        this.planGoals = context.planGoals;
        this.carried = context.carried;
        if (context.person?.kind === 'mentee') {
          this.personName = context.person.name;
          this.personHref = `/mentees/view/?id=${encodeURIComponent(context.person.id)}`;
        }
        const opened = await RecordSession.open({
          def: form,
          personId: context.person?.id ?? '',
          ...(context.recordId ? { recordId: context.recordId } : {}),
          initial: initialValues(form, context.prefill),
          onChange: (s) => this.showState(s),
        });
        session = opened.session;
        recovery = opened.recovery;
        // A link to a record that is gone. (With `person` in the URL it is a new form whose
        // first save never landed: it simply starts again under the same id.)
        if (context.recordId && !session.isStored && !recovery && !context.person) {
          this.problem = 'We could not find this form. It may have been deleted.';
          return;
        }
      } catch (e) {
        this.openWithoutStorage(form, toStorageError(e));
      } finally {
        stopEarly();
      }
      if (!session) return;
      if (recovery) {
        this.recoveryText = `We found your unsaved work from ${describeMoment(recovery.savedAt)}. Keep it?`;
        // A reload puts the page back where it was: bring the question into view.
        focusWhenShown(this.$refs['recoveryBox']);
      }
      this.applyValues(session.values);
      this.showState(session);
      this.paperHref = `/forms/${form.id}/paper/?record=${encodeURIComponent(session.recordId)}`;
      this.ready = true;
      this.listen();
      this.watchProblemBox();
    },

    /** Hides the sticky "Not saved" line while the full message is on screen. */
    watchProblemBox() {
      const box = this.$refs['storageBox'];
      if (!box || !('IntersectionObserver' in globalThis)) return;
      new IntersectionObserver((entries) => {
        this.problemInView = entries.some((entry) => entry.isIntersecting);
      }).observe(box);
    },

    /** Storage could not be opened: the form still works on screen, with Print and a backup file. */
    openWithoutStorage(form: FormDefinition, error: StorageError) {
      const params = new URLSearchParams(location.search);
      const recordId = params.get('record') ?? undefined;
      const personId = form.owner === 'mentor' ? MENTOR_ID : (params.get('person') ?? '');
      const opened = RecordSession.openWithoutStorage({
        def: form,
        personId,
        ...(recordId ? { recordId } : {}),
        initial: initialValues(form, { now: new Date() }),
        onChange: (s) => this.showState(s),
      });
      detached = true;
      session = opened.session;
      recovery = opened.recovery;
      this.storageProblem = openProblem(error);
      this.canRetry = error.kind !== 'version-changed';
      this.needsReload = error.kind === 'version-changed';
    },

    /** Puts answers on screen without treating them as typing. */
    applyValues(values: FormValues) {
      this.values = copyValues(values);
    },

    listen() {
      const flush = () => {
        session?.flushToJournal();
        void session?.flush();
      };
      addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush();
      });
      if ('BroadcastChannel' in globalThis) {
        channel = new BroadcastChannel(RECORDS_CHANNEL);
        channel.onmessage = (event: MessageEvent<RecordsMessage>) => {
          const current = session;
          if (!current || !event.data || (event.data.recordId !== current.recordId && !event.data.all)) return;
          void current.otherTabSaved().then(() => {
            if (current.state === 'saved') this.applyValues(current.values);
          });
        };
      }
      onStorageEvent((event) => {
        if (event.type !== 'version-changed') return;
        if (event.deleted) {
          // Everything was deleted on purpose in another tab: write nothing back anywhere.
          session?.stop(new StorageError('not-found'));
          this.storageProblem =
            'Everything on this tablet was deleted in another tab. What you typed is still on screen, but it is not saved. Print it or save a backup file if you need it.';
          this.canRetry = false;
          this.needsReload = false;
          return;
        }
        session?.flushToJournal();
        this.storageProblem = saveProblems['version-changed'];
        this.canRetry = false;
        this.needsReload = true;
      });
    },

    /** Mirrors the session's state on the page. */
    showState(s: RecordSession) {
      const wasSaving = this.saveState === 'saving';
      setUnsavedWork(s.state === 'unsaved' || s.state === 'saving' || s.state === 'error' || s.state === 'conflict');
      this.saveState = s.state;
      this.finished = s.isFinished;
      this.conflict = s.state === 'conflict';
      this.isStored = s.isStored;
      if (s.state !== 'new' && s.state !== 'deleted') this.rememberInUrl(s.recordId);
      if (s.state === 'saved') {
        if (!detached && !this.needsReload && !s.isStopped) {
          this.storageProblem = '';
          this.canRetry = false;
        }
        // Say "Saved" only after a real save, never just because a saved form was opened.
        if (wasSaving) {
          this.statusText = 'Saved';
          if (detached) {
            detached = false;
            this.storageProblem = '';
            this.canRetry = false;
          }
          channel?.postMessage({ recordId: s.recordId } satisfies RecordsMessage);
          if (!persistAsked) {
            persistAsked = true;
            // Loaded when first needed: not part of the form page's first load.
            void import('./storage-persist').then((m) => m.askToPersist());
          }
        }
      } else if (s.state === 'unsaved') {
        this.statusText = '';
      } else if (s.state === 'error') {
        if (!s.isStopped && s.error && !(detached && s.error.kind !== 'not-found')) {
          this.storageProblem = saveProblems[s.error.kind];
          this.needsReload = s.error.kind === 'version-changed';
          this.canRetry = !this.needsReload;
        }
        this.statusText = 'Not saved. Read the message at the top of the form.';
      } else if (s.state === 'conflict') {
        this.statusText = 'Not saved. This form was changed in another tab. Choose which one to keep.';
      }
    },

    /**
     * Puts the record id in the address as soon as there is typing, so a reload finds
     * the same record and its journal. The mentee stays in the address too, for a new
     * form whose first save has not landed yet.
     */
    rememberInUrl(recordId: string) {
      const params = new URLSearchParams(location.search);
      if (params.get('record') === recordId) return;
      params.set('record', recordId);
      history.replaceState(history.state, '', `?${params.toString()}`);
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

    get savedText(): string {
      return this.saveState === 'saved' ? this.statusText : '';
    },

    /** The name of this form's record in words, for buttons: "meeting". */
    get recordNoun(): string {
      return loaded?.record.noun.one ?? 'form';
    },

    /** The title of the "Not saved" box. */
    get storageTitle(): string {
      return this.needsReload ? 'The workbook was updated' : 'Not saved';
    },

    get deleteButtonText(): string {
      return `Delete this ${this.recordNoun}`;
    },

    /** "Finish": check the answers; show errors GOV.UK-style or mark the form finished. */
    async finish() {
      if (!session) return;
      session.update(this.values);
      const errors = await session.finish();
      this.errors = errors.map((e) => ({ ...e, href: `#f-${e.field}` }));
      if (errors.length > 0) {
        focusWhenShown(this.$refs['errorSummary']);
        return;
      }
      if (session.isFinished) {
        this.justFinished = true;
        focusWhenShown(this.$refs['finishedBox']);
      } else if (this.storageProblem) {
        focusWhenShown(this.$refs['storageBox']);
      }
    },

    async reopen() {
      await session?.reopen();
      this.justFinished = false;
    },

    /** Moves focus to a field from the error summary (the GOV.UK way: label in view). */
    focusField(name: string) {
      const wrapper = this.$root.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      const input = wrapper?.querySelector<HTMLElement>('input, textarea, select, canvas');
      const heading = wrapper?.querySelector<HTMLElement>('legend, label');
      (heading ?? wrapper)?.scrollIntoView({ block: 'start' });
      input?.focus({ preventScroll: true });
    },

    async keepRecovery() {
      if (!session || !recovery) return;
      const kept = recovery;
      recovery = undefined;
      this.recoveryText = '';
      this.applyValues({ ...session.values, ...kept.data });
      await session.keepRecovered(kept);
    },

    discardRecovery() {
      session?.discardRecovered();
      recovery = undefined;
      this.recoveryText = '';
    },

    takeTheirs() {
      if (!session) return;
      session.takeTheirs();
      this.applyValues(session.values);
      this.statusText = 'You are now looking at the version from the other tab.';
    },

    async keepMine() {
      await session?.keepMine();
    },

    /** Prints this page as it is: works even when storage does not. */
    async printScreen() {
      if (session && !detached) await atMost(session.flush(), 1500);
      window.print();
    },

    /**
     * "Save a backup file": a file of this one form, made from what is on screen. Its
     * code loads when pressed (it is only offered when saving does not work).
     */
    async saveFormBackup() {
      if (!def || !session) return;
      const [{ APP_VERSION }, { backupOfOpenForm, formBackupFileName }, { downloadText }] = await Promise.all([
        import('~/lib/backup-ui/app-version'),
        import('~/lib/backup-ui/form-backup'),
        import('./backup-download'),
      ]);
      const now = new Date();
      const nameField = personNameField(def);
      const typedName = nameField ? this.values[nameField.name] : undefined;
      const file = backupOfOpenForm({
        formId: def.id,
        formVersion: def.version,
        recordId: session.recordId,
        personId: session.personId,
        values: this.values,
        record: session.record,
        person,
        mentor,
        personName: typeof typedName === 'string' ? typedName : undefined,
        appVersion: APP_VERSION,
        now,
      });
      const fileName = formBackupFileName(this.recordNoun, now);
      try {
        downloadText(fileName, JSON.stringify(file));
        this.backupStatus = `The backup file is saved. It is called ${fileName}. Look for it in your Downloads. To put this form back, open the file in Settings.`;
      } catch {
        this.backupStatus = 'This tablet would not save the file. Please print this form instead.';
      }
    },

    /** "Try to save again". When storage never opened and nothing was typed yet, it reloads the page. */
    async retry() {
      if (!session) return;
      if (detached && session.state !== 'error') {
        session.flushToJournal();
        location.reload();
        return;
      }
      this.statusText = 'Saving…';
      await session.save();
      if (session.state === 'error') this.statusText = 'Still not saved. Read the message at the top of the form.';
    },

    /** "What to do": brings the message at the top into view and moves focus there. */
    showStorageProblem() {
      const box = this.$refs['storageBox'];
      box?.scrollIntoView({ block: 'start' });
      box?.focus({ preventScroll: true });
    },

    reloadPage() {
      session?.flushToJournal();
      location.reload();
    },

    /** "Delete this meeting": asks first, naming the record. */
    askDelete() {
      if (!session?.record || !def) return;
      const dateFields = loaded ? [loaded.record.dateField] : [];
      this.deleteQuestion = `Delete ${recordName({ ...session.record, data: this.values }, dateFields)}?`;
      this.deleteProblem = '';
      this.confirmingDelete = true;
      focusWhenShown(this.$refs['deleteBox']);
    },

    cancelDelete() {
      this.confirmingDelete = false;
      focusWhenShown(this.$refs['deleteButton']);
    },

    async confirmDelete() {
      if (!session || !def) return;
      const name = this.deleteQuestion.replace(/^Delete /, '').replace(/\?$/, '');
      try {
        deletedRecord = await session.remove();
      } catch (e) {
        this.deleteProblem = `${storageProblemText(toStorageError(e))} Nothing was deleted.`;
        return;
      }
      channel?.postMessage({ recordId: session.recordId, deleted: true } satisfies RecordsMessage);
      setUnsavedWork(false);
      this.confirmingDelete = false;
      this.statusText = '';
      this.deleted = true;
      this.deletedText = `${capitalise(name)} is deleted from this tablet.`;
      this.canUndo = true;
      clearTimeout(undoTimer);
      undoTimer = setTimeout(() => {
        this.canUndo = false;
      }, UNDO_MS);
      focusWhenShown(this.$refs['deletedBox']);
    },

    /** "Undo": puts the deleted record back, exactly as it was. */
    async undoDelete() {
      if (!session || !deletedRecord) return;
      try {
        await session.restore(deletedRecord);
      } catch (e) {
        this.deletedText = `We could not undo it. ${storageProblemText(toStorageError(e))}`;
        this.canUndo = false;
        return;
      }
      clearTimeout(undoTimer);
      deletedRecord = undefined;
      this.deleted = false;
      this.canUndo = false;
      this.applyValues(session.values);
      this.statusText = 'It is back. Nothing was lost.';
      channel?.postMessage({ recordId: session.recordId } satisfies RecordsMessage);
      focusWhenShown(this.$refs['deleteButton']);
    },

    destroy() {
      channel?.close();
      clearTimeout(undoTimer);
    },
  });
}
