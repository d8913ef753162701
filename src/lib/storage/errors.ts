/**
 * Storage errors. Every function in `src/lib/storage` that fails throws a `StorageError`,
 * never a raw `DOMException`. It says what went wrong as a `kind`; the page turns the
 * kind into Easy Read words with `storageProblemText` (`src/lib/storage-words.ts`).
 * `message` is for developers (consoles, logs, test failures) and is never shown.
 */
import type { StoredRecord } from './schema';

/**
 * What went wrong, in a word the page can act on. The word is also the developer message
 * (`storage: quota`): no sentences for developers ship to the browser.
 * - `unavailable`: IndexedDB cannot be used (private mode, storage blocked, or a broken disk).
 * - `quota`: storage is full (quota exceeded).
 * - `blocked`: another tab keeps an older version of the database open.
 * - `version-changed`: another tab upgraded or deleted the database, or it is newer than this code.
 * - `conflict`: the stored revision differs from the expected one (changed in another tab).
 * - `not-found`: no such record or person.
 * - `wiped`: the database is empty or missing although this tablet saved data before (see health.ts).
 * - `unknown`: storage failed (see `cause`).
 */
export type StorageErrorKind =
  | 'unavailable'
  | 'quota'
  | 'blocked'
  | 'version-changed'
  | 'conflict'
  | 'not-found'
  | 'wiped'
  | 'unknown';

/** An error from on-device storage. Show `storageProblemText(error)`, never `message`. */
export class StorageError extends Error {
  /** What went wrong. */
  readonly kind: StorageErrorKind;
  /** For `conflict`: the newer record that is stored now. */
  readonly record: StoredRecord | undefined;
  /** For `wiped`: when the last full backup file was made (undefined: never, or unknown). */
  readonly lastBackupAt: string | undefined;

  /** Makes an error of this kind; `cause` keeps the original error for developers. */
  constructor(kind: StorageErrorKind, options: { cause?: unknown; record?: StoredRecord; lastBackupAt?: string | undefined } = {}) {
    super(`storage: ${kind}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.record = options.record;
    this.lastBackupAt = options.lastBackupAt;
  }
}

/** Names and codes browsers use for "the disk is full". */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_CODES = new Set([22, 1014]);
/** Names browsers use when IndexedDB cannot be used at all (private mode, blocked storage, broken disk). */
const UNAVAILABLE_NAMES = new Set(['InvalidStateError', 'UnknownError', 'SecurityError']);

function nameOf(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const name = (e as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function codeOf(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * True for "storage is full" errors from any browser: matched by name
 * (`QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED`) and by legacy code
 * (22, Firefox 1014), because old engines set only one of them.
 */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  const code = codeOf(e);
  return code !== undefined && QUOTA_CODES.has(code);
}

/** Turns anything thrown into a `StorageError`, keeping the original as `cause`. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuotaError(e)) return new StorageError('quota', { cause: e });
  const name = nameOf(e);
  if (name === 'VersionError') return new StorageError('version-changed', { cause: e });
  if (name !== undefined && UNAVAILABLE_NAMES.has(name)) return new StorageError('unavailable', { cause: e });
  if (e instanceof ReferenceError && /indexedDB/i.test(e.message)) return new StorageError('unavailable', { cause: e });
  return new StorageError('unknown', { cause: e });
}
