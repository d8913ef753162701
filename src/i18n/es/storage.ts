/**
 * On-device storage in Lectura Fácil: what went wrong and what to do (see `../en/storage.ts`).
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
} as const satisfies Translation<typeof en>;
