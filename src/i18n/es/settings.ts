/** Ajustes, copias de seguridad y cuidar el trabajo (Lectura Fácil). Las mismas claves que `../en/settings`. */
import type { Translation } from '../format';
import type { settings as en } from '../en/settings';

export const settings = {
  // Cómo se ve el cuaderno: tamaño de la letra y colores.
  'settings.description': 'Cambia el tamaño de la letra y los colores del cuaderno. Cuida tu trabajo con una copia de seguridad.',
  'settings.intro': 'Elige cómo tú ves el cuaderno.\nEl cuaderno guarda tu elección en esta tableta.',
  'settings.textSize': 'Tamaño de la letra',
  'settings.textSizeHint': 'Elige el tamaño que es más fácil de leer para ti.',
  'settings.sizeNormal': 'Normal',
  'settings.sizeLarge': 'Grande',
  'settings.sizeLargest': 'Muy grande',
  'settings.colors': 'Colores',
  'settings.themeAuto': 'Igual que mi tableta',
  'settings.themeAutoHint': 'Claro u oscuro, como el resto de tu tableta.',
  'settings.themeLight': 'Claro',
  'settings.themeLightHint': 'Letras oscuras sobre una página blanca.',
  'settings.themeDark': 'Oscuro',
  'settings.themeDarkHint': 'Letras claras sobre una página oscura.',
  'settings.themeHighContrast': 'Alto contraste',
  'settings.themeHighContrastHint': 'Letras blancas y amarillas sobre negro.',
  /** Unas letras que muestran cómo queda un tamaño o un color. */
  'settings.sample': 'Aa',
  'settings.saved': 'Guardado. {setting}: {choice}.',
  'settings.notSaved': 'Esta tableta no guardó tu elección. Tu elección funciona hasta que cierres el cuaderno.',

  // Cuida tu trabajo.
  'settings.keepSafe': 'Cuida tu trabajo',
  'settings.keepSafeIntro': 'El cuaderno guarda tu trabajo solo en esta tableta. El cuaderno no envía nada a ningún lugar.',
  'settings.onThisTablet': 'En esta tableta',
  'settings.looking': 'Un momento…',
  'settings.askToKeep': 'Pedir al navegador que guarde mi trabajo',
  'settings.persisted': 'Este navegador prometió guardar tu trabajo. El navegador no va a borrar tu trabajo para hacer espacio.',
  'settings.notPersisted':
    'Este navegador no prometió guardar tu trabajo. Si la tableta está llena, el navegador puede borrar tu trabajo. Guarda una copia de seguridad con frecuencia.',
  'settings.persistUnknown': 'Este navegador no dice si va a guardar tu trabajo. Guarda una copia de seguridad con frecuencia.',
  'settings.persistRefused': 'Esta vez el navegador dijo que no. El navegador puede decir que sí más adelante, cuando tú uses más el cuaderno.',
  'settings.usage': 'El cuaderno usa {size} en esta tableta.',
  'settings.usageFree': 'Hay espacio para más o menos {size} más.',
  'settings.usageUnknown': 'Este navegador no dice cuánto espacio usa el cuaderno.',
  'settings.bytes': { one: '{count} byte', other: '{count} bytes' },
  'settings.kilobytes': '{size} KB',
  'settings.megabytes': '{size} MB',
  'settings.gigabytes': '{size} GB',
  'settings.terabytes': '{size} TB',
  'settings.unknownSize': 'una cantidad desconocida',
  // {moment} ya trae su "el" ("el domingo, 22 de noviembre a las 2:05 p. m.").
  'settings.lastBackup': 'Tú guardaste la última copia de seguridad {moment}.',
  'settings.noBackupYet': 'Tú todavía no guardaste una copia de seguridad en esta tableta.',
  'settings.lastBackupUnknown': 'El cuaderno no sabe cuándo tú hiciste la última copia de seguridad.',
  'settings.updated': 'El cuaderno tiene una versión nueva. Por favor, vuelve a cargar la página.',

  // Guardar una copia de seguridad.
  'settings.save': 'Guardar una copia de seguridad',
  'settings.saveIntro':
    'Una copia de seguridad es un archivo con todo tu trabajo. La copia tiene tu perfil, tus mentorados y todos tus formularios. También tiene cada versión y cada firma. Guarda una copia cada semana. Guarda la copia en un lugar seguro, lejos de esta tableta.',
  'settings.saving': 'El cuaderno hace la copia de seguridad…',
  'settings.fileSaved':
    'El cuaderno guardó la copia de seguridad. El nombre del archivo es {fileName}. Búscalo en tus Descargas. Guarda una copia en un lugar seguro, lejos de esta tableta.',
  'settings.noFileMade': '{problem} El cuaderno no hizo ningún archivo.',
  /** El nombre de la copia de un formulario: `cuaderno-formulario-reunion-2026-11-22.json`. Solo letras sin acentos, números y guiones. */
  'settings.formFileName': 'cuaderno-formulario-{name}-{date}.json',
  /** El nombre dentro de ese nombre de archivo cuando el formulario no tiene un nombre de letras simples. */
  'settings.formFileNameFallback': 'formulario',
  /** El nombre de una persona en la copia de un formulario, cuando el formulario no lo dice. */
  'settings.standInMentor': 'Yo',
  'settings.standInMentee': 'Mentorado',

  // El aviso para guardar una copia.
  'settings.reminderTitle': 'Es hora de guardar una copia de seguridad',
  'settings.reminderText': 'Guarda una copia de seguridad de tu trabajo. Así tú no pierdes nada si algo le pasa a esta tableta.',
  'settings.reminderFirst':
    'Tú todavía no guardaste una copia de seguridad. Guarda una ahora. Así tú no pierdes nada si algo le pasa a esta tableta.',
  'settings.reminderOld':
    'Tú hiciste trabajo nuevo más de 1 semana después de tu última copia de seguridad. Guarda una copia nueva ahora. Así tú no pierdes nada si algo le pasa a esta tableta.',
  'settings.notNow': 'Ahora no',
  'settings.ok': 'Está bien',

  // Abrir una copia de seguridad.
  'settings.open': 'Abrir una copia de seguridad',
  'settings.openIntro':
    'Recupera tu trabajo desde una copia de seguridad, por ejemplo en una tableta nueva. Antes de cualquier cambio, tú ves qué tiene el archivo. El cuaderno no borra nada de esta tableta.',
  'settings.biggestFile': 'El cuaderno puede abrir archivos de hasta {size} MB.',
  'settings.fileInput': 'Copia de seguridad',
  'settings.checking': 'El cuaderno revisa el archivo…',
  'settings.refused': 'El cuaderno no abrió este archivo. {problem} Nada cambió en esta tableta.',
  'settings.refusedLost': 'El cuaderno no abrió este archivo. {problem}',
  'settings.noSpace':
    'Esta tableta no tiene suficiente espacio libre para abrir este archivo. Primero haz espacio. Por ejemplo, borra fotos o aplicaciones que no necesitas. Después inténtalo otra vez.',
  'settings.spaceLow':
    'Esta tableta está casi llena. Tal vez el cuaderno no puede guardar. Guarda una copia de seguridad ahora. Después haz espacio. Por ejemplo, borra fotos o aplicaciones que no necesitas.',
  'settings.unreadable': 'La tableta no pudo leer este archivo.',
  'settings.reviewTitle': 'Qué hay en este archivo',
  'settings.fileMade': 'El cuaderno hizo esta copia de seguridad {moment}. La copia tiene {contents}.',
  'settings.changesLead': 'Si tú agregas el archivo, esta tableta recibe:',
  'settings.nothingNew': 'Todo lo que hay en este archivo ya está en esta tableta. Nada va a cambiar.',
  'settings.nothingDeleted': 'El cuaderno no borra nada de esta tableta.',
  'settings.confirmOpen': 'Sí, agregar',
  'settings.cancelOpen': 'No, cancelar',
  // {changes} es una lista que termina en punto: "2 mentorados nuevos y 14 reuniones más."
  'settings.opened': 'Listo. Ahora esto está en esta tableta: {changes}',
  'settings.openedNothing': 'Listo. Todo lo del archivo ya estaba en esta tableta. Nada cambió.',
  'settings.changedProfile': 'tu perfil con tu nombre, tu agencia y tu supervisor',
  'settings.newMentees': { one: '{count} mentorado nuevo', other: '{count} mentorados nuevos' },
  'settings.newerMentees': {
    one: '{count} mentorado con cambios más nuevos que los tuyos',
    other: '{count} mentorados con cambios más nuevos que los tuyos',
  },
  // Formularios que la tableta todavía no tiene. {noun}: el nombre del formulario para {count}
  // ("reunión", "reuniones"), sin adjetivo que concuerde con él: "14 reuniones más", "1 plan más".
  'settings.newRecords': '{count} {noun} más',
  // {records}: "3 reuniones", "1 plan".
  'settings.newerRecords': '{records} con cambios más nuevos que los tuyos',
  'settings.changeList': '{changes}.',
  'settings.replacedLead':
    'El archivo tiene una copia más nueva de estas cosas. La copia del archivo reemplaza a la tuya. Para mantener la tuya, marca "Mantener la mía".',
  'settings.keepMine': 'Mantener la mía',
  // {noun}: el nombre del formulario sin artículo ("reunión", "plan").
  'settings.reviewRecord': '{person}: {noun} del {date}.',
  'settings.reviewRecordNoDate': '{person}: {noun}.',
  'settings.reviewOwnRecord': 'Tu {noun} del {date}.',
  'settings.reviewOwnRecordNoDate': 'Tu {noun}.',
  'settings.reviewFileDate': 'En el archivo, la fecha es {date}.',
  'settings.reviewMentee': '{name}: nombre y nota.',
  'settings.reviewFileName': 'En el archivo, el nombre es "{name}".',
  'settings.reviewProfile': 'Tu perfil: nombre, agencia y supervisor.',
  'settings.reviewWhen': 'Tu copia cambió por última vez {tablet}. La copia del archivo cambió por última vez {file}.',
  'settings.keptSignedLead': 'Estos formularios quedan como están. Los tuyos están firmados. Las copias del archivo no están firmadas.',
  'settings.collision': 'El archivo tiene un formulario que escribiría encima de otro formulario de esta tableta: {record}',
  'settings.unchanged': {
    one: '{count} cosa es igual a la tuya o más vieja. Esa cosa queda como está.',
    other: '{count} cosas son iguales a las tuyas o más viejas. Esas cosas quedan como están.',
  },

  // Lo que tiene una copia de seguridad, y lo que borra "Borrar todo".
  'settings.yourProfile': 'tu perfil',
  'settings.mentees': { one: '{count} mentorado', other: '{count} mentorados' },
  'settings.forms': { one: '{count} formulario', other: '{count} formularios' },
  'settings.formsWithVersions': {
    one: '{count} formulario, con cada versión y cada firma',
    other: '{count} formularios, con cada versión y cada firma',
  },
  'settings.formsUnsaved': { one: '{count} formulario con cambios sin guardar', other: '{count} formularios con cambios sin guardar' },
  'settings.everything': 'todo lo que el cuaderno guardó en esta tableta',

  // Borrar todo en esta tableta.
  'settings.deleteAll': 'Borrar todo en esta tableta',
  'settings.deleteAllIntro': 'Usa esto cuando le das esta tableta a otra persona. Esto borra todo tu trabajo de esta tableta.',
  'settings.deleteAllQuestion': '¿Quieres borrar todo en esta tableta?',
  'settings.deleteAllLead': 'Esto borra de esta tableta:',
  'settings.displayStays': 'Tu tamaño de letra y tus colores no cambian.',
  'settings.historyStays':
    'El historial del navegador puede guardar las direcciones de las páginas que abriste. Para borrarlas también, borra el historial en los ajustes del navegador.',
  'settings.cannotUndo': 'Tú no puedes deshacer esto. Si tal vez necesitas tu trabajo otra vez, primero guarda una copia de seguridad.',
  'settings.saveFirst': 'Primero guardar una copia de seguridad',
  'settings.confirmDelete': 'Sí, borrar todo',
  'settings.cancelDelete': 'No, mantener todo',
  'settings.deleted':
    'El cuaderno borró todo de esta tableta. Tu tamaño de letra y tus colores quedan igual. El historial del navegador puede guardar todavía las direcciones de las páginas que abriste.',
  'settings.deleteBlocked':
    'El cuaderno todavía no borró todo. El cuaderno está abierto en otra pestaña. Por favor, cierra el cuaderno en tus otras pestañas. Después toca "Intentar otra vez".',
  'settings.deleteFailed': 'El cuaderno no borró todo. {problem}',
  'settings.tryAgain': 'Intentar otra vez',
} as const satisfies Translation<typeof en>;
