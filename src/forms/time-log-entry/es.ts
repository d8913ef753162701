import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

/**
 * A time log entry, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'anotación de horas', other: 'anotaciones de horas' } satisfies RecordNoun;

/** Time and Activity Log in Spanish (Lectura Fácil): one activity of the 90-hour internship. */
export const es = {
  noun,
  title: 'Registro de horas de la pasantía',
  shortTitle: 'Anotar horas',
  intro: [
    'Escribe cada cosa que haces para tu pasantía.',
    'Tú necesitas 90 horas en total.',
    'Por lo menos la mitad de tus horas tiene que ser mentoría cara a cara.',
    'Tu supervisor revisa tu registro.',
  ],
  sections: {
    activity: { title: 'Lo que hice' },
  },
  fields: {
    date: {
      label: 'Fecha',
      requiredMessage: 'Escribe la fecha.',
    },
    activity: {
      label: '¿Qué hiciste?',
      official: 'Actividad',
      requiredMessage: 'Elige la actividad.',
      options: {
        shadowing: {
          label: 'Acompañar al personal y a mentores de pares certificados',
          official: 'Acompañamiento (personal de la agencia y mentores de pares certificados)',
          hint: 'Tú miraste a otra persona y aprendiste de ella.',
        },
        'learning-system': {
          label: 'Aprender sobre los cuidados a largo plazo y los recursos de la comunidad',
          official: 'Aprendizaje del sistema de cuidados a largo plazo y de los recursos comunitarios',
          hint: 'Tú aprendiste sobre servicios y lugares que ayudan.',
        },
        'agency-training': {
          label: 'Cursos que mi agencia me pide hacer',
          official: 'Asistencia a capacitaciones u orientación obligatorias de la agencia',
        },
        'staff-meetings': {
          label: 'Reuniones y cursos del personal que sirven para mi trabajo',
          official: 'Asistencia a reuniones y capacitaciones del personal relacionadas con el trabajo',
        },
        'peer-trainings': {
          label: 'Cursos y conferencias para pares',
          official: 'Asistencia a capacitaciones y conferencias de pares',
        },
        'monthly-teleconference': {
          label: 'Llamadas de mentores de pares, 1 vez al mes',
          official: 'Teleconferencias mensuales de mentores de pares',
        },
        'annual-conference': {
          label: 'La Conferencia de Pares, 1 vez al año',
          official: 'Conferencia anual de pares',
        },
        'annual-retreat': {
          label: 'El Retiro de Mentores de Pares, 1 vez al año',
          official: 'Retiro anual de mentores de pares',
        },
        'mentoring-one-on-one': {
          label: 'Mentoría con 1 persona a la vez',
          official: 'Mentoría individual',
          hint: 'Tú y 1 mentorado.',
        },
        'mentoring-group': {
          label: 'Mentoría con un grupo',
          official: 'Mentoría en grupo',
          hint: 'Tú y algunos mentorados.',
        },
        'co-facilitating': {
          label: 'Ayudar a dirigir un grupo',
          official: 'Codirigir grupos',
        },
        'other-duties': {
          label: 'Otro trabajo que es parte de la mentoría',
          official: 'Otras tareas del trabajo relacionadas con la mentoría',
        },
      },
    },
    activityNote: {
      label: 'Cuenta un poco más',
      hint: 'Unas pocas palabras. Tú puedes dejar esto vacío.',
    },
    durationHours: {
      label: '¿Cuánto tiempo? Horas',
      hint: 'Escribe las horas, por ejemplo 1. Escribe 0 si fue menos de 1 hora.',
      requiredMessage: 'Escribe las horas. Escribe 0 si fue menos de 1 hora.',
      invalidMessage: 'Escribe un número entero de horas, de 0 a 24.',
    },
    durationMinutes: {
      label: 'Y minutos',
      hint: 'Escribe los minutos, por ejemplo 10. Escribe 0 si no hay más minutos.',
      requiredMessage: 'Escribe los minutos. Escribe 0 si no hay más minutos.',
      invalidMessage: 'Escribe un número entero de minutos, de 0 a 59.',
    },
    faceToFace: {
      label: '¿Fue mentoría cara a cara?',
      hint: '¿Tuviste una reunión con un mentorado para darle mentoría? Pregunta a tu supervisor si tienes dudas.',
      requiredMessage: 'Elige sí o no.',
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
      },
    },
    initials: {
      label: 'Las primeras letras de tu nombre',
      official: 'Iniciales del mentor de pares',
      hint: 'Por ejemplo, S L para Sam Lee.',
      requiredMessage: 'Escribe tus iniciales.',
      invalidMessage: 'Escribe 5 letras o menos.',
    },
  },
} satisfies FormTranslation;
