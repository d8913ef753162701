/**
 * The limits and patterns of what storage holds, and the checks that run on every read,
 * without valibot. `schema.ts` builds its valibot schemas from these; it is loaded only
 * where whole shapes are checked: saves, journal entries found on opening a form, "Undo"
 * after deleting, backup and handover files. A page that only reads records (a form
 * opening, a list) does not load valibot.
 *
 * The one check here that a schema also makes, `isSignature`, is the `SignatureSchema`
 * rule written out by hand (a signature is read for every answer of every record a list
 * or summary shows); `tests/unit/storage/limits.test.ts` holds the two to the same answers.
 */

/** The id of the one mentor profile (the user). */
export const MENTOR_ID = 'mentor';

/** The `format` value every backup file has. */
export const BACKUP_FORMAT = 'peer-mentor-workbook-backup';
/** The backup format this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The biggest backup file the workbook opens: 25 MB. Measured (tests/unit/storage/backup-size.test.ts):
 * a record with ten ordinary answers is about 0.7 KB, so 5,000 such records are about
 * 3.3 MB and 25 MB holds about 37,000 of them. Drawn signatures are what fill it: one
 * finger-drawn signature (signature_pad SVG, base64) is about 30 KB, so 5,000 records
 * with one drawn signature each are about 150 MB, and 25 MB holds only about 830 of them.
 * Typed signatures cost next to nothing.
 */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;
/** The most records one backup may hold. */
export const MAX_BACKUP_RECORDS = 100_000;
/** The longest name (person, agency, supervisor, typed signature). */
export const MAX_NAME_LENGTH = 200;
/** The longest text answer or note. */
export const MAX_TEXT_LENGTH = 20_000;
/** The longest drawn-signature data URL. */
export const MAX_SIGNATURE_LENGTH = 200_000;
/** The most answers one record may hold. */
export const MAX_ANSWERS = 1_000;
/** The most ticked choices in one checkbox answer. */
export const MAX_CHOICES = 200;
/** The highest form version. */
export const MAX_FORM_VERSION = 10_000;
/** The longest reason for a correction ("What did you change?"): one line. */
export const MAX_REASON_LENGTH = 200;

/** Keys that must never appear anywhere in parsed input (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Form ids: kebab-case, like `my-form`. */
export const FORM_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
/** Ids: UUIDs or other short tokens. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** Answer keys (field names): camelCase, starting with a letter. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** An ISO 8601 date or date-time (`isIsoDate` also asks for a real date). */
export const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** The longest ISO date text. */
export const MAX_ISO_LENGTH = 40;
const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A drawn signature's value: an SVG or PNG image as a base64 data URL. */
export const DRAWN_PATTERN = /^data:image\/(?:svg\+xml|png);base64,[A-Za-z0-9+/]*={0,2}$/;

/** True for a real calendar date written 'YYYY-MM-DD' (no 31 February). */
export function isCalendarDate(s: string): boolean {
  const m = CALENDAR_DATE_PATTERN.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** An ISO 8601 date or date-time that is a real date (the schemas' `IsoDateSchema`). */
function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && s.length <= MAX_ISO_LENGTH && ISO_PATTERN.test(s) && !Number.isNaN(Date.parse(s));
}

/** A signature as stored: drawn (an image data URL) or typed (a name), with when it was signed. */
export interface Signature {
  kind: 'drawn' | 'typed';
  value: string;
  signedAt: string;
}

const SIGNATURE_KEYS: ReadonlySet<string> = new Set(['kind', 'value', 'signedAt']);

/**
 * True when `value` is a signature by the one signature rule (`SignatureSchema`): exactly
 * `kind`, `value` and `signedAt`; drawn, an image data URL of at most 200,000 characters;
 * typed, at most 200 characters; signed at a real ISO date.
 */
export function isSignature(value: unknown): value is Signature {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.some((key) => !SIGNATURE_KEYS.has(key))) return false;
  const { kind, value: text, signedAt } = value as Record<string, unknown>;
  if ((kind !== 'drawn' && kind !== 'typed') || typeof text !== 'string' || text.length > MAX_SIGNATURE_LENGTH) return false;
  if (!isIsoDate(signedAt)) return false;
  return kind === 'drawn' ? DRAWN_PATTERN.test(text) : text.length <= MAX_NAME_LENGTH;
}

/**
 * The first `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON, or
 * undefined. Iterative, so deep nesting cannot overflow the stack; safe on cycles.
 */
export function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return undefined;
}

/**
 * `JSON.parse` that refuses `__proto__`, `constructor` and `prototype` keys at any
 * depth (throws `SyntaxError` for those too). `JSON.parse` makes such keys plain own
 * properties; they are refused so that no later code can ever treat them as prototypes.
 */
export function parseJsonSafely(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const key = findForbiddenKey(value);
  if (key !== undefined) throw new SyntaxError(`JSON has a key named "${key}"`);
  return value;
}
