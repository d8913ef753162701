/**
 * A form on screen in Lectura Fácil: saving, errors, recovery, finish, delete (see `../en/form-page.ts`).
 * `{noun}` is a record's noun with no article ("reunión", "plan"), so no message puts
 * an article or an adjective that must agree with it: "Borrar {noun}", "¿Quieres borrar esto: {name}?".
 */
import type { Translation } from '../format';
import type { formPage as en } from '../en/form-page';

export const formPage = {
  // Everything was deleted in another tab (the other storage problems are `storage.save.*` and `storage.open.*`).
  'formPage.personGone':
    'El mentorado de este formulario ya no está en esta tableta. Tal vez alguien lo quitó en otra pestaña. Lo que escribiste sigue en la pantalla. Guarda ahora una copia de seguridad de este formulario. Más tarde, abre el archivo en Ajustes. Así recuperas al mentorado y este formulario.',
  'formPage.deletedEverywhere':
    'Alguien borró todo en esta tableta desde otra pestaña. Lo que escribiste sigue en la pantalla, pero la tableta no lo guardó. ¿Lo necesitas? Imprímelo o guarda una copia de seguridad.',
  'formPage.notFound': 'No encontramos este formulario. Tal vez alguien lo borró.',
  // The "Not saved" box and the status line.
  'formPage.storageTitle.notSaved': 'Sin guardar',
  'formPage.storageTitle.updated': 'El cuaderno tiene una versión nueva',
  'formPage.saved': 'Guardado',
  'formPage.saving': 'La tableta guarda…',
  'formPage.notSaved': 'Sin guardar. Lee el mensaje arriba del formulario.',
  'formPage.stillNotSaved': 'Todavía sin guardar. Lee el mensaje arriba del formulario.',
  'formPage.conflictStatus': 'Sin guardar. Este formulario cambió en otra pestaña. Elige cuál quieres conservar.',
  'formPage.tookTheirs': 'Ahora ves la versión de la otra pestaña.',
  // Unsaved work from an earlier visit. `moment`: "el domingo, 22 de noviembre a las 2:05 p. m." or "antes".
  'formPage.recovery': 'Encontramos trabajo tuyo sin guardar. Tú lo escribiste {moment}. ¿Quieres conservarlo?',
  // Under it, for each answer keeping it would change: the question, then these two lines. `answer`: the answer in words.
  'formPage.recovery.changes': 'Si lo conservas, cambian estas respuestas:',
  'formPage.recovery.saved': 'Guardado ahora: {answer}',
  'formPage.recovery.unsaved': 'Tu trabajo sin guardar: {answer}',
  'formPage.recovery.nothing': 'nada',
  // "Save a backup file" of this one form.
  'formPage.backupSaved':
    'La tableta guardó la copia de seguridad. El nombre del archivo es {fileName}. Búscalo en tus Descargas. Para recuperar este formulario, abre el archivo en Ajustes.',
  'formPage.backupFailed': 'Esta tableta no guardó el archivo. Mejor imprime este formulario.',
  // Deleting this record on purpose. `noun`: "reunión"; `name`: "reunión del 3 de mayo de 2026".
  'formPage.delete.title': 'Borrar',
  'formPage.delete.button': 'Borrar {noun}',
  'formPage.delete.buttonBeforeScript': 'Borrar este formulario',
  'formPage.delete.question': '¿Quieres borrar esto: {name}?',
  'formPage.delete.text':
    'La tableta lo borra con todas sus respuestas y firmas. Puedes deshacerlo mientras esta página está abierta.',
  'formPage.delete.yes': 'Sí, borrarlo',
  'formPage.delete.no': 'No, conservarlo',
  // `problem`: what storage said went wrong.
  'formPage.delete.failed': '{problem} La tableta no borró nada.',
  // `name` starts with a capital letter: "Reunión del 3 de mayo de 2026".
  'formPage.delete.done': '{name}: ya no está en esta tableta.',
  'formPage.delete.undo': 'Deshacer',
  'formPage.delete.undoFailed': 'No pudimos deshacerlo. {problem}',
  'formPage.delete.undone': 'Ya está de vuelta. No perdiste nada.',
} as const satisfies Translation<typeof en>;
