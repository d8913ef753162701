import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

/**
 * A meeting, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'reunión', other: 'reuniones' } satisfies RecordNoun;

/** Encounter form in Spanish (Lectura Fácil): what happened at one meeting. */
export const es = {
  noun,
  list: { newLabel: 'Nueva reunión' },
  title: 'Formulario de reunión',
  shortTitle: 'Reunión',
  intro: [
    'Llena este formulario cada vez que tienes una reunión.',
    'Escribe en qué trabajaron y cómo les fue.',
    'El mentorado y el mentor de pares firman el formulario.',
  ],
  sections: {
    meeting: { title: 'Nuestra reunión' },
    progress: { title: '¿Cómo fue la reunión?' },
    'next-time': { title: 'La próxima vez' },
    signatures: { title: 'Firmas', hint: 'Firma con tu dedo o escribe tu nombre.' },
  },
  fields: {
    menteeName: {
      label: 'Nombre del mentorado',
      official: 'Nombre',
      hint: 'La persona que tú apoyas.',
      requiredMessage: 'Escribe el nombre.',
    },
    meetingDate: {
      label: 'Fecha de la reunión',
      requiredMessage: 'Escribe la fecha de la reunión.',
    },
    startTime: {
      label: 'Hora de inicio de la reunión',
      hint: '¿A qué hora empezó la reunión?',
      requiredMessage: 'Escribe la hora en que empezó la reunión.',
    },
    endTime: {
      label: 'Hora de fin de la reunión',
      hint: '¿A qué hora terminó la reunión?',
      requiredMessage: 'Escribe la hora en que terminó la reunión.',
      laterThanMessage: 'La hora de fin tiene que ser después de la hora de inicio. Revisa las 2 horas.',
    },
    primaryGoal: {
      label: '¿En qué meta de tu plan trabajaron hoy?',
      official: 'Meta principal de mi plan individual de trabajo',
      hint: 'Elige una meta o escríbela.',
      requiredMessage: 'Elige la meta en la que trabajaron o escríbela.',
    },
    location: {
      label: '¿Dónde fue la reunión?',
      official: 'Lugar del encuentro',
      requiredMessage: 'Elige dónde fue la reunión.',
      options: {
        'at-agency': { label: 'En la oficina de la agencia', official: 'En la agencia' },
        virtual: { label: 'Por videollamada o por teléfono', official: 'Visita virtual' },
        community: { label: 'Afuera, en la ciudad', official: 'Visita en la comunidad' },
        other: { label: 'En otro lugar', official: 'Otro (por favor, escribe cuál)' },
      },
    },
    locationOther: {
      label: '¿Dónde fue?',
      official: 'Otro (por favor, escribe cuál)',
      hint: 'Escribe dónde fue la reunión.',
      requiredMessage: 'Escribe dónde fue la reunión.',
      invalidMessage: 'Escribe 100 letras o menos.',
    },
    progress: {
      label: '¿Cuánto avanzaron con la meta?',
      official: 'Progreso y dificultades',
      requiredMessage: 'Elige cómo les fue.',
      options: {
        'met-goal': { label: 'Logramos la meta', official: 'Meta cumplida', hint: '¡Ustedes lo lograron!' },
        'considerable-progress': { label: 'Hicimos mucho', official: 'Progreso considerable' },
        'some-steps': { label: 'Hicimos algunas cosas', official: 'Algunos pasos dados' },
        'no-action': { label: 'Esta vez no avanzamos', official: 'Ninguna acción', hint: 'Eso está bien.' },
      },
    },
    progressExplain: {
      label: '¿Qué hicieron?',
      official: 'Por favor, explica',
      requiredMessage: 'Escribe qué hicieron.',
    },
    stepsTaken: {
      label: '¿Qué pasos dieron?',
      official: 'Anota los pasos dados',
      hint: 'Escribe cada cosa que hicieron.',
      requiredMessage: 'Escribe los pasos que dieron.',
    },
    noActionReason: {
      label: '¿Por qué no avanzaron?',
      official: 'Motivo',
      requiredMessage: 'Elige el motivo.',
      options: {
        sick: { label: 'Alguien estaba enfermo', official: 'Enfermedad' },
        'unable-to-contact': { label: 'No pudimos hablar entre nosotros', official: 'Imposible contactar' },
        'unsure-next-step': { label: 'No sabíamos qué hacer después', official: 'Duda sobre el siguiente paso' },
        other: { label: 'Otra cosa', official: 'Otro' },
      },
    },
    noActionOther: {
      label: '¿Cuál fue el motivo?',
      official: 'Por favor, explica',
      requiredMessage: 'Escribe el motivo.',
    },
    thingsToWorkOn: {
      label: '¿En qué vas a trabajar antes de la próxima reunión?',
      official: 'Cosas para trabajar antes de la próxima reunión',
    },
    menteeSignature: { label: 'El mentorado firma aquí', official: 'Firma del mentorado' },
    mentorSignature: { label: 'El mentor de pares firma aquí', official: 'Firma del mentor' },
  },
} satisfies FormTranslation;
