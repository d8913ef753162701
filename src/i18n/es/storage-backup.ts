/**
 * Por qué no se abrió una copia de seguridad (`parseBackupText`), en Lectura Fácil (ver `../en/storage-backup.ts`).
 * `storage.backup.part.*` terminan la frase "Esta copia de seguridad tiene un problema: {part}."
 */
import type { Translation } from '../format';
import type { storageBackup as en } from '../en/storage-backup';

export const storageBackup = {
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
