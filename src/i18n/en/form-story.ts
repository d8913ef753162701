/**
 * Signed means sealed: the correction step, the notices and the history of a form, and
 * the "changed after signing" block of its paper copy. Apart from `formPage`, so a form
 * page loads them only once a saved record is open (`~/i18n/form-story`). In a file of
 * their own: a module's words are loaded with it.
 */
export const formStory = {
  // Signed means sealed: "Change it" on a finished, signed form starts a correction.
  'formStory.sealed.question': 'This form is signed. What did you change?',
  'formStory.sealed.hint':
    'Write it in one line. The signed copy stays. The new copy needs both signatures again.',
  'formStory.sealed.start': 'Start the change',
  'formStory.sealed.cancel': 'Do not change it',
  'formStory.sealed.reasonMissing': 'Write what you changed, in one line.',
  'formStory.sealed.reasonTooLong': 'Write it shorter: {max} letters at most.',
  // `date`: "8 December 2026"; `reason`: what the person wrote.
  'formStory.sealed.correction': 'This is a change to a signed form. Changed on {date}: {reason}',
  'formStory.sealed.pending':
    'A change is started, not signed yet. Until both people sign it again, the signed copy counts.',
  'formStory.sealed.goOn': 'Go on with the change',
  'formStory.sealed.notSignedAgain': 'Not signed again. Press "Change it" and ask both people to sign again.',
  'formStory.sealed.replaced': 'Replaced on {date}. This is an old copy. The new copy counts.',
  'formStory.sealed.seeNew': 'See the new copy',
  // The history of a form, oldest first. `date`: "8 December 2026".
  'formStory.history.title': 'What happened to this form',
  'formStory.history.started': 'Started on {date}.',
  'formStory.history.finished': 'Finished on {date}.',
  'formStory.history.changed': 'Changed after signing on {date}: {reason}',
  'formStory.history.signed.mentee': 'The mentee signed on {date}.',
  'formStory.history.signed.mentor': 'The peer mentor signed on {date}.',
  'formStory.history.signed.supervisor': 'The supervisor signed on {date}.',
  'formStory.history.signed.council': 'Council staff signed on {date}.',
  // The paper copy of a changed form.
  'formStory.paper.changedTitle': 'Changed after signing',
  'formStory.paper.changedOn': 'This form was changed after it was signed, on {date}.',
  'formStory.paper.changedWhat': 'What was changed: {reason}',
  'formStory.paper.signedAgain': 'Signed again by everyone who signed before.',
  'formStory.paper.notSignedAgain': 'Not signed again.',
  'formStory.paper.pending': 'A change is started, not signed yet. This signed copy still counts.',
  'formStory.paper.replaced': 'Replaced on {date}. This is an old copy.',
} as const;
