/**
 * Form engine and paper copies in Lectura Fácil: words shared by every form, and the words
 * of form hooks (see `../en/forms.ts` for where each one is used).
 * A record's noun (`{noun}`) comes with no article, so no message here adds one.
 */
import type { Translation } from '../format';
import type { forms as en } from '../en/forms';

export const forms = {
  'forms.length.hours': { one: '{count} hora', other: '{count} horas' },
  'forms.length.minutes': { one: '{count} minuto', other: '{count} minutos' },
  'forms.meetingLength.screen': {
    one: 'La reunión duró {length}. Eso es {count} unidad de 15 minutos.',
    other: 'La reunión duró {length}. Eso es {count} unidades de 15 minutos.',
  },
  'forms.meetingLength.paper': {
    one: 'Duración: {length} = {count} unidad de 15 minutos',
    other: 'Duración: {length} = {count} unidades de 15 minutos',
  },
  'forms.meetingLength.blank': 'Duración: ______ = ____ unidades de 15 minutos',
  'forms.carryForward.lastTime': 'La última vez, dijiste que ibas a trabajar en:',
  // A finished meeting, added to the peer mentor's Registro de horas de la pasantía (encounter `AddToHours`).
  'forms.addToHours.button': 'Sumar esta reunión a mis horas de pasantía',
  'forms.addToHours.hint':
    'La reunión va a tu registro como mentoría cara a cara. Es mentoría con una persona a la vez. El tiempo es el mismo de la reunión.',
  'forms.addToHours.added': 'Ya está en mis horas de pasantía.',
  'forms.addToHours.link': 'Verla en mi registro',
  'forms.addToHours.noMentor': 'Primero, escribe tu nombre en la página Pasantía. Después puedes sumar esta reunión a tus horas.',
  'forms.addToHours.noLength': 'Esta reunión no tiene hora de inicio y de fin. Por eso no puede ir a tus horas.',
  'forms.addToHours.failed': 'La tableta no la sumó. Prueba otra vez.',
  'forms.addToHours.note': 'Reunión con {name}',
  // How long one time log entry took, after its minutes box (src/forms/time-log-entry/length-value.ts).
  'forms.entryLength.screen': 'Eso es {length}.',
  'forms.entryLength.paper': { one: 'Eso es {length} = {count} hora', other: 'Eso es {length} = {count} horas' },
  'forms.entryLength.blank': 'Horas en total: ______',
  'forms.context.noMentor': 'Primero, escribe tu nombre arriba. Después puedes usar este formulario.',
  // Asked once, before the first form (src/components/form/MentorStep.astro).
  'forms.mentorStep.title': 'Antes de empezar',
  'forms.mentorStep.lead': '¿Eres mentor o mentora de pares? Escribe tu nombre una vez. Tu nombre va en cada formulario que imprimes.',
  'forms.mentorStep.name': 'Mi nombre',
  'forms.mentorStep.agency': 'Mi agencia',
  'forms.mentorStep.supervisor': 'Mi supervisor',
  'forms.mentorStep.ifYouWant': '(si quieres)',
  'forms.mentorStep.save': 'Guardar mi nombre',
  'forms.mentorStep.notNow': 'Ahora no',
  'forms.mentorStep.notNowHint': '¿No eres mentor de pares? Toca "Ahora no" y llena el formulario.',
  'forms.mentorStep.nameEmpty': 'Escribe tu nombre. O toca "Ahora no".',
  'forms.mentorStep.saved': 'Gracias. Ahora tu nombre va en los formularios.',
  'forms.mentorStep.failed': 'La tableta no guardó tu nombre. Prueba otra vez, o escríbelo en la página Pasantía.',
  'forms.context.noMentee': 'No sabemos de qué mentorado es este formulario. Ve a Mis mentorados y elige un mentorado.',
  'forms.view.goTo': 'Ir a {place}',
  // Before a link with the mentee's name: "Ir a Ana".
  'forms.view.goToStart': 'Ir a',
  'forms.view.keepRecovery': 'Sí, conservarlo',
  'forms.view.discardRecovery': 'No, borrarlo',
  'forms.view.notSavedTitle': 'Sin guardar',
  'forms.view.reload': 'Cargar la página otra vez',
  'forms.view.print': 'Imprimir',
  'forms.view.saveBackup': 'Guardar una copia de seguridad',
  'forms.view.retry': 'Guardar otra vez',
  'forms.view.conflictTitle': 'Este formulario cambió en otra pestaña.',
  'forms.view.conflictText': 'Lo que escribiste sigue aquí. Elige cuál quieres conservar.',
  'forms.view.keepMine': 'Conservar lo de esta pantalla',
  'forms.view.takeTheirs': 'Ver la versión de la otra pestaña',
  'forms.view.errorsTitle': 'Faltan algunas respuestas',
  'forms.view.errorsText': 'La tableta guardó tus respuestas. Arregla esto, por favor:',
  // Before a link with the mentee's name: "Para Ana".
  'forms.view.for': 'Para',
  'forms.view.finished': 'Este formulario está terminado. La tableta lo guardó.',
  'forms.view.printIt': 'Imprimirlo',
  'forms.view.change': 'Hacer un cambio',
  'forms.view.undo': 'Deshacer',
  'forms.view.opening': 'Un momento. La tableta abre el formulario…',
  'forms.view.notSaved': 'Sin guardar.',
  'forms.view.whatToDo': 'Qué hacer',
  'forms.view.autosaveHint': 'La tableta guarda todo lo que escribes. Toca "Terminar" cuando el formulario esté listo.',
  'forms.view.finish': 'Terminar',
  'forms.view.printForm': 'Imprimir este formulario',
  'forms.field.optional': '(si quieres)',
  /** Under a plain question or choice: the paper form's own words, so screen and paper match. */
  'forms.field.official': 'En el formulario de papel: {words}',
  /**
   * In a question that names the person, until their name is known: "¿{name} llega a tiempo?"
   * gives "¿tu mentor de pares llega a tiempo?". "tu", not "el": "a {name}" never needs "al".
   */
  'forms.field.someone.mentee': 'tu mentorado',
  'forms.field.someone.mentor': 'tu mentor de pares',
  'forms.field.goalWrite': 'Escribe aquí la meta',
  'forms.field.whatDoesItMean': '¿Qué quiere decir “{word}”?',
  'forms.field.goalOrWrite': 'O escribe aquí la meta',
  'forms.page.home': 'Inicio',
  // A link, then `printBlankAfter`: "Imprime un formulario en blanco para llenarlo en papel."
  'forms.page.printBlank': 'Imprime un formulario en blanco',
  'forms.page.printBlankAfter': 'para llenarlo en papel.',
  'forms.page.paperTitle': '{title}: copia en papel',
  'forms.page.paperDescription': '{title}: página lista para imprimir.',
  'forms.page.paperBlank': 'Este es un formulario en blanco. Imprímelo para llenarlo en papel.',
  'forms.page.back': 'Volver',
  // Records named in words (src/lib/backup-ui/record-words.ts): "reunión del 3 de mayo de 2026",
  // with no article, because the nouns are of both genders (la reunión, el plan).
  'forms.recordNounOne': 'formulario',
  'forms.recordNounOther': 'formularios',
  'forms.recordName': '{noun}',
  'forms.recordNameOn': '{noun} del {date}',
  // A form's records in lists, and where a form stands (src/lib/forms/list-row.ts).
  'forms.noDateYet': 'Todavía sin fecha',
  'forms.stateNotStarted': 'Formulario sin empezar.',
  'forms.stateFinished': 'Formulario terminado.',
  'forms.stateFinishedOn': 'Formulario terminado el {date}.',
  'forms.stateStarted': 'Formulario empezado. Todavía sin terminar.',
  'forms.stateStartedOn': 'Formulario empezado el {date}. Todavía sin terminar.',
  // A record named by its form's title and the part that says which one it is ("…: A la mitad").
  'forms.recordTitle': '{title}: {part}',
  // After a meeting's words in lists ("Reunión en el parque. Formulario terminado."): "formulario" keeps the gender right.
  'forms.finished': 'Formulario terminado',
  'forms.notFinished': 'Formulario sin terminar',
  'forms.signature.required': 'Firma aquí, o escribe tu nombre',
  'forms.signature.hint': 'Firma con el dedo. O escribe tu nombre en el recuadro.',
  // `label`: the signature's name in small letters ("firma del mentorado").
  'forms.signature.canvas': 'Recuadro para dibujar con el dedo: {label}',
  'forms.signature.line': 'Firma arriba de esta línea',
  'forms.signature.typeLabel': 'O escribe el nombre',
  'forms.signature.clear': 'Borrar la firma',
  'forms.signature.typed': 'Nombre escrito: {name}',
  // A signature as an answer on paper, in lists and in the CSV file (the code adds ", 3 de mayo de 2026", the day of the signature).
  'forms.signature.answerTyped': 'Firma con el nombre escrito: {name}',
  'forms.signature.answerDrawn': 'Firma dibujada a mano',
  'forms.signature.drawnAlt': '{label}, dibujada a mano',
  // `moment`: "el domingo, 22 de noviembre a las 2:05 p. m." or "antes".
  'forms.signature.signedOn': 'Firma hecha {moment}',
  // The score on the internship evaluation's paper copy, next to the signatures (src/forms/internship-evaluation/paper-score.ts).
  'forms.score.title': 'Puntaje',
  'forms.score.area': '{area}: {rating}',
  'forms.score.total': 'Total: {total} de {max}',
  'forms.score.average': 'Promedio: {average}',
  'forms.score.passing': 'Promedio para aprobar en la agencia: {average}',
  'forms.score.decision': 'Decisión de la agencia, el consejo (BPDD) y el mentor de pares: ________________',
  // Words the forms give for their evaluations, shown by the supervisor view (src/forms/*/index.ts, `oversight`).
  'forms.evaluation.midPoint': 'Evaluación a la mitad',
  'forms.evaluation.end': 'Evaluación al final',
  'forms.evaluation.supervisor': 'Evaluación del supervisor',
} as const satisfies Translation<typeof en>;
