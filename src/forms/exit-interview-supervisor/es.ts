import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';
import { interviewerFieldWords, interviewerSectionWords, interviewWords, peerMentorNameWords, type QuestionWords } from '../shared-words-es';

/**
 * The 9 questions: field name, the plain question, the paper form's words. The name comes
 * after the verb ("¿Puede {name}…?"), and no word has to agree with the person's gender.
 */
const QUESTIONS: readonly QuestionWords[] = [
  ['internshipExperience', '¿Cómo fue la pasantía? ¿Fue como tú pensabas?', 'Cuéntame sobre la experiencia de la pasantía. ¿Fue lo que esperabas?'],
  ['overallPerformance', '¿Cómo fue el trabajo de {name}, en general?', '¿Cómo fue el desempeño general del pasante?'],
  ['strengthsWeaknesses', '¿Qué hace bien {name}? ¿Qué le cuesta todavía?', 'Describe las fortalezas, debilidades y desafíos del pasante.'],
  ['readyIndependently', '¿Puede {name} dar mentoría sin ayuda?', '¿Puede el mentor de pares dar mentoría de forma independiente?'],
  ['changes', '¿Qué cambiarías para mejorar la pasantía?', '¿Hay cosas que cambiarías de la pasantía para hacerla una experiencia con más sentido?'],
  ['barriers', '¿Hubo problemas durante la pasantía?', '¿Tuviste desafíos u obstáculos durante la pasantía?'],
  ['positiveOutcomes', '¿Qué cosas buenas salieron de la pasantía?', '¿Qué resultados positivos viste durante la pasantía?'],
  ['futureTrainingTopics', '¿Qué temas tenemos que enseñar en nuestras próximas clases?', '¿Hay temas que necesitamos tratar en las capacitaciones que ofrezcamos en el futuro?'],
  ['hiring', '¿Tu agencia va a contratar a {name}?', '¿La organización va a contratar al mentor de pares?'],
];

/**
 * An exit interview with the supervisor, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'entrevista final con el supervisor', other: 'entrevistas finales con el supervisor' } satisfies RecordNoun;

/** Exit Interview with Supervisor in Spanish (Lectura Fácil): the council's questions to the supervisor. */
export const es = {
  noun,
  title: 'Entrevista final con el supervisor',
  shortTitle: 'Entrevista del supervisor',
  intro: [
    'Esta es una charla con tu supervisor al final de tu pasantía.',
    'Una persona del consejo (BPDD) hace estas preguntas al supervisor y escribe las respuestas.',
  ],
  sections: {
    about: { title: 'Sobre esta entrevista' },
    questions: { title: 'Preguntas' },
    interviewer: interviewerSectionWords,
  },
  fields: {
    supervisorName: {
      label: 'Supervisor',
      hint: 'El nombre del supervisor.',
      requiredMessage: 'Escribe el nombre del supervisor.',
    },
    peerMentorName: peerMentorNameWords,
    ...interviewWords(QUESTIONS),
    ...interviewerFieldWords,
  },
} satisfies FormTranslation;
