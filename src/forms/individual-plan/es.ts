import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

/**
 * A plan, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'plan', other: 'planes' } satisfies RecordNoun;

/** My Individual Plan in Spanish (Lectura Fácil): the mentee's goals to work on with the peer mentor. */
export const es = {
  noun,
  title: 'Mi plan individual',
  shortTitle: 'Mi plan',
  intro: [
    'Este es tu plan con tu mentor de pares.',
    'Tú eliges las metas. Tu mentor de pares te ayuda con ellas.',
    'Ustedes llenan el plan juntos al empezar. Ustedes lo llenan otra vez cuando tu plan cambia.',
  ],
  sections: {
    goals: { title: 'Mis metas' },
    'next-steps': { title: 'Próximos pasos' },
    signatures: { title: 'Firmas', hint: 'Firma con tu dedo o escribe tu nombre.' },
  },
  fields: {
    menteeName: {
      label: 'Nombre',
      hint: 'Tu nombre.',
      requiredMessage: 'Escribe tu nombre.',
    },
    personCenteredGoals: {
      label: '¿Con qué metas de tu plan centrado en la persona quieres ayuda?',
      official: 'Metas de mi plan centrado en la persona para trabajar con mi mentor de pares',
      hint: 'Mira tu plan centrado en la persona.',
      requiredMessage: 'Escribe las metas en las que quieres trabajar.',
    },
    goal1: {
      label: '¿Cuál es la primera meta en la que quieres trabajar?',
      official: 'Las 2 primeras metas en las que quiero trabajar son: Meta 1',
      requiredMessage: 'Escribe tu primera meta.',
    },
    goal2: {
      label: '¿Cuál es la segunda meta?',
      official: 'Meta 2',
      hint: 'Puedes dejar esto vacío si quieres trabajar en 1 sola meta.',
    },
    firstSteps: {
      label: '¿Qué cosas pequeñas vas a hacer primero?',
      official: 'Primeros pasos hacia mi meta o mis metas',
      requiredMessage: 'Escribe tus primeros pasos.',
    },
    thingsToWorkOn: {
      label: '¿En qué vas a trabajar antes de la próxima reunión?',
      official: 'Cosas en las que necesito trabajar antes de nuestra próxima reunión',
    },
    dateReviewed: {
      label: 'El día en que ustedes miraron este plan juntos',
      official: 'Fecha de revisión',
      requiredMessage: 'Escribe la fecha en que miraron este plan.',
    },
    menteeSignature: { label: 'El mentorado firma aquí', official: 'Firma del mentorado' },
    mentorSignature: { label: 'El mentor de pares firma aquí', official: 'Firma del mentor' },
  },
} satisfies FormTranslation;
