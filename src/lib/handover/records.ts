/**
 * Records read from a file (a backup from `exportBackup`, or a handover file) as the
 * database would list them: brought up to date by the forms' migrations, with their
 * `date`, and the rule for which version is in force (`isInForceGiven`, storage's own).
 * Headless: the forms' hooks come through storage's hooks (`src/forms/storage-setup.ts`).
 */
import { dateOf, upgraded } from '~/lib/storage/hooks';
import { isInForceGiven } from '~/lib/storage/records';
import type { BackupRecord, StoredRecord } from '~/lib/storage';

/** A file's record, upgraded and with its date. */
function asStored(record: BackupRecord): StoredRecord {
  const next = upgraded(record);
  return { ...next, date: dateOf(next.formId, next.data) };
}

/** The records of a file, upgraded, each with its date, and a way to find the ones in force. */
export interface FileRecords {
  /** Every record (every version), upgraded. */
  all: StoredRecord[];
  /** By id. */
  byId: ReadonlyMap<string, StoredRecord>;
  /** The records in force (see storage's `isInForce`), in file order. */
  inForce: StoredRecord[];
}

/** Reads a file's records (see `FileRecords`). */
export function fileRecords(records: readonly BackupRecord[]): FileRecords {
  const all = records.map(asStored);
  const byId = new Map(all.map((r) => [r.id, r]));
  const inForce = all.filter((r) => isInForceGiven(r, r.supersededBy === undefined ? undefined : byId.get(r.supersededBy)));
  return { all, byId, inForce };
}

/** Every version linked to `id` (earlier and later), `id` included: a record's history. */
export function versionChain(id: string, byId: ReadonlyMap<string, Pick<StoredRecord, 'supersedes' | 'supersededBy'>>): string[] {
  const out = new Set<string>();
  const walk = (start: string | undefined, step: (r: Pick<StoredRecord, 'supersedes' | 'supersededBy'>) => string | undefined): void => {
    let at = start;
    while (at !== undefined && !out.has(at) && byId.has(at)) {
      out.add(at);
      const record = byId.get(at);
      at = record ? step(record) : undefined;
    }
  };
  walk(id, (r) => r.supersedes);
  out.delete(id);
  walk(id, (r) => r.supersededBy);
  return [...out];
}
