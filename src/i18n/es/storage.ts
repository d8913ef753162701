/**
 * On-device storage in Lectura Fácil: what went wrong and what to do (see `../en/storage.ts`).
 * `storage.backup.part.*` finish the sentence "Esta copia de seguridad tiene un problema: {part}."
 */
import type { Translation } from '../format';
import type { storage as en } from '../en/storage';

export const storage = {
  'storage.unavailable':
    'Ahora esta tableta no deja guardar nada. Tal vez el navegador no deja guardar en este sitio. Vuelve a cargar la página. ¿Sigue sin funcionar? Pide ayuda a tu supervisor.',
  'storage.quota':
    'Esta tableta está llena. Lo que escribiste sigue en la pantalla. Guarda ahora una copia de seguridad o imprime este formulario.',
  'storage.blocked': 'El cuaderno está abierto en otra pestaña. Cierra el cuaderno en las otras pestañas. Después, prueba otra vez.',
  'storage.version-changed': 'El cuaderno tiene una versión nueva. Vuelve a cargar la página. Tu trabajo guardado está a salvo.',
  'storage.conflict':
    'Este formulario cambió en otra pestaña. Lo que escribiste sigue en la pantalla. Mira las 2 versiones y elige cuál quieres conservar.',
  'storage.not-found': 'No encontramos esto. Tal vez alguien lo borró.',
  'storage.unknown': 'Algo salió mal. La tableta no guardó esto. Lo que escribiste sigue en la pantalla. Prueba otra vez.',
  'storage.wiped':
    'El trabajo guardado en esta tableta ya no está. La tableta lo borró. Esto pasa a veces cuando la tableta está llena.',
  'storage.wiped.lastBackup':
    'Para recuperar tu trabajo, abre en Ajustes tu última copia de seguridad. Tú guardaste esa copia {moment}.',
  'storage.wiped.noBackup': 'No tienes una copia de seguridad para recuperarlo. Pide ayuda a tu supervisor.',

  'storage.save.unavailable':
    'Ahora esta tableta no deja guardar nada. Lo que escribiste sigue en la pantalla. Imprime este formulario o guarda ahora una copia de seguridad. Después, prueba otra vez.',
  'storage.save.quota':
    'Esta tableta está llena. La tableta no guardó tu trabajo. Lo que escribiste sigue en la pantalla. Imprime este formulario o guarda ahora una copia de seguridad.',
  'storage.save.blocked':
    'El cuaderno está abierto en otra pestaña. Cierra el cuaderno en las otras pestañas. Después, toca "Guardar otra vez".',
  'storage.save.version-changed':
    'El cuaderno tiene una versión nueva. Vuelve a cargar la página. Lo que escribiste queda guardado en esta tableta.',
  'storage.save.conflict': 'Este formulario cambió en otra pestaña. Lo que escribiste sigue en la pantalla.',
  'storage.save.not-found':
    'Este formulario ya no está en esta tableta. Tal vez alguien lo borró en otra pestaña. Lo que escribiste sigue en la pantalla. Para conservarlo, toca "Guardar otra vez".',
  'storage.save.wiped':
    'El trabajo guardado en esta tableta ya no está. La tableta lo borró. Esto pasa a veces cuando la tableta está llena. Lo que escribiste sigue en la pantalla. Guarda ahora una copia de seguridad de este formulario o imprímelo.',
  'storage.save.unknown':
    'Algo salió mal. La tableta no guardó tu trabajo. Lo que escribiste sigue en la pantalla. Imprime este formulario o guarda una copia de seguridad. Después, prueba otra vez.',

  'storage.open.blocked':
    'El cuaderno está abierto en otra pestaña. Cierra el cuaderno en las otras pestañas. Después, toca "Guardar otra vez". Ya puedes llenar este formulario, pero la tableta todavía no lo guarda.',
  'storage.open.version-changed': 'El cuaderno tiene una versión nueva. Vuelve a cargar la página.',
  'storage.open.other':
    'Ahora el cuaderno no puede guardar en esta tableta. Tú puedes llenar este formulario, pero la tableta no lo guarda. Antes de cerrar esta página, imprímelo o guarda una copia de seguridad.',

  'storage.backup.tooBig': 'Este archivo es muy grande. El cuaderno puede abrir archivos de {megabytes} megabytes como máximo.',
  'storage.backup.notBackup': 'Este archivo no es una copia de seguridad del cuaderno.',
  'storage.backup.newer': 'Una versión más nueva del cuaderno hizo esta copia. Primero, actualiza el cuaderno.',
  'storage.backup.damaged': 'Esta copia de seguridad tiene un problema: {part}.',
  'storage.backup.part.wholeFile': 'todo el archivo',
  'storage.backup.part.cutShort': 'el archivo está cortado o roto',
  'storage.backup.part.formatVersion': 'la versión del formato',
  'storage.backup.part.part': 'la parte "{part}"',
  'storage.backup.part.namedPart': 'tiene una parte con el nombre "{part}"',
  'storage.backup.part.tooManyPeople': { one: 'tiene más de {count} persona', other: 'tiene más de {count} personas' },
  'storage.backup.part.tooManyRecords': { one: 'tiene más de {count} formulario', other: 'tiene más de {count} formularios' },
  'storage.backup.part.mentor': 'los datos del mentor de pares',
  'storage.backup.part.mentorPart': 'los datos del mentor de pares, en la parte "{part}"',
  'storage.backup.part.person': 'la persona {number}',
  'storage.backup.part.personPart': 'la persona {number}, en la parte "{part}"',
  'storage.backup.part.personTwice': 'la persona {number} está 2 veces en el archivo',
  'storage.backup.part.record': 'el formulario {number}',
  'storage.backup.part.recordPart': 'el formulario {number}, en la parte "{part}"',
  'storage.backup.part.recordAnswer': 'el formulario {number}, en la respuesta "{answer}"',
  'storage.backup.part.recordTwice': 'el formulario {number} está 2 veces en el archivo',
  'storage.backup.part.recordWithoutPerson': 'el formulario {number} es de una persona que no está en el archivo',
} as const satisfies Translation<typeof en>;
