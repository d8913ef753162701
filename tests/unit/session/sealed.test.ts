/**
 * Signed means sealed, on the form page without a page: "Change it" on a signed record
 * starts a correction; the signed version stays in force until the correction is
 * finished and signed again; a half-done correction never counts; the history.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forms } from '~/forms';
import { allFields } from '~/lib/forms/fields';
import type { FormDefinition, FormExamples, FormValues, Signature } from '~/lib/forms/types';
import { FormSession, type FormPageView } from '~/lib/session/form-session';
import {
  addMentee,
  getRecord,
  latestRecord,
  listRecordsByDate,
  listRecordsForPerson,
  reopenRecord,
  saveRecord,
  startNewVersion,
} from '~/lib/storage';
import { freshDb, installMemoryStorage } from '../helpers/db';

/** A mentee form with two or more signature fields (found by field kind). */
const def = forms.find((f) => f.owner === 'mentee' && allFields(f).filter((field) => field.kind === 'signature').length >= 2) as FormDefinition;
const { valid } = ((await import(`../../../src/forms/${def.id}/examples.ts`)) as { examples: FormExamples }).examples;
const signatureNames = allFields(def)
  .filter((f) => f.kind === 'signature')
  .map((f) => f.name);
/** A text answer to change. */
const textField = allFields(def).find((f) => f.kind === 'textarea')?.name ?? '';

let menteeId: string;

beforeEach(async () => {
  await freshDb();
  installMemoryStorage();
  menteeId = (await addMentee({ name: 'Ana' })).id;
});

class Page {
  view: FormPageView | undefined;
  host = { show: (view: FormPageView) => (this.view = view) };
  get shown(): FormPageView {
    if (!this.view) throw new Error('nothing shown yet');
    return this.view;
  }
}

async function openPage(recordId?: string) {
  const page = new Page();
  const session = new FormSession({ def, host: page.host, delayMs: 5 });
  await session.open(
    () => Promise.resolve({ problem: '', recordId, person: { id: menteeId }, prefill: { now: new Date(2026, 4, 3) } }),
    `?person=${menteeId}${recordId ? `&record=${recordId}` : ''}`,
  );
  return { page, session };
}

function signed(name: string, at: string): Signature {
  return { kind: 'typed', value: name, signedAt: at };
}

/** The answers with every signature field set (or cleared with `null`). */
function withSignatures(values: FormValues, signature: (name: string) => Signature | null): FormValues {
  return { ...values, ...Object.fromEntries(signatureNames.map((n) => [n, signature(n)])) };
}

/** The example's signatures, signed now (after the record was made). */
function signedNow(values: FormValues): FormValues {
  const at = new Date().toISOString();
  return withSignatures(values, (n) => (valid[n] ? signed(n, at) : null));
}

/** A finished, signed record: typed first, signed and finished later; returns its id. */
async function signedRecord(): Promise<string> {
  const { session } = await openPage();
  session.typed(withSignatures(valid, () => null));
  await session.record?.flush();
  expect(await session.finish(signedNow(valid))).toBe('finishedBox');
  return session.record?.recordId ?? '';
}

/** Starts a correction of a sealed record from its page; returns the correction's id. */
async function startCorrection(recordId: string, reason = 'The end time was wrong.'): Promise<string> {
  const { session } = await openPage(recordId);
  expect(await session.reopen()).toBe('reasonInput');
  const id = await session.startChange(reason);
  if (!id) throw new Error('no correction');
  return id;
}

async function inForceIds(): Promise<string[]> {
  return (await listRecordsForPerson(menteeId, { formId: def.id })).map((r) => r.id);
}

describe('signed means sealed', () => {
  it('a signed, finished record cannot be saved over or made a draft again', async () => {
    const id = await signedRecord();
    const stored = await getRecord(id);

    await expect(saveRecord(id, { ...valid, [textField]: 'changed quietly' }, stored?.revision ?? 0)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(reopenRecord(id)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await getRecord(id))?.data).toEqual(stored?.data);
  });

  it('unsigned records stay freely editable, and no correction can be made of them', async () => {
    const { session } = await openPage();
    session.typed(withSignatures(valid, () => null));
    await session.record?.flush();
    const id = session.record?.recordId ?? '';

    await expect(startNewVersion(id, { correction: { reason: 'x' } })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await session.reopen()).toBeUndefined();
    expect((await getRecord(id))?.status).toBe('draft');
  });

  it('"Change it" needs a reason in one line, then opens a correction with the signatures cleared', async () => {
    const id = await signedRecord();
    const { page, session } = await openPage(id);
    await session.reopen();

    expect(await session.startChange('   ')).toBeUndefined();
    expect(page.shown.reasonError).toBe('Write what you changed, in one line.');
    expect(await session.startChange('x'.repeat(201))).toBeUndefined();
    const newId = await session.startChange('The end\ntime was wrong.');

    const draft = await getRecord(newId ?? '');
    const signedBefore = signatureNames.filter((n) => valid[n]);
    expect(signedBefore.length).toBeGreaterThan(0);
    expect(draft).toMatchObject({ status: 'draft', supersedes: id, correction: { reason: 'The end time was wrong.', signedBefore } });
    for (const name of signatureNames) expect(draft?.data[name]).toBeNull();
    expect((await getRecord(id))?.supersededBy).toBe(newId);
    // A second change of the same signed version is refused: one correction at a time.
    await expect(startNewVersion(id, { correction: { reason: 'again' } })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('an abandoned correction leaves the signed version in force; finishing it unsigned says "Not signed again"', async () => {
    const id = await signedRecord();
    const correctionId = await startCorrection(id);
    const { page, session } = await openPage(correctionId);
    expect(page.shown.pendingText).toContain('A change is started, not signed yet');
    expect(page.shown.correctionText).toContain('The end time was wrong.');

    // Half-signed and finished: still not in force.
    const half = withSignatures({ ...valid, [textField]: 'Changed' }, (n) => (n === signatureNames[0] ? signed('Ana', '2026-05-12T10:00:00.000Z') : null));
    expect(await session.finish(half)).toBe('finishedBox');
    expect(page.shown).toMatchObject({ finished: true, sealed: false });
    expect(page.shown.notSignedAgainText).toContain('Not signed again');

    expect(await inForceIds()).toEqual([id]);
    expect((await latestRecord(menteeId, def.id))?.id).toBe(id);
    expect((await listRecordsByDate(menteeId, def.id, { limit: 10 })).map((r) => r.id)).toEqual([id]);
    const old = await openPage(id);
    expect(old.page.shown).toMatchObject({ pendingId: correctionId, canChange: false, replacedText: '' });
  });

  it('a correction finished and signed again replaces the signed version; the old one says "Replaced on"', async () => {
    const id = await signedRecord();
    const correctionId = await startCorrection(id);
    const { page, session } = await openPage(correctionId);
    expect(await session.finish(withSignatures(valid, () => null))).toBe('finishedBox');
    expect(await session.reopen()).toBeUndefined(); // not sealed: a plain "Change it"

    const again = signedNow({ ...valid, [textField]: 'Changed' });
    expect(await session.finish(again)).toBe('finishedBox');

    expect(page.shown).toMatchObject({ sealed: true, pendingText: '', notSignedAgainText: '' });
    expect(await inForceIds()).toEqual([correctionId]);
    expect((await latestRecord(menteeId, def.id))?.id).toBe(correctionId);
    const old = await openPage(id);
    expect(old.page.shown.replacedText).toMatch(/^Replaced on \d{1,2} \w+ \d{4}\./);
    expect(old.page.shown).toMatchObject({ newerId: correctionId, canChange: false, finished: true });
    // The history, oldest first: started, signed, finished, changed, signed again, finished.
    const history = page.shown.history.join(' | ');
    expect(history).toMatch(/^Started on [^|]+ \| (The [a-z ]+ signed on [^|]+ \| )+Finished on [^|]+ \| Changed after signing on [^:]+: The end time was wrong\. \| (The [a-z ]+ signed on [^|]+ \| )+Finished on [^|]+$/);
  });

  it('a correction of a correction follows the newest sealed version', async () => {
    const id = await signedRecord();
    const first = await startCorrection(id, 'First change.');
    const one = await openPage(first);
    await one.session.finish(signedNow(valid));
    const second = await startCorrection(first, 'Second change.');

    expect(await inForceIds()).toEqual([first]);
    const two = await openPage(second);
    await two.session.finish(signedNow(valid));
    expect(await inForceIds()).toEqual([second]);
    expect(two.page.shown.history.filter((line) => line.startsWith('Changed after signing'))).toHaveLength(2);
  });
});
