/**
 * On-device storage for the workbook: the public API. Records live only in this
 * browser's IndexedDB; nothing is ever sent anywhere. Pages import from here, never
 * from `idb` or the files behind this one.
 *
 * Files: `schema.ts` (the shapes, as valibot schemas), `hooks.ts` (what storage asks
 * of the forms), `connection.ts`, `migrations.ts`, `transactions.ts` (the database),
 * `people.ts`, `mentees.ts`, `passing-average.ts`, `records.ts`, `lists.ts`, `erase.ts`,
 * `backup.ts`, `journal.ts`, `journal-all.ts`, `errors.ts`, `events.ts`.
 * Storage names no form and no field, and writes no page text: errors carry a kind,
 * which `storageProblemText` (`src/lib/storage-words.ts`) puts into words.
 */
export { closeDb, databaseExists } from './connection';
export { MENTOR_ID, MAX_REASON_LENGTH } from './limits';
export type { Person, StoredRecord, BackupRecord } from './schema';
export { configureStorage } from './hooks';
export { StorageError, toStorageError, isQuotaError } from './errors';
export type { StorageErrorKind } from './errors';
export { onStorageEvent } from './events';
export { spaceFor, judgeSpace } from './space';
export type { WorkbookStorageEvent } from './events';
export { getPerson, getMentorProfile, saveMentorProfile } from './people';
export { saveMentorPassingAverage } from './passing-average';
export { addMentee, updatePerson, renameMentee, listMentees, deleteMentee } from './mentees';
export {
  createRecord,
  saveRecord,
  finishRecord,
  reopenRecord,
  getRecord,
  listRecordsForPerson,
  countRecords,
  latestRecord,
  isSealed,
  isSignedAgain,
  isPendingCorrection,
  deleteRecord,
  restoreRecord,
} from './records';
export { listRecordsByDate } from './lists';
export { deleteEverything } from './erase';
export { startNewVersion, versionHistory } from './versions';
export {
  journalKey,
  writeJournal,
  readJournal,
  clearJournal,
  reconcile,
  sameAnswer,
  baseOfChanges,
  withChanges,
} from './journal';
export type { JournalEntry, JournalChange } from './journal';
export { listJournal } from './journal-all';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  backupProblems,
  exportBackup,
  serializeBackup,
  backupFileName,
  parseBackupText,
  planImport,
  applyImport,
  importBackupText,
  readMeta,
  markBackupMade,
  backupReminderDue,
} from './backup';
export type { BackupFile, ImportItem, ImportPlan, ImportSide } from './backup';
export { SUPERVISOR_DB_NAME, listKeptFiles, keepFiles, removeKeptFile, deleteSupervisorStore } from './supervisor';
