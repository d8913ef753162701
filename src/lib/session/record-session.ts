/**
 * A record being filled in on screen: autosave, the journal, finishing, conflicts.
 *
 * Lifecycle: `update(values)` after every change writes the typing to the synchronous
 * localStorage journal at once, and saves to IndexedDB at once after a pause in typing,
 * or at most `delayMs` (60 ms by default) after the last save while typing goes on (the
 * promise is "stored within 500 ms"); the journal entry is cleared once
 * IndexedDB holds the same answers. `flushToJournal()` is for `pagehide` and
 * `visibilitychange`: an IndexedDB write started there often does not survive a reload in
 * Chromium, a synchronous localStorage write does. A new record gets its id up front,
 * so the journal and the page URL can name it before the first save lands.
 *
 * Recovery: on open, the journal's answers that the database does not hold (see
 * `reconcile`) are offered. While the offer waits for an answer, the person may go on
 * typing: the journal keeps the offered answers next to the typing (so a reload offers
 * them again), an answer typed into a field takes that field out of the offer, and
 * "Yes, keep it" puts in only the offered answers that are left. An entry written by a
 * page visit still open in another tab (`LiveSessions`) is that tab's typing: it is
 * neither offered nor removed.
 *
 * This module has no DOM code: the Alpine component shows its state.
 */
import type { FieldError, FormDefinition, FormValues } from '~/lib/forms/types';
import { isEmptyAnswer } from '~/lib/forms/fields';
import { signatureFields } from './story';
import { webLockSessions, type LiveSessions } from './live-sessions';
import {
  StorageError,
  baseOfChanges,
  clearJournal,
  createRecord,
  deleteRecord,
  finishRecord,
  getRecord,
  readJournal,
  reconcile,
  reopenRecord,
  isSealed,
  restoreRecord,
  saveRecord,
  sameAnswer,
  toStorageError,
  withChanges,
  writeJournal,
  type JournalChange,
  type JournalEntry,
  type StoredRecord,
} from '~/lib/storage';

/**
 * What the person sees about saving. `deleted`: the person deleted this record on
 * purpose (it can be put back with `restore`).
 */
export type SaveState = 'new' | 'unsaved' | 'saving' | 'saved' | 'error' | 'conflict' | 'deleted';

/** Unsaved typing found from an earlier visit. */
export interface Recovery {
  /** The answers keeping it would change (never empty). */
  changes: JournalChange[];
  /** When it was typed (ISO 8601). */
  savedAt: string;
}

/** What a session needs to start. */
export interface SessionOptions {
  def: FormDefinition;
  /** The mentee's id, or the mentor's, that a new record belongs to. */
  personId: string;
  /** The record to open; leave out for a new one. */
  recordId?: string;
  /** Answers a new record starts with (prefills). */
  initial: FormValues;
  /** Wait this long after a change before saving. */
  delayMs?: number;
  /** Called whenever `state` changes. */
  onChange?: (session: RecordSession) => void;
  /** Makes ids for new records (tests pass their own). */
  makeId?: () => string;
  /** Which page visits are open (tests pass their own). */
  liveSessions?: LiveSessions;
}

/**
 * A deep copy of answers. JSON, not structuredClone: the answers on screen are an Alpine
 * reactive Proxy, which structuredClone refuses; answers are plain JSON data anyway.
 */
export function copyValues(values: FormValues): FormValues {
  return JSON.parse(JSON.stringify(values)) as FormValues;
}
const copy = copyValues;

/** One record on screen. Use `RecordSession.open`. */
export class RecordSession {
  readonly def: FormDefinition;
  readonly personId: string;
  readonly recordId: string;
  /** The stored record as last read or written; undefined until the first save of a new record. */
  record: StoredRecord | undefined;
  /** The answers on screen. */
  values: FormValues;
  state: SaveState;
  /** The last storage problem, in Easy Read. */
  error: StorageError | undefined;
  /** For `conflict`: the newer record another tab saved. */
  theirs: StoredRecord | undefined;
  /**
   * The person this new form belongs to is not on the tablet any more (removed in another
   * tab): saving again can never work, only a backup file of the form keeps the typing.
   */
  personGone = false;
  /** The recovery offer waiting for an answer; undefined when there is none. */
  recovery: Recovery | undefined;
  /** This page visit's id, in its journal entries. */
  readonly sessionId: string;

  private readonly delayMs: number;
  private readonly onChange: (session: RecordSession) => void;
  /** The answers a new record starts with: what its typing is compared with before the first save. */
  private readonly initial: FormValues;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last write to IndexedDB started (ms since 1970), for the throttle. */
  private lastWriteAt = 0;
  private changeCount = 0;
  private queue: Promise<void> = Promise.resolve();
  /** True after `stop()`: nothing is written anywhere any more. */
  private stopped = false;

  private constructor(options: SessionOptions, recordId: string, record: StoredRecord | undefined, sessionId: string) {
    this.def = options.def;
    this.sessionId = sessionId;
    this.initial = copy(options.initial);
    this.recovery = undefined;
    this.personId = record?.personId ?? options.personId;
    this.recordId = recordId;
    this.record = record;
    this.values = copy(record ? { ...options.initial, ...record.data } : options.initial);
    this.state = record ? 'saved' : 'new';
    this.error = undefined;
    this.theirs = undefined;
    this.delayMs = options.delayMs ?? 60;
    this.onChange = options.onChange ?? (() => {});
  }

  /**
   * Opens a record (or starts a new one) and looks for unsaved typing in the journal.
   * @returns the session, and a recovery offer when the journal holds typing that the
   *   database does not.
   * @throws StorageError when the database cannot be read (the page says so).
   */
  static async open(options: SessionOptions): Promise<{ session: RecordSession; recovery: Recovery | undefined }> {
    const makeId = options.makeId ?? (() => crypto.randomUUID());
    const live = options.liveSessions ?? webLockSessions;
    const recordId = options.recordId ?? makeId();
    const sessionId = crypto.randomUUID();
    live.hold(sessionId);
    const record = options.recordId ? await getRecord(options.recordId) : undefined;
    const session = new RecordSession(options, recordId, record, sessionId);
    const entry = await readJournal(recordId);
    // Another tab's typing in progress: that tab saves it (or, if it dies, a later visit offers it).
    if (!entry || (entry.session !== undefined && (await live.isLive(entry.session)))) return { session, recovery: undefined };
    const decision = reconcile(entry, record);
    if (decision.action === 'discard') {
      clearJournal(recordId);
      return { session, recovery: undefined };
    }
    session.offer({ changes: decision.changes, savedAt: decision.savedAt });
    return { session, recovery: session.recovery };
  }

  /** Offers recovered typing, and keeps it in the journal (as this visit's) until it is answered. */
  private offer(recovery: Recovery): void {
    this.recovery = recovery;
    this.journal();
  }

  /**
   * Starts a session without reading IndexedDB, for when it cannot be opened: the form
   * still works on screen, typing still goes to the journal (if localStorage works) and
   * every change still tries to save, so it is stored as soon as the database works
   * again. A record that exists already is then met as a `conflict`, never overwritten.
   * Never throws.
   * @returns the session, and unsaved typing from the journal, if any.
   */
  static async openWithoutStorage(options: SessionOptions): Promise<{ session: RecordSession; recovery: Recovery | undefined }> {
    const makeId = options.makeId ?? (() => crypto.randomUUID());
    const recordId = options.recordId ?? makeId();
    const sessionId = crypto.randomUUID();
    (options.liveSessions ?? webLockSessions).hold(sessionId);
    const entry = await readJournal(recordId);
    const session = new RecordSession({ ...options, personId: entry?.personId ?? options.personId }, recordId, undefined, sessionId);
    const decision = entry ? reconcile(entry, undefined) : undefined;
    if (decision?.action === 'offer-recovery') session.offer({ changes: decision.changes, savedAt: decision.savedAt });
    return { session, recovery: session.recovery };
  }

  /** True once the record exists in the database. */
  get isStored(): boolean {
    return this.record !== undefined;
  }

  /** True when the record is marked finished. */
  get isFinished(): boolean {
    return this.record?.status === 'finished';
  }

  /** Signed means sealed: finished and signed, so "Change it" starts a correction. */
  get isSealed(): boolean {
    return this.record !== undefined && isSealed(this.record);
  }

  /**
   * Takes the answers on screen: writes them to the journal at once (synchronous, so a
   * tab or browser closed a moment later keeps them) and saves them soon.
   */
  update(values: FormValues): void {
    if (this.stopped || this.state === 'deleted') return;
    this.leaveOutTyped(values);
    this.values = copy(values);
    this.journal();
    this.changeCount += 1;
    if (this.state !== 'conflict') this.setState('unsaved');
    this.scheduleSave();
  }

  /**
   * Saves at once after a pause in typing, then at most once every `delayMs` while typing
   * goes on (a throttle, not a debounce): a single change is stored in a few
   * milliseconds, and steady typing is stored at least every `delayMs`.
   */
  private scheduleSave(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastWriteAt + this.delayMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, wait);
  }

  /** Typing into a field takes it out of the recovery offer: what the person types now wins. */
  private leaveOutTyped(values: FormValues): void {
    if (!this.recovery) return;
    const left = this.recovery.changes.filter((c) => sameAnswer(values[c.field], this.values[c.field]));
    if (left.length === this.recovery.changes.length) return;
    this.recovery = left.length > 0 ? { ...this.recovery, changes: left } : undefined;
  }

  /** Writes unsaved typing to the journal at once (synchronous; for pagehide). */
  flushToJournal(): boolean {
    if (this.stopped) return true;
    if (this.state !== 'unsaved' && this.state !== 'saving' && this.state !== 'error' && this.state !== 'conflict') return true;
    return this.journal();
  }

  /** Saves now if anything is waiting, and waits for it. */
  async flush(): Promise<void> {
    await this.save();
  }

  /**
   * Saves the answers on screen. Never reports saved unless IndexedDB holds them.
   * A save that fails leaves the answers on screen and in the journal. Writes run one
   * at a time, so two saves of one record can never race each other.
   */
  save(): Promise<void> {
    return this.exclusive(async () => {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.state === 'unsaved' || this.state === 'error') await this.write();
    });
  }

  /** Runs storage work one task at a time, in order. */
  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    if (this.stopped) return;
    const startedAt = this.changeCount;
    const data = copy(this.values);
    this.lastWriteAt = Date.now();
    this.journal();
    this.setState('saving');
    try {
      this.record = this.record
        ? await saveRecord(this.recordId, data, this.record.revision)
        : await createRecord({ id: this.recordId, formId: this.def.id, formVersion: this.def.version, personId: this.personId, data });
      this.error = undefined;
      this.personGone = false;
      if (this.changeCount === startedAt) {
        this.settleJournal();
        this.setState('saved');
      } else {
        this.setState('unsaved');
        this.scheduleSave();
      }
    } catch (e) {
      // Making a new record fails as "not found" only when its person is gone.
      this.personGone = !this.record && e instanceof StorageError && e.kind === 'not-found';
      this.failed(e);
    }
  }

  /**
   * Checks the answers and, when they are complete, marks the record finished (written
   * with strict durability).
   * @returns the errors in field order; empty when it finished.
   */
  async finish(): Promise<FieldError[]> {
    const errors = await this.finishErrors();
    await this.flush();
    if (errors.length > 0) return errors;
    await this.exclusive(async () => {
      if (this.state === 'unsaved') await this.write();
      if (this.state !== 'saved' || !this.record) return;
      try {
        this.record = await finishRecord(this.recordId, copy(this.values), this.record.revision);
        this.settleJournal();
        this.setState('saved');
      } catch (e) {
        this.failed(e);
      }
    });
    return [];
  }

  /**
   * The errors that stop "Finish". A correction may be finished before it is signed again
   * (it then says "Not signed again", and the signed version stays in force), so its
   * empty signatures are no error. The checks (and their schemas) load on the first
   * "Finish", not with the page; the answers are the ones on screen when it was pressed.
   */
  private async finishErrors(): Promise<FieldError[]> {
    const values = this.values;
    const correction = this.record?.correction;
    const { validateForm } = await import('~/lib/forms/validate');
    const errors = validateForm(this.def, values);
    if (!correction) return errors;
    const signatures = new Set(signatureFields(this.def).map((f) => f.name));
    return errors.filter((e) => !(signatures.has(e.field) && isEmptyAnswer(values[e.field])));
  }

  /**
   * "Change it" on a sealed record: starts a correction with `start` (see
   * `record-story.ts`), in turn with any save, and reads this record again (it now
   * points to the correction).
   * @returns the new draft (the page opens it).
   * @throws StorageError when it could not be made (`conflict` when a change is started already).
   */
  async startCorrection(start: (record: StoredRecord) => Promise<StoredRecord>): Promise<StoredRecord> {
    let draft: StoredRecord | undefined;
    await this.exclusive(async () => {
      if (!this.record) throw new StorageError('not-found');
      draft = await start(this.record);
      this.record = (await getRecord(this.recordId)) ?? this.record;
    });
    if (!draft) throw new StorageError('not-found');
    return draft;
  }

  /** Makes a finished record a draft again, to change it (a sealed one stays as it is: it needs a correction). */
  reopen(): Promise<void> {
    return this.exclusive(async () => {
      if (!this.record || this.isSealed) return;
      try {
        this.record = await reopenRecord(this.recordId, this.record.revision);
        this.setState('saved');
      } catch (e) {
        this.failed(e);
      }
    });
  }

  /**
   * "Yes, keep it": puts the offered answers that are left into the answers on screen
   * (at once, so `values` shows them when this returns) and saves them.
   */
  keepRecovered(): Promise<void> {
    const recovery = this.recovery;
    if (!recovery) return Promise.resolve();
    this.recovery = undefined;
    this.update(withChanges(this.values, recovery.changes));
    return this.flush();
  }

  /** "No, throw it away": the typing on screen stays; the offered answers go. */
  discardRecovered(): void {
    if (!this.recovery) return;
    this.recovery = undefined;
    if (this.state === 'saved' || this.state === 'new') clearJournal(this.recordId, undefined, this.sessionId);
    else this.journal();
  }

  /** After a conflict: show the other tab's answers instead of ours. */
  takeTheirs(): void {
    if (!this.theirs) return;
    this.record = this.theirs;
    this.values = copy(this.theirs.data);
    this.theirs = undefined;
    this.settleJournal();
    this.setState('saved');
  }

  /** After a conflict: keep our answers, saving them over the other tab's. */
  async keepMine(): Promise<void> {
    if (!this.theirs) return;
    this.record = this.theirs;
    this.theirs = undefined;
    this.setState('unsaved');
    await this.save();
  }

  /**
   * Another tab saved (or deleted) this record: reload it if we have nothing unsaved,
   * else flag a conflict. If it was deleted there, the typing stays on screen and in the
   * journal, and the next save (or `save()`) makes the record again.
   */
  async otherTabSaved(): Promise<void> {
    if (this.stopped || this.state === 'deleted') return;
    const stored = await getRecord(this.recordId);
    if (!stored) {
      if (this.record) {
        this.record = undefined;
        this.failed(new StorageError('not-found'));
      }
      return;
    }
    if (this.record && stored.revision <= this.record.revision) return;
    if (this.state === 'saved' || this.state === 'new') {
      this.record = stored;
      this.values = copy(stored.data);
      this.setState('saved');
    } else {
      this.theirs = stored;
      this.setState('conflict');
    }
  }

  /**
   * Deletes this record on purpose: waits for any save, then deletes it (and its journal
   * entry). From then on nothing is saved.
   * @returns the deleted record, for `restore` ("Undo").
   * @throws StorageError when it could not be deleted (then nothing changed).
   */
  async remove(): Promise<StoredRecord> {
    let deleted: StoredRecord | undefined;
    await this.exclusive(async () => {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.state === 'unsaved' || this.state === 'error') await this.write();
      deleted = await deleteRecord(this.recordId);
      clearJournal(this.recordId);
      this.recovery = undefined;
      this.record = undefined;
      this.theirs = undefined;
      this.error = undefined;
      this.setState('deleted');
    });
    if (!deleted) throw new StorageError('not-found');
    return deleted;
  }

  /** Puts a record deleted with `remove` back, exactly as it was ("Undo"). */
  restore(deleted: StoredRecord): Promise<void> {
    return this.exclusive(async () => {
      if (this.state !== 'deleted') return;
      this.record = await restoreRecord(deleted);
      this.values = copy(this.record.data);
      this.setState('saved');
    });
  }

  /**
   * Stops all saving, for good: used when everything on the tablet was deleted in another
   * tab. The answers stay on screen (to print or save as a file) but are written nowhere,
   * not even to the journal, so no deleted work comes back by itself.
   */
  stop(error: StorageError): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.error = error;
    this.setState('error');
  }

  /** True after `stop()`. */
  get isStopped(): boolean {
    return this.stopped;
  }

  private failed(e: unknown): void {
    const error = e instanceof StorageError ? e : toStorageError(e);
    this.journal();
    if (error.kind === 'conflict' && error.record) {
      this.theirs = error.record;
      this.error = error;
      this.setState('conflict');
      return;
    }
    this.error = error;
    this.setState('error');
  }

  /**
   * After a save: the journal entry goes, unless a recovery offer still waits (then it
   * keeps the offered answers). Another tab's entry stays.
   */
  private settleJournal(): void {
    if (this.recovery) this.journal();
    else clearJournal(this.recordId, undefined, this.sessionId);
  }

  /** Writes the answers on screen (and any offered answers not yet answered) to the journal. */
  private journal(): boolean {
    if (this.stopped) return false;
    const data = this.recovery ? withChanges(this.values, this.recovery.changes) : this.values;
    const entry: JournalEntry = {
      recordId: this.recordId,
      formId: this.def.id,
      personId: this.personId,
      baseRevision: this.record?.revision ?? 0,
      base: baseOfChanges(data, this.record?.data ?? this.initial),
      session: this.sessionId,
      data,
      savedAt: new Date().toISOString(),
    };
    if (this.record) entry.baseAt = this.record.updatedAt;
    return writeJournal(entry);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.onChange(this);
  }
}
