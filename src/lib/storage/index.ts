/**
 * On-device storage for the workbook: the public API. Records live only in this
 * browser's IndexedDB; nothing is ever sent anywhere. Pages import from here, never
 * from `idb` or the files behind this one.
 */
export { DB_NAME, DB_VERSION, MENTOR_ID, closeDb } from './db';
export type { Person, StoredRecord, MetaKey } from './db';
export { StorageError, storageErrorMessages, toStorageError, isQuotaError } from './errors';
export type { StorageErrorKind } from './errors';
export { onStorageEvent } from './events';
export type { WorkbookStorageEvent, StorageEventListener } from './events';
export {
  addMentee,
  updatePerson,
  renameMentee,
  getPerson,
  listMentees,
  deleteMentee,
  getMentorProfile,
  saveMentorProfile,
} from './people';
export type { PersonChanges, DeletedCounts } from './people';
export {
  createRecord,
  saveRecord,
  finishRecord,
  reopenRecord,
  getRecord,
  listRecordsForPerson,
  listMeetings,
  countRecords,
  latestRecord,
  startNewVersion,
  versionHistory,
  deleteRecord,
  restoreRecord,
  deleteEverything,
} from './records';
export type { NewRecord, ListOptions } from './records';
export {
  JOURNAL_PREFIX,
  journalKey,
  writeJournal,
  readJournal,
  listJournal,
  clearJournal,
  reconcile,
  sameAnswers,
} from './journal';
export type { JournalEntry, Reconciliation } from './journal';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_RECORDS,
  backupProblems,
  exportBackup,
  serializeBackup,
  backupFileName,
  parseBackupText,
  planImport,
  applyImport,
  importBackupText,
  decideMerge,
  readMeta,
  markBackupMade,
  backupReminderDue,
} from './backup';
export type { BackupFile, ParseBackupResult, ExportOptions, ImportPlan, FormImportCounts, MergeDecision, WorkbookMeta } from './backup';
export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_SIGNATURE_LENGTH } from './backup-schema';
