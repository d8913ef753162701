/**
 * "Signed means sealed" on the form page, headless: where a record stands among its
 * versions (a correction, one waiting to be signed again, one replaced) and its history
 * in short lines (started, finished, changed after signing, signed), with dates.
 *
 * Reads a record's versions as `versionHistory` gives them (newest first) and keeps only
 * the corrections around it: an earlier plan version ("Change my plan") is a new paper,
 * not a correction, so its story is its own.
 */
import { t } from '~/i18n/form-page';
import { formatLocalDate } from '~/lib/forms/dates';
import { allFields } from '~/lib/forms/fields';
import type { FormDefinition, FormValues, Signer } from '~/lib/forms/types';
import { isPendingCorrection, isSealed, isSignedAgain, type StoredRecord } from '~/lib/storage';

/** Where the record on screen stands, in words for the page ('' shows nothing). */
export interface RecordStory {
  /** Finished and signed: "Change it" starts a correction. */
  sealed: boolean;
  /** "Change it" is offered (not for a version that was replaced or is being changed). */
  canChange: boolean;
  /** On a correction: what was changed and when. */
  correctionText: string;
  /** "A change is started, not signed yet…" (on the correction, and on the signed version it replaces). */
  pendingText: string;
  /** On the signed version: the correction to go on with. */
  pendingId: string;
  /** "Replaced on …": this version is old; `newerId` is the one in force. */
  replacedText: string;
  newerId: string;
  /** "Not signed again": a finished correction that still needs the signatures. */
  notSignedAgainText: string;
  /** The history, oldest first, one short sentence each. */
  history: string[];
}

/** An empty story (a new record, or storage that cannot be read). */
export function emptyStory(): RecordStory {
  return {
    sealed: false,
    canChange: true,
    correctionText: '',
    pendingText: '',
    pendingId: '',
    replacedText: '',
    newerId: '',
    notSignedAgainText: '',
    history: [],
  };
}

/** A stored moment (ISO 8601) as a local date in words: "8 December 2026". */
export function dayOf(iso: string): string {
  return formatLocalDate(new Date(iso));
}

/** The signature fields of a form: every field of kind `signature`. */
export function signatureFields(def: FormDefinition): { name: string; signer: Signer }[] {
  return allFields(def).flatMap((field) => (field.kind === 'signature' ? [{ name: field.name, signer: field.signer }] : []));
}

/** The answers with every signature cleared (a correction asks for them again). */
export function withoutSignatures(def: FormDefinition, data: FormValues): FormValues {
  const out = { ...data };
  for (const { name } of signatureFields(def)) if (name in out) out[name] = null;
  return out;
}

/**
 * The versions that belong to the record's corrections, oldest first: from the
 * record, back while a version is a correction, and forward while the newer one is.
 * @param newestFirst `versionHistory` of the record.
 */
function correctionChain(newestFirst: readonly StoredRecord[], recordId: string): StoredRecord[] {
  const at = newestFirst.findIndex((r) => r.id === recordId);
  if (at < 0) return [];
  let first = at;
  while (first > 0 && newestFirst[first - 1]?.correction) first -= 1;
  let last = at;
  while (newestFirst[last]?.correction && last + 1 < newestFirst.length) last += 1;
  return newestFirst.slice(first, last + 1).reverse();
}

interface Moment {
  at: string;
  text: string;
}

/** The history lines of the versions (oldest first), sorted by when they happened. */
function historyOf(def: FormDefinition, chain: readonly StoredRecord[]): string[] {
  const fields = signatureFields(def);
  const moments: Moment[] = [];
  const first = chain[0];
  if (first) moments.push({ at: first.createdAt, text: t('formPage.history.started', { date: dayOf(first.createdAt) }) });
  for (const version of chain) {
    if (version.correction) {
      moments.push({
        at: version.correction.at,
        text: t('formPage.history.changed', { date: dayOf(version.correction.at), reason: version.correction.reason }),
      });
    }
    for (const { name, signer } of fields) {
      const value = version.data[name];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        moments.push({ at: value.signedAt, text: t(`formPage.history.signed.${signer}`, { date: dayOf(value.signedAt) }) });
      }
    }
    // Records finished before `finishedAt` existed: a finished record changes no more, so its last change is when it was finished.
    const finishedAt = version.finishedAt ?? (version.status === 'finished' && !version.supersededBy ? version.updatedAt : undefined);
    if (version.status === 'finished' && finishedAt) {
      moments.push({ at: finishedAt, text: t('formPage.history.finished', { date: dayOf(finishedAt) }) });
    }
  }
  // Stable: moments at the same time keep their order (a signature before the finish that saved it).
  return moments.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((m) => m.text);
}

/**
 * Where the record stands among its versions, and its history.
 * @param newestFirst `versionHistory(record.id)`: every version, newest first.
 */
export function recordStory(def: FormDefinition, record: StoredRecord, newestFirst: readonly StoredRecord[]): RecordStory {
  const story = emptyStory();
  const chain = correctionChain(newestFirst, record.id);
  story.history = historyOf(def, chain.length > 0 ? chain : [record]);
  story.sealed = isSealed(record);
  const index = chain.findIndex((r) => r.id === record.id);
  const newer = index >= 0 ? chain[index + 1] : undefined;
  if (record.correction) {
    story.correctionText = t('formPage.sealed.correction', { date: dayOf(record.correction.at), reason: record.correction.reason });
    if (isPendingCorrection(record)) story.pendingText = t('formPage.sealed.pending');
    if (record.status === 'finished' && !isSignedAgain(record)) story.notSignedAgainText = t('formPage.sealed.notSignedAgain');
  }
  if (newer?.correction) {
    story.canChange = false;
    if (isPendingCorrection(newer)) {
      story.pendingText = t('formPage.sealed.pending');
      story.pendingId = newer.id;
    } else {
      story.replacedText = t('formPage.sealed.replaced', { date: dayOf(newer.finishedAt ?? newer.correction.at) });
      // The version in force: the newest sealed one of the chain.
      story.newerId = [...chain].reverse().find((r) => r.correction && isSealed(r))?.id ?? newer.id;
    }
  }
  return story;
}
