/**
 * Signed means sealed, in Lectura Fácil (see `../en/form-story.ts`). `date`: "8 de diciembre de 2026".
 */
import type { Translation } from '../format';
import type { formStory as en } from '../en/form-story';

export const formStory = {
  // Signed means sealed: "Hacer un cambio" on a finished, signed form starts a correction.
  'formStory.sealed.question': 'Este formulario ya tiene firmas. ¿Qué cambiaste?',
  'formStory.sealed.hint': 'Escríbelo en una línea. La copia firmada queda igual. La copia nueva necesita otra vez las 2 firmas.',
  'formStory.sealed.start': 'Empezar el cambio',
  'formStory.sealed.cancel': 'No cambiarlo',
  'formStory.sealed.reasonMissing': 'Escribe qué cambiaste, en una línea.',
  'formStory.sealed.reasonTooLong': 'Escríbelo más corto: {max} letras como máximo.',
  // `reason`: what the person wrote.
  'formStory.sealed.correction': 'Este es un cambio a un formulario firmado. Cambio del {date}: {reason}',
  'formStory.sealed.pending':
    'Alguien empezó un cambio, pero faltan las firmas. La copia firmada vale hasta que las 2 personas firmen otra vez.',
  'formStory.sealed.goOn': 'Seguir con el cambio',
  'formStory.sealed.notSignedAgain': 'Faltan las firmas nuevas. Toca "Hacer un cambio" y pide a las 2 personas que firmen otra vez.',
  'formStory.sealed.replaced': 'Una copia nueva reemplazó a esta el {date}. Esta copia es vieja. La copia nueva es la que vale.',
  'formStory.sealed.seeNew': 'Ver la copia nueva',
  // The history of a form, oldest first.
  'formStory.history.title': 'Qué pasó con este formulario',
  'formStory.history.started': 'El formulario empezó el {date}.',
  'formStory.history.finished': 'El formulario quedó terminado el {date}.',
  'formStory.history.changed': 'El formulario cambió después de las firmas, el {date}: {reason}',
  'formStory.history.signed.mentee': 'El mentorado firmó el {date}.',
  'formStory.history.signed.mentor': 'El mentor de pares firmó el {date}.',
  'formStory.history.signed.supervisor': 'El supervisor firmó el {date}.',
  'formStory.history.signed.council': 'Una persona del consejo firmó el {date}.',
  // The paper copy of a changed form.
  'formStory.paper.changedTitle': 'Cambio después de las firmas',
  'formStory.paper.changedOn': 'Este formulario cambió después de las firmas, el {date}.',
  'formStory.paper.changedWhat': 'Qué cambió: {reason}',
  'formStory.paper.signedAgain': 'Todas las personas que firmaron antes firmaron otra vez.',
  'formStory.paper.notSignedAgain': 'Faltan las firmas nuevas.',
  'formStory.paper.pending': 'Alguien empezó un cambio, pero faltan las firmas. Esta copia firmada todavía vale.',
  'formStory.paper.replaced': 'Una copia nueva reemplazó a esta el {date}. Esta copia es vieja.',
} as const satisfies Translation<typeof en>;
