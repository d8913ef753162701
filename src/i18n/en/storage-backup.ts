/**
 * Why a backup file was not opened (`parseBackupText`): the `storage.backup.*` words, an area file
 * of their own so that only the backup code (loaded when a file is opened) carries them.
 */
export const storageBackup = {
  'storage.backup.tooBig': 'This file is too big. The biggest file the workbook can open is {megabytes} MB.',
  'storage.backup.notBackup': 'This is not a workbook backup file.',
  'storage.backup.newer': 'This backup was made by a newer version of the workbook. Please update the workbook first.',
  'storage.backup.damaged': 'This backup file is damaged: {part}.',
  'storage.backup.part.wholeFile': 'the whole file',
  'storage.backup.part.cutShort': 'the file is cut short or broken',
  'storage.backup.part.formatVersion': 'the format version',
  'storage.backup.part.part': 'the part "{part}"',
  'storage.backup.part.namedPart': 'it has a part named "{part}"',
  'storage.backup.part.tooManyPeople': { one: 'it has more than {count} person', other: 'it has more than {count} people' },
  'storage.backup.part.tooManyRecords': { one: 'it has more than {count} record', other: 'it has more than {count} records' },
  'storage.backup.part.mentor': 'the mentor profile',
  'storage.backup.part.mentorPart': 'the mentor profile, the part "{part}"',
  'storage.backup.part.person': 'person {number}',
  'storage.backup.part.personPart': 'person {number}, the part "{part}"',
  'storage.backup.part.personTwice': 'person {number} is in the file twice',
  'storage.backup.part.record': 'record {number}',
  'storage.backup.part.recordPart': 'record {number}, the part "{part}"',
  'storage.backup.part.recordAnswer': 'record {number}, the answer "{answer}"',
  'storage.backup.part.recordTwice': 'record {number} is in the file twice',
  'storage.backup.part.recordWithoutPerson': 'record {number} belongs to a person who is not in the file',
} as const;
