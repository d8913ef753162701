/**
 * Opening a handover file in the supervisor view: the text is checked completely before
 * anything is kept. Never throws; each kind of wrong file gets its own plain message
 * (`words.ts`): too big, not the workbook's, a backup file (not a handover file), made
 * by a newer workbook, damaged, locked (asks for the passphrase), wrong passphrase.
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, MENTOR_ID } from '~/lib/storage';
import { findForbiddenKey } from '~/lib/storage/schema';
import { unlockText } from './crypto';
import { HANDOVER_FORMAT, HANDOVER_FORMAT_VERSION, HandoverSchema, LOCKED_FORMAT, LockedSchema, type HandoverFile, type LockedFile } from './schema';

/** Why a file was not opened. */
export type HandoverProblem = 'too-big' | 'not-ours' | 'backup' | 'newer' | 'damaged' | 'wrong-passphrase';

/** The answer from `readHandoverText`. */
export type ReadResult =
  | { ok: true; handover: HandoverFile; text: string }
  | { ok: 'locked'; locked: LockedFile }
  | { ok: false; problem: HandoverProblem };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Ids once each, and every record's person in the file. */
function crossChecked(file: HandoverFile): boolean {
  if (file.mentor.kind !== 'mentor' || file.mentor.id !== MENTOR_ID) return false;
  const people = new Set([MENTOR_ID]);
  for (const p of file.people) {
    if (p.kind !== 'mentee' || people.has(p.id)) return false;
    people.add(p.id);
  }
  const ids = new Set<string>();
  for (const r of file.records) {
    if (ids.has(r.id) || !people.has(r.personId)) return false;
    ids.add(r.id);
  }
  return true;
}

/** Checks a parsed file of either kind (handover or locked). */
function checkObject(raw: unknown, allowLocked: boolean, text: string): ReadResult {
  if (!isObject(raw)) return { ok: false, problem: 'not-ours' };
  const format = raw['format'];
  if (format === BACKUP_FORMAT) return { ok: false, problem: 'backup' };
  if (format !== HANDOVER_FORMAT && !(allowLocked && format === LOCKED_FORMAT)) return { ok: false, problem: 'not-ours' };
  const version = raw['formatVersion'];
  if (typeof version === 'number' && version > HANDOVER_FORMAT_VERSION) return { ok: false, problem: 'newer' };
  if (findForbiddenKey(raw) !== undefined) return { ok: false, problem: 'damaged' };
  if (format === LOCKED_FORMAT) {
    const locked = v.safeParse(LockedSchema, raw);
    return locked.success ? { ok: 'locked', locked: locked.output } : { ok: false, problem: 'damaged' };
  }
  const parsed = v.safeParse(HandoverSchema, raw, { abortEarly: true });
  if (!parsed.success || !crossChecked(parsed.output)) return { ok: false, problem: 'damaged' };
  return { ok: true, handover: parsed.output, text };
}

function parse(text: string, allowLocked: boolean): ReadResult {
  let raw: unknown;
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    raw = JSON.parse(json);
  } catch {
    const ours = text.trimStart().startsWith('{') && (text.includes(HANDOVER_FORMAT) || text.includes(BACKUP_FORMAT));
    return { ok: false, problem: ours ? 'damaged' : 'not-ours' };
  }
  return checkObject(raw, allowLocked, json);
}

/**
 * Checks a file's text (a handover file, or a locked one that needs its passphrase).
 * @param sizeBytes the file's size (`File#size`); files over 25 MB are refused unread.
 */
export function readHandoverText(text: string, sizeBytes: number): ReadResult {
  if (!(sizeBytes <= MAX_BACKUP_BYTES) || text.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-big' };
  return parse(text, true);
}

/**
 * Opens a locked file with a passphrase.
 * @returns the handover file, 'wrong-passphrase' (or changed bytes: the two look the
 *   same), or 'damaged' when what was inside is not a good handover file.
 */
export async function unlockHandover(locked: LockedFile, passphrase: string): Promise<{ ok: true; handover: HandoverFile; text: string } | { ok: false; problem: HandoverProblem }> {
  const text = await unlockText(locked, passphrase);
  if (text === null) return { ok: false, problem: 'wrong-passphrase' };
  const inside = parse(text, false);
  if (inside.ok === true) return inside;
  return { ok: false, problem: inside.ok === false && inside.problem === 'newer' ? 'newer' : 'damaged' };
}
