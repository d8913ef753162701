/**
 * The period print page in Lectura Fácil (see `../en/print.ts`). `from`, `to`, `date`:
 * "3 de mayo de 2026". A record is "formulario" here (glossary).
 */
import type { Translation } from '../format';
import type { print as en } from '../en/print';

export const print = {
  // The dates and buttons on a mentee's page and on Mis mentorados (src/components/PeriodPrint.astro).
  'print.formTitle': 'Imprimir formularios',
  'print.formLead': 'Imprime el plan y todas las reuniones entre 2 fechas. Cada formulario empieza en una página nueva.',
  'print.formLeadAll': 'Imprime los formularios de todos tus mentorados entre 2 fechas. O imprime una página para cobrar.',
  'print.formFrom': 'Desde',
  'print.formTo': 'Hasta',
  'print.formDatesHint': 'El cuaderno ya puso las fechas del mes pasado.',
  'print.formRecords': 'Imprimir estos formularios',
  'print.formBilling': 'Imprimir el resumen de cobro',
  // The print page.
  'print.periodTitle': 'Formularios para imprimir',
  'print.periodDescription': 'Formularios entre 2 fechas, listos para imprimir.',
  'print.periodLoading': 'Un momento. La tableta prepara los formularios…',
  'print.periodReady': {
    one: '{count} formulario. Cada formulario empieza en una página nueva.',
    other: '{count} formularios. Cada formulario empieza en una página nueva.',
  },
  'print.periodNone': 'No tienes formularios del {from} al {to}. No hay nada para imprimir.',
  'print.periodMissing': 'Escribe las 2 fechas. Vuelve atrás y elige las fechas.',
  'print.periodBackwards': 'La primera fecha tiene que ser antes de la última. Vuelve atrás y cambia las fechas.',
  'print.periodNotFound': 'No encontramos a este mentorado. Ve a Mis mentorados y elige un mentorado.',
  'print.periodPrint': 'Imprimir',
  'print.periodBack': 'Volver',
  'print.inOtherLanguage': 'Imprimir en inglés',
  'print.periodHeading': 'Formularios del {from} al {to}',
  'print.periodHeadingFor': 'Formularios de {name}, del {from} al {to}',
  // The running header at the top of each printed page.
  'print.periodRunning': '{title} – {name} – {date}',
  'print.periodRunningNoDate': '{title} – {name}',
  // At the bottom of each printed page: {page} and {pages} become the page counters.
  'print.periodPageOf': 'Página {page} de {pages}',
  'print.billingHeading': 'Resumen de cobro, del {from} al {to}',
  'print.billingLead': 'Reuniones terminadas: cuánto duró cada una y sus unidades de 15 minutos.',
  'print.billingMentor': 'Mentor de pares: {name}',
  'print.billingAgency': 'Agencia: {agency}',
  // The table's column headers.
  'print.billingMentee': 'Mentorado',
  'print.billingDate': 'Fecha',
  'print.billingMinutes': 'Minutos',
  'print.billingUnits': 'Unidades de 15 minutos',
  'print.billingMenteeTotal': 'Total',
  'print.billingTotal': 'Total de todos los mentorados',
  'print.billingNoMeetings': 'Ninguna reunión terminada.',
  'print.billingNotFinished': {
    one: '{count} reunión no está terminada. El total no la cuenta.',
    other: '{count} reuniones no están terminadas. El total no las cuenta.',
  },
  'print.billingNone': 'No tienes reuniones del {from} al {to}. No hay nada para imprimir.',
} as const satisfies Translation<typeof en>;
