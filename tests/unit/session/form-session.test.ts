/**
 * The form page's rules, without a page: every state of `FormSession` and the way from
 * one to the next, with a recording host in place of the Alpine component.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forms } from '~/forms';
import { t } from '~/i18n';
import { allFields } from '~/lib/forms/fields';
import { initialValues } from '~/lib/forms/initial-values';
import type { FormDefinition, FormExamples, FormValues } from '~/lib/forms/types';
import { FormSession, PRINT_WAIT_MS, type FormPageView, type PageFacts, type RecordsChange } from '~/lib/session/form-session';
import { RecordSession } from '~/lib/session/record-session';
import { StorageError, addMentee, deleteMentee, deleteRecord, getRecord, readJournal, type BackupFile } from '~/lib/storage';
import { OpenTabs, freshDb, installMemoryStorage, type MemoryStorage } from '../helpers/db';

const examplesByPath = import.meta.glob<FormExamples>('/src/forms/*/examples.ts', { eager: true, import: 'examples' });
/** A mentee's form with a date field and examples: the delete question names its date. */
const def = forms.find((f) => f.owner === 'mentee' && allFields(f).some((field) => field.kind === 'date') && examplesByPath[`/src/forms/${f.id}/examples.ts`]) as FormDefinition;
const examples = examplesByPath[`/src/forms/${def.id}/examples.ts`] as FormExamples;
const dateFields = allFields(def)
  .filter((f) => f.kind === 'date')
  .map((f) => f.name);
const valid = examples.valid;
/** Two text fields of the form, to type into. */
const [textField = '', otherField = ''] = allFields(def)
  .filter((f) => f.kind === 'textarea' || f.kind === 'text')
  .map((f) => f.name);
const labelOf = (name: string) => allFields(def).find((f) => f.name === name)?.label;

let storage: MemoryStorage;
let menteeId: string;
/** The page visits (tabs) open now. */
let tabs: OpenTabs;

/** What the page was told. */
class Page {
  view: FormPageView | undefined;
  values: FormValues[] = [];
  announced: RecordsChange[] = [];
  remembered: string[] = [];
  firstSaves = 0;
  unsaved: boolean[] = [];
  host = {
    show: (view: FormPageView) => (this.view = view),
    showValues: (values: FormValues) => this.values.push(values),
    announce: (change: RecordsChange) => this.announced.push(change),
    rememberRecord: (id: string) => this.remembered.push(id),
    firstSave: () => (this.firstSaves += 1),
    unsavedWork: (unsaved: boolean) => this.unsaved.push(unsaved),
  };
  get shown(): FormPageView {
    if (!this.view) throw new Error('nothing shown yet');
    return this.view;
  }
}

const NOW = new Date(2026, 4, 3, 10, 30);

function facts(overrides: Partial<PageFacts> = {}): PageFacts {
  return { problem: '', recordId: undefined, person: { id: menteeId }, prefill: { now: NOW, menteeName: 'Ana' }, ...overrides };
}

async function openPage(overrides: Partial<PageFacts> = {}, readFails?: StorageError, now = NOW) {
  const page = new Page();
  const session = new FormSession({ def, host: page.host, delayMs: 5, describeMoment: (iso) => `moment ${iso}`, now: () => now, liveSessions: tabs });
  const search = `?person=${menteeId}${overrides.recordId ? `&record=${overrides.recordId}` : ''}`;
  const focus = await session.open(() => (readFails ? Promise.reject(readFails) : Promise.resolve(facts(overrides))), search);
  return { page, session, focus };
}

/** Types and waits until IndexedDB holds it. */
async function type(session: FormSession, values: FormValues): Promise<void> {
  session.typed(values);
  await session.record?.flush();
}

function failWrites(error: DOMException): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw error;
  });
}

beforeEach(async () => {
  await freshDb();
  storage = installMemoryStorage();
  tabs = new OpenTabs();
  menteeId = (await addMentee({ name: 'Ana' })).id;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('opening', () => {
  it('starts a new form: ready, nothing said yet, the prefills on screen', async () => {
    const { page, session, focus } = await openPage();

    expect(focus).toBeUndefined();
    expect(page.shown).toMatchObject({ ready: true, problem: '', saveState: 'new', statusText: '', isStored: false, storageProblem: '' });
    expect(page.values).toEqual([initialValues(def, facts().prefill)]);
    expect(session.record?.personId).toBe(menteeId);
  });

  it('shows the page problem instead of a form', async () => {
    const { page, session } = await openPage({ problem: 'Pick a mentee.' });

    expect(page.shown).toMatchObject({ ready: false, problem: 'Pick a mentee.' });
    expect(session.record).toBeUndefined();
  });

  it('says a linked record is gone, unless the address names a person (then it starts again under that id)', async () => {
    const id = '11111111-2222-4333-8444-555555555555';

    const gone = await openPage({ recordId: id, person: undefined });
    const again = await openPage({ recordId: id });

    expect(gone.page.shown.problem).toBe(t('formPage.notFound'));
    expect(gone.session.record).toBeUndefined();
    expect(again.page.shown.ready).toBe(true);
    expect(again.session.record?.recordId).toBe(id);
  });

  it('opens a saved record without saying "Saved"', async () => {
    const first = await openPage();
    await type(first.session, { [textField]: 'kept' });

    const { page } = await openPage({ recordId: first.session.record?.recordId ?? '' });

    expect(page.values.at(-1)?.[textField]).toBe('kept');
    expect(page.shown).toMatchObject({ saveState: 'saved', isStored: true, statusText: '' });
  });
});

describe('autosave', () => {
  it('saves typing, says "Saved", tells other tabs, keeps the id in the address and asks to persist once', async () => {
    const { page, session } = await openPage();
    const id = session.record?.recordId ?? '';

    session.typed({ [textField]: 'one' });
    expect(page.shown.saveState).toBe('unsaved');
    expect(page.unsaved.at(-1)).toBe(true);
    await session.record?.flush();
    await type(session, { [textField]: 'two' });

    expect(page.shown).toMatchObject({ saveState: 'saved', statusText: t('formPage.saved'), isStored: true });
    expect(page.unsaved.at(-1)).toBe(false);
    expect(page.announced).toEqual([{ recordId: id }, { recordId: id }]);
    expect(new Set(page.remembered)).toEqual(new Set([id]));
    expect(page.firstSaves).toBe(1);
    expect((await getRecord(id))?.data[textField]).toBe('two');
  });

  it('ignores answers that are what the session holds already (answers the page put on screen)', async () => {
    const { page, session } = await openPage();

    session.typed({ ...page.values[0] });

    expect(page.shown.saveState).toBe('new');
    expect(await readJournal(session.record?.recordId ?? '')).toBeUndefined();
  });

  it('flushes to the journal when the page is hidden, and not when it shows again', async () => {
    const { session } = await openPage();
    const id = session.record?.recordId ?? '';
    session.typed({ [textField]: 'typed' });
    storage.clear();

    session.visibilityChanged('visible');
    expect(await readJournal(id)).toBeUndefined();
    session.visibilityChanged('hidden');
    expect((await readJournal(id))?.data[textField]).toBe('typed');
    storage.clear();
    session.pageHidden();
    expect((await readJournal(id))?.data[textField]).toBe('typed');
  });
});

describe('recovery', () => {
  async function leaveTyping(): Promise<string> {
    const first = await openPage();
    await type(first.session, { [textField]: 'saved' });
    const id = first.session.record?.recordId ?? '';
    // The tab closes before its save timer runs: only the journal holds the typing.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.session.typed({ [textField]: 'not saved yet' });
    vi.useRealTimers();
    tabs.close(first.session.record?.sessionId ?? '');
    return id;
  }

  it('offers unsaved typing from the journal, and keeping it saves it', async () => {
    const id = await leaveTyping();
    const savedAt = (await readJournal(id))?.savedAt ?? '';

    const { page, session, focus } = await openPage({ recordId: id });
    expect(focus).toBe('recoveryBox');
    expect(page.shown.recoveryText).toBe(`We found your unsaved work from moment ${savedAt}. Keep it?`);
    // It shows what would change: the question, the saved answer and the unsaved one.
    expect(page.shown.recoveryChanges).toEqual([
      { field: textField, question: labelOf(textField), saved: 'Saved now: saved', unsaved: 'Your unsaved work: not saved yet' },
    ]);
    await session.keepRecovery();

    expect(page.shown.recoveryText).toBe('');
    expect(page.values.at(-1)?.[textField]).toBe('not saved yet');
    expect((await getRecord(id))?.data[textField]).toBe('not saved yet');
    expect(await readJournal(id)).toBeUndefined();
  });

  it('throws the typing away on "No"', async () => {
    const id = await leaveTyping();

    const { page, session } = await openPage({ recordId: id });
    session.discardRecovery();

    expect(page.shown.recoveryText).toBe('');
    expect(await readJournal(id)).toBeUndefined();
    expect((await getRecord(id))?.data[textField]).toBe('saved');
  });

  it('a crash left the journal older than the database: no offer, the saved text stays', async () => {
    const first = await openPage();
    const id = first.session.record?.recordId ?? '';
    await type(first.session, { [textField]: 'Hello wo' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.session.typed({ [textField]: 'Hello wor' });
    vi.useRealTimers();
    // What Chromium had written to disk when it was killed: localStorage as it was then.
    const onDisk = storage.getItem(`wb.journal.${id}`) ?? '';
    await type(first.session, { [textField]: 'Hello world, all of it saved.' });
    storage.setItem(`wb.journal.${id}`, onDisk);
    tabs.close(first.session.record?.sessionId ?? '');

    const { page, focus } = await openPage({ recordId: id });

    expect(focus).toBeUndefined();
    expect(page.shown.recoveryText).toBe('');
    expect(page.values.at(-1)?.[textField]).toBe('Hello world, all of it saved.');
    expect(await readJournal(id)).toBeUndefined();
  });

  it("another tab's typing in progress is not offered, nor removed; once that tab is gone it is", async () => {
    const first = await openPage();
    const id = first.session.record?.recordId ?? '';
    await type(first.session, { [textField]: 'saved' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.session.typed({ [textField]: 'typing in the first tab' });
    vi.useRealTimers();

    const second = await openPage({ recordId: id });
    expect(second.focus).toBeUndefined();
    expect(second.page.shown.recoveryText).toBe('');
    expect((await readJournal(id))?.data[textField]).toBe('typing in the first tab');

    tabs.close(first.session.record?.sessionId ?? '');
    const third = await openPage({ recordId: id });
    expect(third.page.shown.recoveryChanges.map((c) => c.unsaved)).toEqual(['Your unsaved work: typing in the first tab']);
  });

  it('typing while the question shows is kept: in the journal, and by "Yes, keep it"', async () => {
    const first = await openPage();
    const id = first.session.record?.recordId ?? '';
    await type(first.session, { [textField]: 'saved', [otherField]: 'saved too' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.session.typed({ [textField]: 'unsaved', [otherField]: 'unsaved too' });
    vi.useRealTimers();
    tabs.close(first.session.record?.sessionId ?? '');

    const second = await openPage({ recordId: id });
    expect(second.page.shown.recoveryChanges.map((c) => c.field)).toEqual([textField, otherField]);
    // Typing into one of the offered answers: that answer leaves the question.
    await type(second.session, { ...second.page.values.at(-1), [otherField]: 'typed while asked' });
    expect(second.page.shown.recoveryChanges.map((c) => c.field)).toEqual([textField]);
    expect((await getRecord(id))?.data[otherField]).toBe('typed while asked');
    // The question still holds its answer when the page closes before it is answered.
    expect((await readJournal(id))?.data[textField]).toBe('unsaved');
    tabs.close(second.session.record?.sessionId ?? '');

    const third = await openPage({ recordId: id });
    expect(third.page.values.at(-1)?.[otherField]).toBe('typed while asked');
    expect(third.page.shown.recoveryChanges.map((c) => c.field)).toEqual([textField]);
    await third.session.keepRecovery();
    expect(third.page.values.at(-1)).toMatchObject({ [textField]: 'unsaved', [otherField]: 'typed while asked' });
    expect((await getRecord(id))?.data).toMatchObject({ [textField]: 'unsaved', [otherField]: 'typed while asked' });
    expect(await readJournal(id)).toBeUndefined();
    expect(third.page.shown.recoveryText).toBe('');
  });

  it('"No" while typing goes on throws away the offered answers only', async () => {
    const id = await leaveTyping();
    const { page, session } = await openPage({ recordId: id });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.typed({ ...page.values.at(-1), [otherField]: 'typed' });
    session.discardRecovery();
    vi.useRealTimers();
    expect((await readJournal(id))?.data).toMatchObject({ [textField]: 'saved', [otherField]: 'typed' });
    await session.record?.flush();
    expect((await getRecord(id))?.data).toMatchObject({ [textField]: 'saved', [otherField]: 'typed' });
    expect(await readJournal(id)).toBeUndefined();
  });
});

describe('not saved', () => {
  it('the tablet is full: says so, offers "Try to save again", and "Saved" once it works', async () => {
    const { page, session } = await openPage();
    failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await type(session, { [textField]: 'typed' });
    // Storage's words load with the first problem: they show once loaded.
    await vi.waitFor(() =>
      expect(page.shown).toMatchObject({
        saveState: 'error',
        storageProblem: t('storage.save.quota'),
        storageTitle: t('formPage.storageTitle.notSaved'),
        canRetry: true,
        needsReload: false,
        statusText: t('formPage.notSaved'),
      }),
    );
    expect(page.unsaved.at(-1)).toBe(true);
    expect(await session.retry()).toBeUndefined();
    expect(page.shown.statusText).toBe(t('formPage.stillNotSaved'));

    vi.restoreAllMocks();
    await session.retry();
    expect(page.shown).toMatchObject({ saveState: 'saved', storageProblem: '', canRetry: false, statusText: t('formPage.saved') });
  });

  it('storage cannot be opened (blocked): the form works on screen, and the first save that works ends it', async () => {
    const { page, session } = await openPage({}, new StorageError('blocked'));

    expect(session.isDetached).toBe(true);
    await vi.waitFor(() => expect(page.shown).toMatchObject({ ready: true, storageProblem: t('storage.open.blocked'), canRetry: true, needsReload: false }));
    await type(session, { [textField]: 'typed' });

    expect(session.isDetached).toBe(false);
    expect(page.shown).toMatchObject({ saveState: 'saved', storageProblem: '', canRetry: false, statusText: t('formPage.saved') });
  });

  it('"Try to save again" before any typing reloads the page, keeping the journal', async () => {
    const { session } = await openPage({}, new StorageError('unavailable'));

    expect(await session.retry()).toBe('reload');
  });

  it('while detached, a failing save keeps the open problem', async () => {
    const { page, session } = await openPage({}, new StorageError('unavailable'));
    failWrites(new DOMException('broken', 'UnknownError'));

    await type(session, { [textField]: 'typed' });

    await vi.waitFor(() => expect(page.shown).toMatchObject({ saveState: 'error', storageProblem: t('storage.open.other'), statusText: t('formPage.notSaved') }));
  });

  it('says at once that another tab blocks the open, while the open still waits', async () => {
    const page = new Page();
    const session = new FormSession({ def, host: page.host });

    session.storageEvent({ type: 'blocked' });

    await vi.waitFor(() => expect(page.shown).toMatchObject({ ready: false, storageProblem: t('storage.open.blocked'), canRetry: true }));
  });

  it('an old tab (version changed on open): only "Reload the page" is offered', async () => {
    const { page, session } = await openPage({}, new StorageError('version-changed'));

    await vi.waitFor(() => expect(page.shown).toMatchObject({ needsReload: true, canRetry: false, storageTitle: t('formPage.storageTitle.updated') }));
    session.typed({ [textField]: 'typed' });
    session.reloading();
    expect((await readJournal(session.record?.recordId ?? ''))?.data[textField]).toBe('typed');
  });

  it('another tab updated the workbook: keeps the typing in the journal and asks for a reload; "Saved" does not hide it', async () => {
    const { page, session } = await openPage();
    session.typed({ [textField]: 'typed' });
    storage.clear();

    session.storageEvent({ type: 'version-changed', deleted: false });

    expect((await readJournal(session.record?.recordId ?? ''))?.data[textField]).toBe('typed');
    await vi.waitFor(() => expect(page.shown).toMatchObject({ storageProblem: t('storage.save.version-changed'), needsReload: true, canRetry: false }));
    await session.record?.flush();
    expect(page.shown.storageProblem).toBe(t('storage.save.version-changed'));
  });

  it('everything was deleted in another tab: says so and writes nothing anywhere', async () => {
    const { page, session } = await openPage();
    await type(session, { [textField]: 'one' });
    const id = session.record?.recordId ?? '';

    session.storageEvent({ type: 'version-changed', deleted: true });
    await type(session, { [textField]: 'two' });

    expect(page.shown).toMatchObject({ storageProblem: t('formPage.deletedEverywhere'), canRetry: false, needsReload: false });
    expect(await readJournal(id)).toBeUndefined();
    expect((await getRecord(id))?.data[textField]).toBe('one');
  });

  it('the mentee was removed in another tab: no "Try to save again" that fails forever; a backup file is the way out and the journal goes', async () => {
    const { page, session } = await openPage();
    await deleteMentee(menteeId);

    await type(session, { [textField]: 'typed for a removed mentee' });

    expect(page.shown).toMatchObject({ saveState: 'error', storageProblem: t('formPage.personGone'), canRetry: false });
    const id = session.record?.recordId ?? '';
    expect((await readJournal(id))?.data[textField]).toBe('typed for a removed mentee');
    session.backupSaved('workbook-form-meeting-2026-05-03.json');
    expect(await readJournal(id)).toBeUndefined();
  });

  it('the record was deleted in another tab: says so, and "Try to save again" makes it again', async () => {
    const { page, session } = await openPage();
    await type(session, { [textField]: 'mine' });
    const id = session.record?.recordId ?? '';
    await deleteRecord(id);

    await session.otherTabChanged({ recordId: id, deleted: true });
    await vi.waitFor(() => expect(page.shown).toMatchObject({ saveState: 'error', storageProblem: t('storage.save.not-found'), canRetry: true }));
    await session.retry();

    expect(page.shown).toMatchObject({ saveState: 'saved', storageProblem: '' });
    expect((await getRecord(id))?.data[textField]).toBe('mine');
  });
});

describe('another tab', () => {
  async function twoTabs() {
    const a = await openPage();
    await type(a.session, { [textField]: 'start' });
    const id = a.session.record?.recordId ?? '';
    const b = await openPage({ recordId: id });
    return { a, b, id };
  }

  it('shows what another tab saved when nothing here is unsaved; ignores other records', async () => {
    const { a, b, id } = await twoTabs();
    await type(a.session, { [textField]: 'from A' });

    await b.session.otherTabChanged({ recordId: 'another-record' });
    expect(b.page.values.at(-1)?.[textField]).toBe('start');
    await b.session.otherTabChanged({ recordId: id });
    expect(b.page.values.at(-1)?.[textField]).toBe('from A');
    expect(b.page.shown.conflict).toBe(false);
  });

  it('a save in another tab heard while this page opens is shown once it is open', async () => {
    const a = await openPage();
    await type(a.session, { [textField]: 'start' });
    const id = a.session.record?.recordId ?? '';
    const page = new Page();
    const b = new FormSession({ def, host: page.host, delayMs: 5, liveSessions: tabs });
    const open = RecordSession.open.bind(RecordSession);
    // Tab A saves, and says so, after B read the record but before B is open.
    vi.spyOn(RecordSession, 'open').mockImplementation(async (options) => {
      const opened = await open(options);
      await type(a.session, { [textField]: 'from A' });
      await b.otherTabChanged({ recordId: id });
      return opened;
    });

    await b.open(() => Promise.resolve(facts({ recordId: id })), '');

    expect(page.values.at(-1)?.[textField]).toBe('from A');
    expect(page.shown).toMatchObject({ conflict: false, saveState: 'saved' });
  });

  it('a conflict: "Keep what is on this screen" saves mine over theirs', async () => {
    const { a, b, id } = await twoTabs();
    await type(a.session, { [textField]: 'from A' });

    await type(b.session, { [textField]: 'from B' });
    expect(b.page.shown).toMatchObject({ conflict: true, saveState: 'conflict', statusText: t('formPage.conflictStatus') });
    await b.session.keepMine();

    expect(b.page.shown).toMatchObject({ conflict: false, saveState: 'saved' });
    expect((await getRecord(id))?.data[textField]).toBe('from B');
  });

  it('a conflict: "Show the other tab\'s version" puts theirs on screen', async () => {
    const { a, b, id } = await twoTabs();
    await type(a.session, { [textField]: 'from A' });
    await type(b.session, { [textField]: 'from B' });

    b.session.takeTheirs();

    expect(b.page.shown).toMatchObject({ conflict: false, saveState: 'saved', statusText: t('formPage.tookTheirs') });
    expect(b.page.values.at(-1)?.[textField]).toBe('from A');
    expect(await readJournal(id)).toBeUndefined();
  });
});

describe('finish and change', () => {
  it('lists the errors with links to the fields, in field order', async () => {
    const invalid = examples.invalid[0];
    const { page, session } = await openPage();

    const focus = await session.finish(invalid?.values ?? {});

    expect(focus).toBe('errorSummary');
    expect(page.shown.errors.map((e) => e.field)).toEqual(invalid?.errors);
    expect(page.shown.errors[0]?.href).toBe(`#f-${invalid?.errors[0] ?? ''}`);
    expect(page.shown.finished).toBe(false);
  });

  it('finishes a complete form; "Change it" on the signed form asks what changed, and changes nothing yet', async () => {
    const { page, session } = await openPage();

    expect(await session.finish(valid)).toBe('finishedBox');
    expect(page.shown).toMatchObject({ finished: true, justFinished: true, errors: [], sealed: true });
    expect(await session.reopen()).toBe('reasonInput');

    expect(page.shown).toMatchObject({ finished: true, askingReason: true });
    expect((await getRecord(session.record?.recordId ?? ''))?.status).toBe('finished');
    expect(session.cancelChange()).toBe('finishedBox');
    expect(page.shown.askingReason).toBe(false);
  });

  it('a complete form that cannot be saved points to the problem', async () => {
    const { page, session } = await openPage();
    failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    expect(await session.finish(valid)).toBe('storageBox');
    expect(page.shown.finished).toBe(false);
  });
});

describe('delete with undo', () => {
  async function savedForm() {
    const opened = await openPage();
    await type(opened.session, valid);
    return { ...opened, id: opened.session.record?.recordId ?? '' };
  }

  it('asks only for a stored record, naming it; "No, keep it" goes back to the button', async () => {
    const fresh = await openPage();
    expect(fresh.session.askDelete({}, dateFields)).toBe(false);
    const { page, session } = await savedForm();

    expect(session.askDelete(valid, dateFields)).toBe(true);
    expect(page.shown).toMatchObject({ confirmingDelete: true, deleteProblem: '' });
    expect(page.shown.deleteQuestion).toMatch(/^Delete the .+ on \d{1,2} [A-Z][a-z]+ \d{4}\?$/);
    expect(session.cancelDelete()).toBe('deleteButton');
    expect(page.shown.confirmingDelete).toBe(false);
  });

  it('deletes, tells other tabs, and Undo puts it back exactly as it was', async () => {
    const { page, session, id } = await savedForm();
    const before = await getRecord(id);
    session.askDelete(valid, dateFields);
    const name = page.shown.deleteQuestion.replace(/^Delete /, '').replace(/\?$/, '');

    expect(await session.confirmDelete()).toBe('deletedBox');
    expect(page.shown).toMatchObject({ deleted: true, canUndo: true, confirmingDelete: false, statusText: '', isStored: false });
    expect(page.shown.deletedText).toBe(`${name.charAt(0).toUpperCase()}${name.slice(1)} is deleted from this tablet.`);
    expect(page.announced.at(-1)).toEqual({ recordId: id, deleted: true });
    expect(page.unsaved.at(-1)).toBe(false);
    expect(await getRecord(id)).toBeUndefined();

    expect(await session.undoDelete()).toBe('deleteButton');
    expect(page.shown).toMatchObject({ deleted: false, canUndo: false, statusText: t('formPage.delete.undone'), isStored: true });
    expect(page.announced.at(-1)).toEqual({ recordId: id });
    expect(await getRecord(id)).toEqual(before);
    expect(page.values.at(-1)).toEqual(before?.data);
  });

  it('when deleting does not work, the question stays open and says why', async () => {
    const { page, session, id } = await savedForm();
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    session.askDelete(valid, dateFields);

    expect(await session.confirmDelete()).toBeUndefined();

    expect(page.shown).toMatchObject({ confirmingDelete: true, deleted: false });
    // What storage said, then that nothing changed.
    expect(page.shown.deleteProblem).toMatch(/^\S.* Nothing was deleted\.$/);
    vi.restoreAllMocks();
    expect(await getRecord(id)).toBeDefined();
  });

  it('Undo stays offered with no time limit: a day later it still brings the record back', async () => {
    const { page, session, id } = await savedForm();
    session.askDelete(valid, dateFields);
    // Only the timers: fake IndexedDB runs its work on setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await session.confirmDelete();

    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(page.shown.canUndo).toBe(true);
    vi.useRealTimers();

    expect(await session.undoDelete()).toBe('deleteButton');
    expect(page.shown).toMatchObject({ deleted: false, canUndo: false });
    expect(await getRecord(id)).toBeDefined();
  });

  it('typing after deleting is written nowhere', async () => {
    const { session, id } = await savedForm();
    session.askDelete(valid, dateFields);
    await session.confirmDelete();

    session.typed({ [textField]: 'after' });
    session.pageHidden();

    expect(await readJournal(id)).toBeUndefined();
    expect(await getRecord(id)).toBeUndefined();
  });
});

describe('printing and a backup file of this form', () => {
  it('printing waits for a stuck save no longer than PRINT_WAIT_MS', async () => {
    const { session } = await openPage();
    vi.spyOn(RecordSession.prototype, 'flush').mockReturnValue(new Promise<void>(() => {}));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let printed = false;

    const waiting = session.beforePrint().then(() => (printed = true));
    await vi.advanceTimersByTimeAsync(PRINT_WAIT_MS - 1);
    expect(printed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;

    expect(printed).toBe(true);
  });

  it('makes a backup file of this form from the record and what is on screen, and says where the file is', async () => {
    const { page, session } = await openPage({}, undefined, new Date(2026, 4, 3, 10));
    await type(session, { [textField]: 'saved' });
    const id = session.record?.recordId ?? '';

    const file = await session.backupFile({ [textField]: 'on screen' }, { person: undefined, mentor: undefined, personName: 'Ana', noun: 'meeting' });
    session.backupSaved(file?.fileName ?? '');

    expect(file?.fileName).toBe('workbook-form-meeting-2026-05-03.json');
    const backup = JSON.parse(file?.text ?? '{}') as BackupFile;
    expect(backup.records).toHaveLength(1);
    expect(backup.records[0]).toMatchObject({ id, formId: def.id, personId: menteeId, revision: 2, data: { [textField]: 'on screen' } });
    expect(backup.people.map((p) => p.name)).toEqual(['Ana']);
    expect(page.shown.backupStatus).toBe(t('formPage.backupSaved', { fileName: 'workbook-form-meeting-2026-05-03.json' }));
    session.backupFailed();
    expect(page.shown.backupStatus).toBe(t('formPage.backupFailed'));
  });
});
