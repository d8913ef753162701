/**
 * Qué está mal en una respuesta, después de "Terminar" (`src/lib/forms/to-schema.ts`), en Lectura Fácil
 * (ver `../en/form-answers.ts`).
 */
import type { Translation } from '../format';
import type { formAnswers as en } from '../en/form-answers';

export const formAnswers = {
  'forms.answer.unreadable': 'La tableta no puede leer esta respuesta. Respóndela otra vez, por favor.',
  'forms.answer.signAgain': 'Firma otra vez, por favor.',
  'forms.answer.tooLong': 'Escribe {max} letras o menos.',
  'forms.answer.email': 'Escribe el correo electrónico así: nombre@ejemplo.com',
  'forms.answer.phone': 'Escribe el teléfono con números, así: 608-555-0123',
  'forms.answer.numberRange': 'Escribe un número del {min} al {max}.',
  // The answer box takes a point before the decimals (1.5), not a comma.
  'forms.answer.number': 'Escribe un número, como 2 o 1.5',
  'forms.answer.date': 'Elige una fecha en el calendario.',
  'forms.answer.time': 'Elige una hora en el reloj.',
  'forms.answer.chooseOne': 'Elige una de las respuestas que ves.',
  'forms.answer.chooseFrom': 'Elige entre las respuestas que ves.',
  'forms.answer.chooseOnce': 'Elige cada respuesta solo una vez.',
} as const satisfies Translation<typeof en>;
