/**
 * The database layout and the steps that build it, version by version.
 *
 * ## Layout (database `peer-mentor-workbook`, version 5)
 *
 * - `people` (key `id`): `Person` (shapes in `schema.ts`).
 * - `records` (key `id`): `StoredRecord`. Indexes:
 *   `by-person-updated` [personId, updatedAt] (a person's records, newest first with a
 *   reverse cursor), `by-form` formId, `by-person-form` [personId, formId],
 *   `by-person-form-date` [personId, formId, date] (a person's records of one form by
 *   their own date, for `listRecordsByDate`), and the two that hold only the few records
 *   that may not be in force (see `records.ts`), so `countRecords` counts without reading
 *   every record: `by-person-form-correction` [personId, formId, correction.at] (the
 *   corrections) and `by-person-form-replaced` [personId, formId, supersededBy] (versions
 *   that were replaced). IndexedDB leaves a record out of an index when a part of its key
 *   is missing, so records with neither are in neither.
 * - `meta` (out-of-line string keys): `lastChangeAt`, `lastBackupAt` (ISO 8601 strings).
 *
 * ## Migration rules
 *
 * - `upgradeSteps[n]` takes the database from version n to n + 1; `DB_VERSION` is
 *   `upgradeSteps.length`. A shipped step is only ever changed to do less (see v3): add
 *   a new step for anything new.
 * - All steps from the old version to the new one run in the single `versionchange`
 *   transaction. If any step throws, the transaction is aborted: the database stays at
 *   its old version with its data untouched, and opening fails.
 * - Steps may only await IndexedDB requests (never timers or fetches), or the
 *   transaction would commit early. The storage hooks are synchronous, so steps may
 *   call them.
 * - Storage names no form and no form field. Records keep the `formVersion` they were
 *   made with; form data migrations belong to the forms (the `upgradeRecord` hook), not
 *   to these steps.
 *
 * v1: `people`, `records` with index `by-form`.
 * v2: adds `meta`, the indexes `by-person-updated` and `by-person-form`, and seeds
 *     `meta.lastChangeAt` from the newest stored change.
 * v3: does nothing now. As shipped, it added the index `by-person-meeting-date` on
 *     [personId, one form's meeting-date answer]: storage naming one form's
 *     field. Databases made since skip it, and v4 deletes that index where it exists, so
 *     a database at version 3 with or without it ends up the same at version 4.
 * v4: adds `date` to every record (from the `recordDate` hook, on the answers brought up
 *     to date by the `upgradeRecord` hook; nothing else of the record changes), adds the
 *     index `by-person-form-date` [personId, formId, date], and deletes
 *     `by-person-meeting-date` if it exists.
 * v5: adds the indexes `by-person-form-correction` and `by-person-form-replaced` (built by
 *     the browser from what is stored; no record changes).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { dateOf, upgraded } from './hooks';
import type { Person, StoredRecord } from './schema';

/** The database layout, for `idb`'s types. */
export interface WorkbookDB extends DBSchema {
  people: { key: string; value: Person };
  records: {
    key: string;
    value: StoredRecord;
    indexes: {
      'by-person-updated': [string, string];
      'by-form': string;
      'by-person-form': [string, string];
      'by-person-form-date': [string, string, string];
      'by-person-form-correction': [string, string, string];
      'by-person-form-replaced': [string, string, string];
    };
  };
  meta: { key: string; value: string };
}

/** An open connection. */
export type WorkbookDatabase = IDBPDatabase<WorkbookDB>;
/** The `versionchange` transaction an upgrade step runs in. */
type UpgradeTransaction = IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'versionchange'>;
/** One upgrade step: from version n to n + 1. May only await IndexedDB requests. */
export type UpgradeStep = (db: WorkbookDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** The index v3 used to add; v4 deletes it. Not in `WorkbookDB`: the code never reads it. */
const OLD_MEETING_INDEX = 'by-person-meeting-date';

/** v0 → v1: people, and records with the by-form index. */
const v1: UpgradeStep = (db) => {
  db.createObjectStore('people', { keyPath: 'id' });
  const records = db.createObjectStore('records', { keyPath: 'id' });
  records.createIndex('by-form', 'formId');
};

/** v1 → v2: meta, the person indexes, and `lastChangeAt` seeded from the data. */
const v2: UpgradeStep = async (db, tx) => {
  db.createObjectStore('meta');
  const records = tx.objectStore('records');
  records.createIndex('by-person-updated', ['personId', 'updatedAt']);
  records.createIndex('by-person-form', ['personId', 'formId']);
  let latest = '';
  for (const storeName of ['people', 'records'] as const) {
    let cursor = await tx.objectStore(storeName).openCursor();
    while (cursor) {
      if (cursor.value.updatedAt > latest) latest = cursor.value.updatedAt;
      cursor = await cursor.continue();
    }
  }
  if (latest !== '') await tx.objectStore('meta').put(latest, 'lastChangeAt');
};

/** v2 → v3: nothing any more (see the module comment). */
const v3: UpgradeStep = () => undefined;

/** The answers to take a record's date from: upgraded, or as stored if the upgrade fails (never block opening). */
function answersForDate(record: StoredRecord): StoredRecord['data'] {
  try {
    return upgraded(record).data;
  } catch (error) {
    console.error(`Could not upgrade record ${record.id} to work out its date`, error);
    return record.data;
  }
}

/** v3 → v4: every record gets its `date`; records by person, form and date; the old meetings index goes. */
const v4: UpgradeStep = async (_db, tx) => {
  const records = tx.objectStore('records');
  let cursor = await records.openCursor();
  while (cursor) {
    const record = cursor.value;
    await cursor.update({ ...record, date: dateOf(record.formId, answersForDate(record)) });
    cursor = await cursor.continue();
  }
  records.createIndex('by-person-form-date', ['personId', 'formId', 'date']);
  if ((records.indexNames as DOMStringList).contains(OLD_MEETING_INDEX)) records.deleteIndex(OLD_MEETING_INDEX);
};

/** v4 → v5: the records that may not be in force, by person and form (corrections, and versions that were replaced). */
const v5: UpgradeStep = (_db, tx) => {
  const records = tx.objectStore('records');
  records.createIndex('by-person-form-correction', ['personId', 'formId', 'correction.at']);
  records.createIndex('by-person-form-replaced', ['personId', 'formId', 'supersededBy']);
};

/** The upgrade steps in order: `upgradeSteps[n]` goes from version n to n + 1. */
export const upgradeSteps: readonly UpgradeStep[] = [v1, v2, v3, v4, v5];

/** The current schema version. */
export const DB_VERSION = upgradeSteps.length;
