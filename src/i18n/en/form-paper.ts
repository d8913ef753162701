/**
 * The paper copies' words (`src/scripts/paper-view.ts`, `src/components/form/PaperForm.astro`):
 * the `forms.paper.*` words, an area file of their own so that only the paper pages carry them
 * (every records page carries the rest of the forms' words).
 */
export const formPaper = {
  'forms.paper.finished': 'Finished',
  'forms.paper.notFinished': 'Not finished yet',
  'forms.paper.finishedNotSigned': 'Finished, changed after signing, not signed again',
  'forms.paper.chosen': 'Chosen:',
  'forms.paper.notChosen': 'Not chosen:',
  'forms.paper.drawn': '{label}, drawn',
  'forms.paper.nothingSaved': 'There is nothing saved to print yet. This is a blank form.',
  // One saved record on the page, or several (`count`); `name`: the person they belong to.
  'forms.paper.savedOne': 'This is the saved form. Press Print to print it.',
  'forms.paper.savedOneFor': 'This is the saved form for {name}. Press Print to print it.',
  'forms.paper.savedMany': {
    one: 'This is {count} saved form, oldest first. It prints on its own page.',
    other: 'These are {count} saved forms, oldest first. Each one prints on its own page.',
  },
  'forms.paper.savedManyFor': {
    one: 'This is {count} saved form for {name}, oldest first. It prints on its own page.',
    other: 'These are {count} saved forms for {name}, oldest first. Each one prints on its own page.',
  },
  'forms.paper.documentTitle': '{title} – Peer Mentor Workbook',
  'forms.paper.blankHeading': 'Blank form to fill in',
  'forms.paper.agency': 'Agency',
  /** On the paper copy, under a plain question or choice: the form's own words. */
  'forms.paper.official': 'Form words: {words}',
  'forms.paper.status': 'Status',
  'forms.paper.onlyIf': 'Only if you chose: {choices}',
  'forms.paper.or': 'or',
  'forms.paper.signer.mentee': 'Mentee',
  'forms.paper.signer.mentor': 'Peer mentor',
  'forms.paper.signer.supervisor': 'Supervisor',
  'forms.paper.signer.council': 'Council staff',
  'forms.paper.signerDate': '{signer} · Date',
} as const;
