/**
 * Las palabras de las copias en papel, en Lectura Fácil (ver `../en/form-paper.ts`).
 */
import type { Translation } from '../format';
import type { formPaper as en } from '../en/form-paper';

export const formPaper = {
  'forms.paper.finished': 'Terminado',
  'forms.paper.notFinished': 'Todavía sin terminar',
  'forms.paper.finishedNotSigned': 'Terminado, con un cambio después de las firmas, sin firmas nuevas',
  'forms.paper.chosen': 'Elegido:',
  'forms.paper.notChosen': 'No elegido:',
  // `label`: the signature's words ("Firma del mentorado").
  'forms.paper.drawn': '{label}, dibujada a mano',
  'forms.paper.nothingSaved': 'La tableta todavía no tiene nada guardado para imprimir. Este es un formulario en blanco.',
  // One saved record on the page, or several (`count`); `name`: the person they belong to.
  'forms.paper.savedOne': 'Este es el formulario guardado. Toca "Imprimir" para imprimirlo.',
  'forms.paper.savedOneFor': 'Este es el formulario guardado de {name}. Toca "Imprimir" para imprimirlo.',
  'forms.paper.savedMany': {
    one: 'Este es {count} formulario guardado. Va en su propia página.',
    other: 'Estos son {count} formularios guardados, del más viejo al más nuevo. Cada uno va en su propia página.',
  },
  'forms.paper.savedManyFor': {
    one: 'Este es {count} formulario guardado de {name}. Va en su propia página.',
    other: 'Estos son {count} formularios guardados de {name}, del más viejo al más nuevo. Cada uno va en su propia página.',
  },
  'forms.paper.documentTitle': '{title} – Cuaderno de mentoría de pares',
  'forms.paper.blankHeading': 'Formulario en blanco para llenar',
  'forms.paper.agency': 'Agencia',
  /** On the paper copy, under a plain question or choice: the form's own words. */
  'forms.paper.official': 'Palabras del formulario: {words}',
  'forms.paper.status': 'Estado',
  'forms.paper.onlyIf': 'Solo si elegiste: {choices}',
  'forms.paper.or': 'o',
  'forms.paper.signer.mentee': 'Mentorado',
  'forms.paper.signer.mentor': 'Mentor de pares',
  'forms.paper.signer.supervisor': 'Supervisor',
  'forms.paper.signer.council': 'Personal del consejo',
  'forms.paper.signerDate': '{signer} · Fecha',
} as const satisfies Translation<typeof en>;
