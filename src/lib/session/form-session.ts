/**
 * A form on screen, headless: every rule of the form page, with no DOM and no Alpine.
 *
 * States and transitions:
 * - open: `open()` reads what the page is about and opens the record (or starts a new
 *   one). Unsaved typing in the journal becomes a recovery offer that names the answers
 *   it would change (`keepRecovery` / `discardRecovery`; typing meanwhile is kept, see
 *   `record-session.ts`). When storage cannot be opened, the form works on screen only
 *   ("detached"): typing still goes to the journal, and the first save that works ends it.
 * - autosave: `typed(values)` after every change; `RecordSession` writes the journal at
 *   once and IndexedDB soon (its throttle).
 * - not saved: a failed save shows the problem for its kind (`problems.ts`) with
 *   "Try to save again" (`retry`) or "Reload the page" (`reloading`).
 * - conflict: another tab saved the same record first: `keepMine` or `takeTheirs`.
 * - finish / change: `finish(values)` checks the answers (errors, GOV.UK style) and marks
 *   the record finished; `reopen` ("Change it") makes it a draft again, unless it is
 *   sealed (finished and signed): then it asks "What did you change?" (`askingReason`)
 *   and `startChange(reason)` makes a correction, a new version the page opens
 *   (`cancelChange` leaves it as it is). The record's history and where it stands among
 *   its versions (`RecordStory`, `story.ts`; worked out by `record-story.ts`, loaded when needed) are part of the view.
 * - delete with undo: `askDelete`, `cancelDelete`, `confirmDelete`, then `undoDelete`
 *   for as long as the page is open (nothing times out).
 * - page life: `pageHidden` / `visibilityChanged` flush; `storageEvent` and
 *   `otherTabChanged` hear the other tabs (a change heard while the record opens is
 *   read again once it is open); `beforePrint` waits a little for the save.
 *
 * The page gets a plain `FormPageView` through `host.show` after every change, answers the
 * app puts on screen through `host.showValues`, and the element to focus as the return
 * value of the methods that move focus (`FocusTarget`).
 */
import { t } from '~/i18n/form-page';
import { tMoment } from '~/i18n/moment';
import { capitalise, recordName } from '~/lib/backup-ui/record-words';
import { answerText } from '~/lib/forms/answer-text';
import { allFields } from '~/lib/forms/fields';
import { initialValues, type PrefillContext } from '~/lib/forms/initial-values';
import type { FieldError, FormDefinition, FormValues } from '~/lib/forms/types';
import {
  MAX_REASON_LENGTH,
  StorageError,
  clearJournal,
  toStorageError,
  type JournalChange,
  type Person,
  type StoredRecord,
  type WorkbookStorageEvent,
} from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';
import { idsFromAddress } from './address';
import { deletedElsewhere, openProblem, personGone, saveProblem, updatedElsewhere, type SaveProblem } from './problems';
import type { LiveSessions } from './live-sessions';
import { RecordSession, type SaveState } from './record-session';
import { emptyStory, type RecordStory } from './story';

/** How long printing waits for a save in progress (ms): printing must not wait on a stuck database. */
export const PRINT_WAIT_MS = 1500;

/** A field error with the link the error summary uses. */
type LinkedFieldError = FieldError & { href: string };

/** The longest answer the recovery question quotes (characters); longer ones end in "…". */
const QUOTE_LENGTH = 200;

/** One answer the recovery offer would change, in words. */
export interface RecoveryChangeView {
  field: string;
  /** The question. */
  question: string;
  /** "Saved now: …" */
  saved: string;
  /** "Your unsaved work: …" */
  unsaved: string;
}

/** Everything the form page shows, as plain data. */
export interface FormPageView extends RecordStory {
  /** The saved answers are on screen: the form can be filled in. */
  ready: boolean;
  /** Why the page cannot show a form at all; '' when it can. */
  problem: string;
  /** The status line ("Saved", "Not saved. …"). */
  statusText: string;
  saveState: SaveState;
  /** The record is marked finished. */
  finished: boolean;
  /** It was finished on this visit. */
  justFinished: boolean;
  /** The recovery question; '' when there is nothing to recover. */
  recoveryText: string;
  /** The answers keeping the recovered work would change. */
  recoveryChanges: RecoveryChangeView[];
  /** Another tab saved this record first: the person chooses. */
  conflict: boolean;
  /** Why saving does not work, in Easy Read; '' when it works. */
  storageProblem: string;
  /** The title of the "Not saved" box. */
  storageTitle: string;
  /** Offer "Try to save again". */
  canRetry: boolean;
  /** Offer "Reload the page". */
  needsReload: boolean;
  /** Said after "Save a backup file" of this form. */
  backupStatus: string;
  /** The record exists in the database (it can be deleted). */
  isStored: boolean;
  /** The errors of the last Finish, in field order. */
  errors: LinkedFieldError[];
  /** The "Delete …?" question is open. */
  confirmingDelete: boolean;
  deleteQuestion: string;
  /** Why deleting did not work; '' when it did. */
  deleteProblem: string;
  /** The record was deleted on purpose. */
  deleted: boolean;
  deletedText: string;
  /** "Undo" is offered. */
  canUndo: boolean;
  /** "What did you change?" is on screen (after "Change it" on a sealed record). */
  askingReason: boolean;
  /** Why the reason was not taken; '' when it was. */
  reasonError: string;
}

/** An element of the page the person's focus should move to. */
export type FocusTarget =
  | 'recoveryBox'
  | 'errorSummary'
  | 'finishedBox'
  | 'storageBox'
  | 'deletedBox'
  | 'deleteButton'
  | 'reasonInput';

/** A change other tabs hear about (the records channel's message). */
export interface RecordsChange {
  recordId?: string;
  deleted?: boolean;
  /** Many records may have changed (a backup file was opened). */
  all?: boolean;
}

/** What the session asks of the page. Every part is optional (tests leave most out). */
export interface FormSessionHost {
  /** Put this view on the page. */
  show(view: Readonly<FormPageView>): void;
  /** Put these answers on screen (they are not typing). */
  showValues(values: FormValues): void;
  /** Tell the other tabs. */
  announce(change: RecordsChange): void;
  /** Keep this record's id in the page's address. */
  rememberRecord(recordId: string): void;
  /** The first real save of this visit landed (ask the browser to keep storage). */
  firstSave(): void;
  /** Whether the page holds typing that is not in IndexedDB yet. */
  unsavedWork(unsaved: boolean): void;
}

/** What the page found out about itself (from its address and storage) before the record opens. */
export interface PageFacts {
  /** Why the page cannot show a form, in Easy Read; '' when it can. */
  problem: string;
  /** The record the address names. */
  recordId: string | undefined;
  /** The person the record belongs to, when it could be read. */
  person: Pick<Person, 'id'> | undefined;
  /** What a new record is prefilled from. */
  prefill: PrefillContext;
}

/** What a form session needs. */
export interface FormSessionOptions {
  def: FormDefinition;
  host?: Partial<FormSessionHost>;
  /** A moment (ISO 8601) in words, for the recovery question (`tMoment` unless a test gives its own). */
  describeMoment?: (iso: string) => string;
  /** `RecordSession`'s autosave delay (ms). */
  delayMs?: number;
  /** Makes ids for new records (tests pass their own). */
  makeId?: () => string;
  /** Which page visits are open (tests pass their own; Web Locks by default). */
  liveSessions?: LiveSessions;
  /** The time now (tests pass their own). */
  now?: () => Date;
}

/** Waits for a promise, but no longer than `ms`. Never rejects. */
function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

/** What the page shows before anything is open. */
export function emptyFormPageView(): FormPageView {
  return {
    ready: false,
    problem: '',
    statusText: '',
    saveState: 'new',
    finished: false,
    justFinished: false,
    recoveryText: '',
    recoveryChanges: [],
    conflict: false,
    storageProblem: '',
    storageTitle: t('formPage.storageTitle.notSaved'),
    canRetry: false,
    needsReload: false,
    backupStatus: '',
    isStored: false,
    errors: [],
    confirmingDelete: false,
    deleteQuestion: '',
    deleteProblem: '',
    deleted: false,
    deletedText: '',
    canUndo: false,
    askingReason: false,
    reasonError: '',
    ...emptyStory(),
  };
}

/** The form page's state machine. Make one per page, then call `open`. */
export class FormSession {
  readonly def: FormDefinition;
  /** The record on screen, once opened. */
  record: RecordSession | undefined;
  private view: FormPageView = emptyFormPageView();
  private readonly host: Partial<FormSessionHost>;
  private readonly describeMoment: (iso: string) => string;
  private readonly delayMs: number | undefined;
  private readonly makeId: (() => string) | undefined;
  private readonly liveSessions: LiveSessions | undefined;
  private readonly now: () => Date;
  /** True while the record is being opened. */
  private opening = false;
  /** Another tab changed records while this one was being opened. */
  private missedChange: RecordsChange | undefined;
  /** True while storage never opened and the form works on screen only. */
  private detached = false;
  private firstSaveDone = false;
  private deletedRecord: StoredRecord | undefined;
  /** Counts the problems shown and cleared, so words that arrive late never show a problem that is over. */
  private problemsShown = 0;
  private deletedName = '';

  constructor(options: FormSessionOptions) {
    this.def = options.def;
    this.host = options.host ?? {};
    this.describeMoment = options.describeMoment ?? ((iso) => tMoment(iso));
    this.delayMs = options.delayMs;
    this.makeId = options.makeId;
    this.liveSessions = options.liveSessions;
    this.now = options.now ?? (() => new Date());
  }

  /** What the page shows now (a copy). */
  get state(): Readonly<FormPageView> {
    return { ...this.view };
  }

  /** True while the form works on screen only, because storage never opened. */
  get isDetached(): boolean {
    return this.detached;
  }

  /**
   * Opens the form: reads the page's facts, opens the record (or starts a new one) and
   * looks for unsaved typing. When storage cannot be opened (`readFacts` or the record
   * throws), the form still opens, on screen only, with the problem shown.
   * @param search the page's query string (read when storage cannot be).
   * @returns where focus should go: the recovery question, when there is one.
   */
  async open(readFacts: () => Promise<PageFacts>, search: string): Promise<FocusTarget | undefined> {
    this.opening = true;
    try {
      return await this.openRecord(readFacts, search);
    } finally {
      this.opening = false;
      const missed = this.missedChange;
      this.missedChange = undefined;
      if (missed) await this.otherTabChanged(missed);
    }
  }

  private async openRecord(readFacts: () => Promise<PageFacts>, search: string): Promise<FocusTarget | undefined> {
    try {
      const facts = await readFacts();
      if (facts.problem) {
        this.set({ problem: facts.problem });
        return undefined;
      }
      const opened = await RecordSession.open({
        def: this.def,
        personId: facts.person?.id ?? '',
        ...(facts.recordId ? { recordId: facts.recordId } : {}),
        initial: initialValues(this.def, facts.prefill),
        ...this.recordOptions(),
      });
      // A link to a record that is gone. (With a person in the address it is a new form
      // whose first save never landed: it simply starts again under the same id.)
      if (facts.recordId && !opened.session.isStored && !opened.recovery && !facts.person) {
        this.set({ problem: t('formPage.notFound') });
        return undefined;
      }
      this.record = opened.session;
    } catch (e) {
      await this.openWithoutStorage(toStorageError(e), search);
    }
    const record = this.record;
    if (!record) return undefined;
    this.showRecovery(false);
    this.host.showValues?.(record.values);
    this.sync(record);
    this.set({ ready: true });
    await this.tellStory();
    return record.recovery ? 'recoveryBox' : undefined;
  }

  /** Puts the recovery question, and the answers it would change, in the view (or takes it away). */
  private showRecovery(emit = true): void {
    const recovery = this.record?.recovery;
    this.view.recoveryText = recovery ? t('formPage.recovery', { moment: this.describeMoment(recovery.savedAt) }) : '';
    this.view.recoveryChanges = recovery ? recovery.changes.flatMap((change) => this.describeChange(change)) : [];
    if (emit) this.set({});
  }

  /** One offered answer in words: the question, what is saved and what the unsaved work says. */
  private describeChange(change: JournalChange): RecoveryChangeView[] {
    const field = allFields(this.def).find((f) => f.name === change.field);
    if (!field) return [];
    const words = (answer: JournalChange['saved']): string => {
      const text = answerText(field, answer);
      if (!text) return t('formPage.recovery.nothing');
      return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
    };
    return [{
      field: field.name,
      question: field.label,
      saved: t('formPage.recovery.saved', { answer: words(change.saved) }),
      unsaved: t('formPage.recovery.unsaved', { answer: words(change.unsaved) }),
    }];
  }

  /** Reads the record's versions again and puts its history and standing in the view. */
  private async tellStory(): Promise<void> {
    const stored = this.record?.record;
    if (!stored || this.detached) return;
    // Loaded when a saved record opens: a new form's first load does without it.
    const { loadStory } = await import('./record-story');
    this.set(await loadStory(this.def, stored));
  }

  private recordOptions() {
    return {
      onChange: (s: RecordSession) => this.sync(s),
      ...(this.delayMs === undefined ? {} : { delayMs: this.delayMs }),
      ...(this.makeId ? { makeId: this.makeId } : {}),
      ...(this.liveSessions ? { liveSessions: this.liveSessions } : {}),
    };
  }

  /** Storage could not be opened: the form still works on screen, with Print and a backup file. */
  private async openWithoutStorage(error: StorageError, search: string): Promise<void> {
    const ids = idsFromAddress(this.def, search);
    const opened = await RecordSession.openWithoutStorage({
      def: this.def,
      personId: ids.personId,
      ...(ids.recordId ? { recordId: ids.recordId } : {}),
      initial: initialValues(this.def, { now: this.now() }),
      ...this.recordOptions(),
    });
    this.detached = true;
    this.record = opened.session;
    this.showProblem(openProblem(error.kind));
  }

  /** The person typed: save these answers (unless they are what the session holds already). */
  typed(values: FormValues): void {
    // Compare with what the session holds rather than trusting a flag: typing that lands
    // in the same moment as answers put on screen by the app must still be saved.
    const record = this.record;
    if (!record || JSON.stringify(values) === JSON.stringify(record.values)) return;
    const offered = record.recovery;
    record.update(values);
    // Typing into an offered answer takes it out of the offer: the question shows what is left.
    if (record.recovery !== offered) this.showRecovery();
  }

  /**
   * "Finish": checks the answers; shows the errors, or marks the form finished.
   * @returns where focus goes: the error summary, the "finished" box, or the problem.
   */
  async finish(values: FormValues): Promise<FocusTarget | undefined> {
    const record = this.record;
    if (!record) return undefined;
    record.update(values);
    const errors = await record.finish();
    this.set({ errors: errors.map((e) => ({ ...e, href: `#f-${e.field}` })) });
    if (errors.length > 0) return 'errorSummary';
    if (record.isFinished) {
      await this.tellStory();
      this.set({ justFinished: true });
      return 'finishedBox';
    }
    return this.view.storageProblem ? 'storageBox' : undefined;
  }

  /**
   * "Change it": makes the finished record a draft again; a sealed one asks "What did
   * you change?" first.
   * @returns where focus goes: the reason, when it is asked.
   */
  async reopen(): Promise<FocusTarget | undefined> {
    if (this.record?.isSealed) {
      this.set({ askingReason: true, reasonError: '' });
      return 'reasonInput';
    }
    await this.record?.reopen();
    await this.tellStory();
    this.set({ justFinished: false });
    return undefined;
  }

  /** "Do not change it": the sealed record stays as it is. */
  cancelChange(): FocusTarget {
    this.set({ askingReason: false, reasonError: '' });
    return 'finishedBox';
  }

  /**
   * "Start the change": makes the correction (a new version, signatures cleared).
   * @param reason what the person wrote in "What did you change?".
   * @returns the new version's id, for the page to open; undefined when the reason is
   *   missing or the change could not be made (the view says why; focus stays on the reason).
   */
  async startChange(reason: string): Promise<string | undefined> {
    const record = this.record;
    const line = reason.replace(/\s+/gu, ' ').trim();
    if (!record) return undefined;
    // This step loads when asked for: most visits never change a signed form.
    const story = await import('./record-story');
    const problem = story.reasonProblem(line, MAX_REASON_LENGTH);
    if (problem) {
      this.set({ reasonError: problem });
      return undefined;
    }
    try {
      const draft = await record.startCorrection((stored) => story.startCorrection(this.def, stored, line));
      this.host.announce?.({ recordId: record.recordId });
      this.set({ askingReason: false, reasonError: '' });
      return draft.id;
    } catch (e) {
      this.set({ reasonError: await storageProblemText(toStorageError(e)) });
      await this.tellStory();
      return undefined;
    }
  }

  /**
   * "Yes, keep it": puts the offered answers on screen, field by field (answers typed
   * since the question showed stay), and saves them.
   */
  async keepRecovery(): Promise<void> {
    const record = this.record;
    if (!record?.recovery) return;
    const saving = record.keepRecovered();
    this.host.showValues?.(record.values);
    this.showRecovery();
    await saving;
  }

  /** "No, throw it away": the offered answers go; what is on screen stays. */
  discardRecovery(): void {
    this.record?.discardRecovered();
    this.showRecovery();
  }

  /** After a conflict: show the other tab's version. */
  takeTheirs(): void {
    const record = this.record;
    if (!record) return;
    record.takeTheirs();
    this.host.showValues?.(record.values);
    this.set({ statusText: t('formPage.tookTheirs') });
  }

  /** After a conflict: keep what is on this screen, saved over the other tab's version. */
  async keepMine(): Promise<void> {
    await this.record?.keepMine();
  }

  /**
   * "Try to save again".
   * @returns 'reload' when the page should reload: storage never opened and nothing typed
   *   failed to save yet (the typing is in the journal; the reload opens storage afresh).
   */
  async retry(): Promise<'reload' | undefined> {
    const record = this.record;
    if (!record) return undefined;
    if (this.detached && record.state !== 'error') {
      record.flushToJournal();
      return 'reload';
    }
    this.set({ statusText: t('formPage.saving') });
    await record.save();
    if (record.state === 'error') this.set({ statusText: t('formPage.stillNotSaved') });
    return undefined;
  }

  /** The page is about to reload: keep the typing in the journal. */
  reloading(): void {
    this.record?.flushToJournal();
  }

  /**
   * The page is hidden or closing (`pagehide`): the journal first (synchronous, it
   * survives), then a save (which often does not, in Chromium).
   */
  pageHidden(): void {
    this.record?.flushToJournal();
    void this.record?.flush();
  }

  /** `visibilitychange`: flushes when the page becomes hidden. */
  visibilityChanged(visibility: DocumentVisibilityState): void {
    if (visibility === 'hidden') this.pageHidden();
  }

  /** Another tab saved or deleted records: reload this one if it was among them. */
  async otherTabChanged(change: RecordsChange | undefined): Promise<void> {
    if (this.opening && change) {
      // Heard before the record is open (it may have been read before that save): read it again once open.
      this.missedChange = this.missedChange ? { all: true } : change;
      return;
    }
    const record = this.record;
    if (!record || !change || (change.recordId !== record.recordId && !change.all)) return;
    await record.otherTabSaved();
    if (record.state === 'saved') this.host.showValues?.(record.values);
  }

  /** Something storage told the page (another tab blocks, updated or deleted everything). */
  storageEvent(event: WorkbookStorageEvent): void {
    if (event.type === 'blocked') {
      // Another tab holds an old version open: say so at once, while the open still waits.
      if (!this.view.ready) this.showProblem(openProblem('blocked'));
      return;
    }
    const record = this.record;
    if (event.type !== 'version-changed' || !record || !this.view.ready) return;
    if (event.deleted && event.lost) {
      // Deleted, but not on purpose (see storage's health.ts): say so; the typing stays and can be saved again.
      this.showProblem(saveProblem(new StorageError('wiped', { lastBackupAt: event.lost.lastBackupAt })));
      return;
    }
    if (event.deleted) {
      // Everything was deleted on purpose in another tab: write nothing back anywhere.
      record.stop(new StorageError('not-found'));
      this.showProblem(deletedElsewhere());
      return;
    }
    record.flushToJournal();
    this.showProblem(updatedElsewhere());
  }

  /** Before printing: waits a little for a save in progress (never for a stuck database). */
  async beforePrint(): Promise<void> {
    if (this.record && !this.detached) await atMost(this.record.flush(), PRINT_WAIT_MS);
  }

  /**
   * "Save a backup file": a file of this one form, made from what is on screen. Its code
   * loads when asked for (it is only offered when saving does not work).
   * @param values the answers on screen.
   * @param known the people the page could read, the person's name as typed on the
   *   form, and the record's noun for the file name ("meeting").
   * @returns the file's name and text; undefined before the form is open.
   */
  async backupFile(
    values: FormValues,
    known: { person: Person | undefined; mentor: Person | undefined; personName: string | undefined; noun: string },
  ): Promise<{ fileName: string; text: string } | undefined> {
    const record = this.record;
    if (!record) return undefined;
    const [{ APP_VERSION }, { backupOfOpenForm, formBackupFileName }] = await Promise.all([
      import('~/lib/backup-ui/app-version'),
      import('~/lib/backup-ui/form-backup'),
    ]);
    const now = this.now();
    const file = backupOfOpenForm({
      formId: this.def.id,
      formVersion: this.def.version,
      recordId: record.recordId,
      personId: record.personId,
      values,
      record: record.record,
      person: known.person,
      mentor: known.mentor,
      personName: known.personName,
      appVersion: APP_VERSION,
      now,
    });
    return { fileName: formBackupFileName(known.noun, now), text: JSON.stringify(file) };
  }

  /** The backup file was handed to the browser. */
  backupSaved(fileName: string): void {
    // Its person is gone, so this form can never be saved here: the file keeps the typing
    // now, and the journal entry would only wait forever (opening the file brings both back).
    if (this.record?.personGone) clearJournal(this.record.recordId);
    this.set({ backupStatus: t('formPage.backupSaved', { fileName }) });
  }

  /** The browser would not save the backup file. */
  backupFailed(): void {
    this.set({ backupStatus: t('formPage.backupFailed') });
  }

  /**
   * "Delete this …": asks first, naming the record.
   * @param values the answers on screen (the name uses their date).
   * @param dateFields the form's date fields, in order.
   * @returns true when the question is open.
   */
  askDelete(values: FormValues, dateFields: readonly string[]): boolean {
    const stored = this.record?.record;
    if (!stored) return false;
    this.deletedName = recordName({ ...stored, data: values }, dateFields);
    this.set({ deleteQuestion: t('formPage.delete.question', { name: this.deletedName }), deleteProblem: '', confirmingDelete: true });
    return true;
  }

  /** "No, keep it". @returns where focus goes back to. */
  cancelDelete(): FocusTarget {
    this.set({ confirmingDelete: false });
    return 'deleteButton';
  }

  /**
   * "Yes, delete it": deletes the record and offers Undo while the page is open (no time limit:
   * a person who reads slowly or is called away still finds Undo there).
   * @returns where focus goes: the "deleted" message; undefined when it did not work
   *   (then the question stays open and says why).
   */
  async confirmDelete(): Promise<FocusTarget | undefined> {
    const record = this.record;
    if (!record) return undefined;
    try {
      this.deletedRecord = await record.remove();
    } catch (e) {
      this.set({ deleteProblem: t('formPage.delete.failed', { problem: await storageProblemText(toStorageError(e)) }) });
      return undefined;
    }
    this.host.announce?.({ recordId: record.recordId, deleted: true });
    this.host.unsavedWork?.(false);
    this.set({
      confirmingDelete: false,
      statusText: '',
      deleted: true,
      deletedText: t('formPage.delete.done', { name: capitalise(this.deletedName) }),
      canUndo: true,
    });
    return 'deletedBox';
  }

  /**
   * "Undo": puts the deleted record back, exactly as it was, while Undo is offered.
   * @returns where focus goes: the delete button again; undefined when nothing changed.
   */
  async undoDelete(): Promise<FocusTarget | undefined> {
    const record = this.record;
    const deleted = this.deletedRecord;
    if (!record || !deleted || !this.view.canUndo) return undefined;
    try {
      await record.restore(deleted);
    } catch (e) {
      this.set({ deletedText: t('formPage.delete.undoFailed', { problem: await storageProblemText(toStorageError(e)) }), canUndo: false });
      return undefined;
    }
    this.deletedRecord = undefined;
    this.host.showValues?.(record.values);
    this.set({ deleted: false, canUndo: false, statusText: t('formPage.delete.undone') });
    this.host.announce?.({ recordId: record.recordId });
    return 'deleteButton';
  }

  /** Mirrors the record's save state in the view. */
  private sync(s: RecordSession): void {
    const wasSaving = this.view.saveState === 'saving';
    const v = this.view;
    this.host.unsavedWork?.(s.state === 'unsaved' || s.state === 'saving' || s.state === 'error' || s.state === 'conflict');
    v.saveState = s.state;
    v.finished = s.isFinished;
    v.conflict = s.state === 'conflict';
    v.isStored = s.isStored;
    if (s.state !== 'new' && s.state !== 'deleted') this.host.rememberRecord?.(s.recordId);
    if (s.state === 'saved') {
      if (!this.detached && !v.needsReload && !s.isStopped) this.clearProblem();
      // Say "Saved" only after a real save, never just because a saved form was opened.
      if (wasSaving) {
        v.statusText = t('formPage.saved');
        if (this.detached) {
          this.detached = false;
          this.clearProblem();
        }
        this.host.announce?.({ recordId: s.recordId });
        if (!this.firstSaveDone) {
          this.firstSaveDone = true;
          this.host.firstSave?.();
        }
      }
    } else if (s.state === 'unsaved') {
      v.statusText = '';
    } else if (s.state === 'error') {
      // While detached, the open problem stays, except for a record gone from storage.
      if (!s.isStopped && s.error && !(this.detached && s.error.kind !== 'not-found')) this.showProblem(s.personGone ? personGone() : saveProblem(s.error), false);
      v.statusText = t('formPage.notSaved');
    } else if (s.state === 'conflict') {
      v.statusText = t('formPage.conflictStatus');
    }
    this.set({});
  }

  /**
   * Shows a problem; one put in storage's words arrives when those words have loaded (the
   * first problem loads them), unless another problem was shown or cleared meanwhile.
   */
  private showProblem(problem: SaveProblem | Promise<SaveProblem>, emit = true): void {
    const shown = ++this.problemsShown;
    if (problem instanceof Promise) {
      void problem.then((words) => {
        if (shown === this.problemsShown) this.showProblem(words);
      });
      return;
    }
    this.view.storageProblem = problem.text;
    this.view.canRetry = problem.canRetry;
    this.view.needsReload = problem.needsReload;
    if (emit) this.set({});
  }

  private clearProblem(): void {
    this.problemsShown += 1;
    this.view.storageProblem = '';
    this.view.canRetry = false;
  }

  private set(patch: Partial<FormPageView>): void {
    Object.assign(this.view, patch);
    this.view.storageTitle = t(this.view.needsReload ? 'formPage.storageTitle.updated' : 'formPage.storageTitle.notSaved');
    this.host.show?.({ ...this.view });
  }
}
