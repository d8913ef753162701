import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

/**
 * A time log review, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'revisión del supervisor', other: 'revisiones del supervisor' } satisfies RecordNoun;

/** Time and Activity Log review in Spanish (Lectura Fácil): the supervisor's check and signature. */
export const es = {
  noun,
  title: 'Registro de horas de la pasantía: revisión del supervisor',
  shortTitle: 'Revisión del supervisor',
  intro: [
    'Tu supervisor mira tu registro de horas.',
    'Tu supervisor revisa tus horas y firma aquí.',
    'Tu registro va al consejo (BPDD) al final de tu pasantía.',
  ],
  sections: {
    review: { title: 'Revisión' },
  },
  fields: {
    reviewedBy: {
      label: 'Nombre del supervisor que revisó el registro',
      official: 'Revisado por',
      requiredMessage: 'Escribe el nombre del supervisor.',
    },
    dateReviewed: {
      label: 'Fecha en que el supervisor revisó el registro',
      official: 'Fecha de revisión',
      requiredMessage: 'Escribe la fecha en que revisaste el registro.',
    },
    supervisorSignature: { label: 'El supervisor firma aquí', official: 'Firma del supervisor' },
  },
} satisfies FormTranslation;
