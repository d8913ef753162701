/**
 * What is wrong with an answer, shown after "Finish" (`src/lib/forms/to-schema.ts`): the
 * `forms.answer.*` words, an area file of their own so that only the answer checks (loaded at
 * the first Finish) carry them.
 */
export const formAnswers = {
  'forms.answer.unreadable': 'This answer could not be read. Please answer again.',
  'forms.answer.signAgain': 'Please sign again.',
  'forms.answer.tooLong': 'Write {max} letters or fewer.',
  'forms.answer.email': 'Write the email address like name@example.com',
  'forms.answer.phone': 'Write the phone number with numbers, like 608-555-0123',
  'forms.answer.numberRange': 'Write a number from {min} to {max}.',
  'forms.answer.number': 'Write a number, like 2 or 1.5',
  'forms.answer.date': 'Choose a date from the calendar.',
  'forms.answer.time': 'Choose a time from the clock.',
  'forms.answer.chooseOne': 'Choose one of the answers shown.',
  'forms.answer.chooseFrom': 'Choose from the answers shown.',
  'forms.answer.chooseOnce': 'Choose each answer only once.',
} as const;
