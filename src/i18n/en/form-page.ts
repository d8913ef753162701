/**
 * A form on screen: saving, errors, recovery, finish, delete. Used by
 * `src/lib/session` (what the page says) and `FormView.astro` (the delete box).
 * Browser code reads them through `~/i18n/form-page`.
 */
export const formPage = {
  // Everything was deleted in another tab (the other storage problems are `storage.save.*` and `storage.open.*`).
  'formPage.personGone':
    'The mentee of this form is not on this tablet any more. They may have been removed in another tab. Your typing is still on screen. Save a backup file of this form now. Later, open the file in Settings to put the mentee and this form back.',
  'formPage.deletedEverywhere':
    'Everything on this tablet was deleted in another tab. What you typed is still on screen, but it is not saved. Print it or save a backup file if you need it.',
  'formPage.notFound': 'We could not find this form. It may have been deleted.',
  // The "Not saved" box and the status line.
  'formPage.storageTitle.notSaved': 'Not saved',
  'formPage.storageTitle.updated': 'The workbook was updated',
  'formPage.saved': 'Saved',
  'formPage.saving': 'Saving…',
  'formPage.notSaved': 'Not saved. Read the message at the top of the form.',
  'formPage.stillNotSaved': 'Still not saved. Read the message at the top of the form.',
  'formPage.conflictStatus': 'Not saved. This form was changed in another tab. Choose which one to keep.',
  'formPage.tookTheirs': 'You are now looking at the version from the other tab.',
  // Unsaved work from an earlier visit. `moment`: "Sunday 22 November at 2:05 pm".
  'formPage.recovery': 'We found your unsaved work from {moment}. Keep it?',
  // Under it, for each answer keeping it would change: the question, then these two lines. `answer`: the answer in words.
  'formPage.recovery.changes': 'Keeping it changes these answers:',
  'formPage.recovery.saved': 'Saved now: {answer}',
  'formPage.recovery.unsaved': 'Your unsaved work: {answer}',
  'formPage.recovery.nothing': 'nothing',
  // "Save a backup file" of this one form.
  'formPage.backupSaved':
    'The backup file is saved. It is called {fileName}. Look for it in your Downloads. To put this form back, open the file in Settings.',
  'formPage.backupFailed': 'This tablet would not save the file. Please print this form instead.',
  // Deleting this record on purpose. `noun`: "meeting"; `name`: "the meeting on 3 May 2026".
  'formPage.delete.title': 'Delete',
  'formPage.delete.button': 'Delete this {noun}',
  'formPage.delete.buttonBeforeScript': 'Delete this form',
  'formPage.delete.question': 'Delete {name}?',
  'formPage.delete.text':
    'This deletes it from this tablet, with all its answers and signatures. You can undo it while this page is open.',
  'formPage.delete.yes': 'Yes, delete it',
  'formPage.delete.no': 'No, keep it',
  // `problem`: what storage said went wrong.
  'formPage.delete.failed': '{problem} Nothing was deleted.',
  'formPage.delete.done': '{name} is deleted from this tablet.',
  'formPage.delete.undo': 'Undo',
  'formPage.delete.undoFailed': 'We could not undo it. {problem}',
  'formPage.delete.undone': 'It is back. Nothing was lost.',
} as const;

