/**
 * "Signed means sealed" on the form page, headless: where a record stands among its
 * versions (a correction, one waiting to be signed again, one replaced) and its history
 * in short lines (started, finished, changed after signing, signed), with dates.
 *
 * Reads a record's versions as `versionHistory` gives them (newest first) and keeps only
 * the corrections around it: an earlier plan version ("Change my plan") is a new paper,
 * not a correction, so its story is its own. Form pages load this module (and its
 * words) only once a saved record is open; the plain parts are in `story.ts`.
 */
import { t } from '~/i18n/form-story';
import { formatLocalDate } from '~/lib/forms/dates';
import type { FormDefinition } from '~/lib/forms/types';
import { isPendingCorrection, isSealed, isSignedAgain, startNewVersion, versionHistory, type StoredRecord } from '~/lib/storage';
import { emptyStory, signatureFields, withoutSignatures, type RecordStory } from './story';

/** A stored moment (ISO 8601) as a local date in words: "8 December 2026". */
export function dayOf(iso: string): string {
  return formatLocalDate(new Date(iso));
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
  if (first) moments.push({ at: first.createdAt, text: t('formStory.history.started', { date: dayOf(first.createdAt) }) });
  for (const version of chain) {
    if (version.correction) {
      moments.push({
        at: version.correction.at,
        text: t('formStory.history.changed', { date: dayOf(version.correction.at), reason: version.correction.reason }),
      });
    }
    for (const { name, signer } of fields) {
      const value = version.data[name];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        moments.push({ at: value.signedAt, text: t(`formStory.history.signed.${signer}`, { date: dayOf(value.signedAt) }) });
      }
    }
    // Records finished before `finishedAt` existed: a finished record changes no more, so its last change is when it was finished.
    const finishedAt = version.finishedAt ?? (version.status === 'finished' && !version.supersededBy ? version.updatedAt : undefined);
    if (version.status === 'finished' && finishedAt) {
      moments.push({ at: finishedAt, text: t('formStory.history.finished', { date: dayOf(finishedAt) }) });
    }
  }
  // Stable: moments at the same time keep their order (a signature before the finish that saved it).
  return moments.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((m) => m.text);
}

/**
 * Where the record stands among its versions, and its history.
 * @param newestFirst `versionHistory(record.id)`: every version, newest first.
 */
function recordStory(def: FormDefinition, record: StoredRecord, newestFirst: readonly StoredRecord[]): RecordStory {
  const story = emptyStory();
  const chain = correctionChain(newestFirst, record.id);
  story.history = historyOf(def, chain.length > 0 ? chain : [record]);
  story.sealed = isSealed(record);
  const index = chain.findIndex((r) => r.id === record.id);
  const newer = index >= 0 ? chain[index + 1] : undefined;
  if (record.correction) {
    story.correctionText = t('formStory.sealed.correction', { date: dayOf(record.correction.at), reason: record.correction.reason });
    if (isPendingCorrection(record)) story.pendingText = t('formStory.sealed.pending');
    if (record.status === 'finished' && !isSignedAgain(record)) story.notSignedAgainText = t('formStory.sealed.notSignedAgain');
  }
  if (newer?.correction) {
    story.canChange = false;
    if (isPendingCorrection(newer)) {
      story.pendingText = t('formStory.sealed.pending');
      story.pendingId = newer.id;
    } else {
      story.replacedText = t('formStory.sealed.replaced', { date: dayOf(newer.finishedAt ?? newer.correction.at) });
      // The version in force: the newest sealed one of the chain.
      story.newerId = [...chain].reverse().find((r) => r.correction && isSealed(r))?.id ?? newer.id;
    }
  }
  return story;
}

/** The story of a stored record, with its versions read from storage (only this record when they cannot be read). */
export async function loadStory(def: FormDefinition, record: StoredRecord): Promise<RecordStory> {
  try {
    return recordStory(def, record, await versionHistory(record.id));
  } catch {
    // The history is extra: without it the form still works.
    return recordStory(def, record, [record]);
  }
}

/**
 * Makes a correction of a sealed record: a new draft with every signature field cleared
 * (found by field kind) and the reason.
 * @returns the new draft.
 * @throws StorageError `conflict` when a change is started already or the record is not sealed.
 */
export function startCorrection(def: FormDefinition, record: StoredRecord, reason: string): Promise<StoredRecord> {
  return startNewVersion(record.id, { data: withoutSignatures(def, record.data), correction: { reason } });
}

/** The words for a reason that cannot be taken ('' when it can): missing, or too long. */
export function reasonProblem(line: string, max: number): string {
  if (!line) return t('formStory.sealed.reasonMissing');
  return line.length > max ? t('formStory.sealed.reasonTooLong', { max }) : '';
}
