/**
 * On-device storage: what went wrong and what to do.
 *
 * - `storage.<kind>`: a StorageError of that kind anywhere (`storageProblemText(error)`).
 * - `storage.save.<kind>`: saving the form on screen failed (`storageProblemText(error, 'save')`).
 * - `storage.open.*`: the form page could not open storage at all (`storageProblemText(error, 'open')`).
 * - `storage.backup.*`: why a backup file was not opened (`parseBackupText`), in `storage-backup.ts`.
 */
export const storage = {
  'storage.unavailable':
    'This tablet will not let the workbook save right now. The browser may be set to block saving for this site. Reload the page. If it still does not work, ask your supervisor for help.',
  'storage.quota': 'This tablet is full. Your typing is still on screen. Save a backup file or print this form now.',
  'storage.blocked': 'The workbook is open in another tab. Please close the workbook in your other tabs. Then try again.',
  'storage.version-changed': 'The workbook was updated. Please reload the page. Your saved work is safe.',
  'storage.conflict':
    'This form was changed in another tab. Your typing is still on screen. Look at both and choose which one to keep.',
  'storage.not-found': 'We could not find this. It may have been deleted.',
  'storage.unknown': 'Something went wrong. This was not saved. Your typing is still on screen. Please try again.',
  'storage.wiped':
    'The work saved on this tablet is gone. The tablet deleted it. This can happen when the tablet is full.',
  'storage.wiped.lastBackup': 'To get your work back, open your last backup file in Settings. It is from {moment}.',
  'storage.wiped.noBackup': 'There is no backup file to get it back. Please ask your supervisor for help.',

  'storage.save.unavailable':
    'This tablet will not let the workbook save right now. Your typing is still on screen. Print this form or save a backup file now. Then try again.',
  'storage.save.quota':
    'This tablet is full. Your work was not saved. Your typing is still on screen. Print this form or save a backup file now.',
  'storage.save.blocked':
    'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again".',
  'storage.save.version-changed': 'The workbook was updated. Please reload the page. Your typing is kept on this tablet.',
  'storage.save.conflict': 'This form was changed in another tab. Your typing is still on screen.',
  'storage.save.not-found':
    'This form is not on this tablet any more. It may have been deleted in another tab. Your typing is still on screen. To keep it, press "Try to save again".',
  'storage.save.wiped':
    'The work saved on this tablet is gone. The tablet deleted it. This can happen when the tablet is full. Your typing on screen is still here. Save a backup file of this form or print it now.',
  'storage.save.unknown':
    'Something went wrong. Your work was not saved. Your typing is still on screen. Print this form or save a backup file. Then try again.',

  'storage.open.blocked':
    'The workbook is open in another tab. Please close the workbook in your other tabs. Then press "Try to save again". You can fill in this form now, but it is not saved yet.',
  'storage.open.version-changed': 'The workbook was updated. Please reload the page.',
  'storage.open.other':
    'The workbook cannot save on this tablet right now. You can still fill in this form, but it is not saved. Print it or save a backup file before you close this page.',
} as const;
