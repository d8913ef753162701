import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

/**
 * A mentoring agreement, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'acuerdo de mentoría', other: 'acuerdos de mentoría' } satisfies RecordNoun;

/** Mentoring agreement in Spanish (Lectura Fácil): how the mentee and peer mentor will work together. */
export const es = {
  noun,
  list: { newLabel: 'Nuevo acuerdo de mentoría' },
  title: 'Acuerdo de mentoría',
  shortTitle: 'Acuerdo',
  intro: [
    'Esta es una promesa entre tú y tu mentor de pares.',
    'El acuerdo dice cuándo tienen reuniones y cómo hablar entre ustedes.',
    'Tu mentor de pares está para ayudarte. Tu mentor no es tu jefe. Tu mentor no te juzga.',
    'Tú, tu mentor de pares y el supervisor firman el acuerdo.',
  ],
  sections: {
    meeting: { title: 'Reuniones' },
    contact: { title: 'Cómo hablar con mi mentor de pares', hint: 'Tú puedes llamar o escribir a tu mentor de pares entre reuniones.' },
    privacy: { title: 'Lo que es privado' },
    agree: { title: 'Estamos de acuerdo' },
    signatures: { title: 'Firmas', hint: 'Firma con tu dedo o escribe tu nombre. La fecha queda guardada con cada firma.' },
  },
  fields: {
    startDate: {
      label: '¿Qué día empezamos las reuniones?',
      official: 'La relación de mentoría empieza el',
      requiredMessage: 'Escribe el día en que empiezan.',
    },
    howOften: {
      label: '¿Cada cuánto tiempo vamos a tener reuniones?',
      official: 'Vamos a reunirnos como mínimo',
      requiredMessage: 'Elige cada cuánto tiempo van a tener reuniones.',
      options: {
        weekly: { label: 'Cada semana' },
        'every-two-weeks': { label: 'Cada 2 semanas' },
        monthly: { label: 'Cada mes' },
        other: { label: 'Otra cosa' },
      },
    },
    howOftenOther: {
      label: '¿Cada cuánto tiempo van a tener reuniones?',
      requiredMessage: 'Escribe cada cuánto tiempo van a tener reuniones.',
    },
    mentorPhone: {
      label: '¿Cuál es el teléfono del mentor de pares?',
      official: 'Número de teléfono para comunicarse con el mentor',
      hint: 'Un número de teléfono de trabajo de tu mentor de pares.',
      requiredMessage: 'Escribe el teléfono del mentor de pares.',
    },
    mentorEmail: {
      label: '¿Cuál es el correo electrónico del mentor de pares?',
      official: 'Correo electrónico',
      hint: 'Tú puedes dejar esto vacío si no hay correo electrónico.',
    },
    whatWeKeepPrivate: {
      label: 'Lo que mantenemos en privado',
      hint: 'Por ejemplo: lo que hablamos queda entre nosotros y el supervisor. Pregunta al supervisor cuándo la agencia tiene que avisar a otra persona. Por ejemplo, cuando alguien corre peligro.',
      requiredMessage: 'Escribe lo que mantienen en privado.',
    },
    whoMaySee: {
      label: 'Quién puede ver nuestros formularios',
      hint: 'Por ejemplo: yo, mi mentor de pares y el supervisor. Otras personas solo si yo digo que sí.',
      requiredMessage: 'Escribe quién puede ver tus formularios.',
    },
    notSupervisor: {
      label: 'Estamos de acuerdo: mi mentor de pares no es mi supervisor y no me juzga.',
      hint: 'Tu mentor de pares te ayuda con tus metas. Tú tomas tus propias decisiones.',
      requiredMessage: 'Marca la casilla para decir que estás de acuerdo.',
      options: {
        agree: { label: 'Sí, estamos de acuerdo' },
      },
    },
    menteeSignature: { label: 'El mentorado firma aquí', official: 'Firma del mentorado' },
    mentorSignature: { label: 'El mentor de pares firma aquí', official: 'Firma del mentor' },
    supervisorSignature: {
      label: 'El supervisor firma aquí',
      official: 'Firma del supervisor',
      hint: 'El supervisor puede firmar después.',
    },
  },
} satisfies FormTranslation;
