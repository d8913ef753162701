/**
 * Storage errors, each with an Easy Read message that says what happened and what to
 * do. Every function in `src/lib/storage` that fails throws a `StorageError`, never a
 * raw `DOMException`, so the page can show `error.message` as it is.
 */
import type { StoredRecord } from './db';

/** What went wrong, in a word the page can act on. */
export type StorageErrorKind =
  | 'unavailable'
  | 'quota'
  | 'blocked'
  | 'version-changed'
  | 'conflict'
  | 'not-found'
  | 'unknown';

/** The Easy Read message for each kind: what happened, then what to do. */
export const storageErrorMessages: Readonly<Record<StorageErrorKind, string>> = {
  unavailable:
    'This tablet will not let the workbook save right now. Your typing is still on screen. Reload the page. If it still does not work, print this form or ask your supervisor for help.',
  quota:
    'This tablet is full. Your typing is still on screen. Save a backup file or print this form now.',
  blocked:
    'The workbook is open in another tab. Please close the workbook in your other tabs. Then try again.',
  'version-changed':
    'The workbook was updated. Please reload the page. Your saved work is safe.',
  conflict:
    'This form was changed in another tab. Your typing is still on screen. Look at both and choose which one to keep.',
  'not-found':
    'We could not find this. It may have been deleted.',
  unknown:
    'Something went wrong. This was not saved. Your typing is still on screen. Please try again.',
};

/** An error from on-device storage. `message` is Easy Read and safe to show. */
export class StorageError extends Error {
  /** What went wrong. */
  readonly kind: StorageErrorKind;
  /** For `conflict`: the newer record that is stored now. */
  readonly record: StoredRecord | undefined;

  /** Makes an error of this kind; `cause` keeps the original error for developers. */
  constructor(kind: StorageErrorKind, options: { cause?: unknown; record?: StoredRecord } = {}) {
    super(storageErrorMessages[kind], options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.record = options.record;
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
