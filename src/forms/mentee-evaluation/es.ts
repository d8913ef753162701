import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';
import { peerMentorNameWords, ratingWords, type QuestionWords } from '../shared-words-es';

/** The mentee's answer scale: Sí / A veces / No, each with a face. */
const MENTEE_SCALE = {
  yes: { label: 'Sí' },
  sometimes: { label: 'A veces' },
  no: { label: 'No' },
};

/** The 6 statements: field name, the plain question, the paper form's words. */
const STATEMENTS: readonly QuestionWords[] = [
  ['listens', '¿Tu mentor de pares te escucha?', 'Siento que mi mentor de pares escucha mis preocupaciones.'],
  ['understands', '¿Tu mentor de pares entiende tu vida?', 'Siento que mi mentor de pares entiende mi situación.'],
  ['confidence', '¿Confías más en ti desde que empezaron las reuniones?', 'Tengo más confianza en mis capacidades gracias a los encuentros con mi par.'],
  ['helpedWithGoals', '¿Tu mentor de pares te ayuda a planear tus metas?', 'Mi mentor de pares me ayudó a saber qué hacer para lograr mis metas.'],
  ['timeRight', '¿El tiempo de las reuniones fue el justo para ti?', 'El tiempo que pasé con mi mentor de pares fue adecuado para mis necesidades.'],
  ['continueMeeting', '¿Quieres tener más reuniones con tu mentor de pares?', 'Me gustaría continuar las reuniones con mi mentor de pares.'],
];

/**
 * An evaluation by a mentee, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'evaluación del mentorado', other: 'evaluaciones de mentorados' } satisfies RecordNoun;

/** Performance Evaluation by Mentee in Spanish (Lectura Fácil): the mentee's view of their peer mentor. */
export const es = {
  noun,
  list: { newLabel: 'Nueva evaluación del mentorado', views: { compare: 'A la mitad y al final, lado a lado' } },
  title: 'Evaluación del desempeño por el mentorado',
  shortTitle: 'Evaluación del mentorado',
  intro: [
    'Este formulario es sobre tu mentor de pares.',
    'Un supervisor te hace estas preguntas.',
    'No hay respuestas malas. Di lo que de verdad piensas.',
  ],
  sections: {
    about: { title: 'Sobre esta evaluación' },
    statements: { title: 'Lo que yo pienso', hint: 'Elige sí, a veces o no.' },
    comments: { title: 'Comentarios' },
  },
  fields: {
    point: {
      label: '¿Cuándo respondes estas preguntas?',
      requiredMessage: 'Elige a la mitad o al final.',
      options: {
        'mid-point': { label: 'A la mitad de la pasantía', official: 'Punto medio de la pasantía' },
        end: { label: 'Al final de la pasantía', official: 'Final de la pasantía' },
      },
    },
    peerMentorName: { label: peerMentorNameWords.label, hint: peerMentorNameWords.hint },
    evaluationDate: {
      label: 'Fecha',
      requiredMessage: 'Escribe la fecha.',
    },
    ...ratingWords(STATEMENTS, MENTEE_SCALE, () => 'Elige sí, a veces o no.'),
    comments: {
      label: '¿Quieres decir algo más?',
      official: 'Comentarios que te gustaría compartir',
    },
  },
} satisfies FormTranslation;
