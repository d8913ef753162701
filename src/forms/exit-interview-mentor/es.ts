import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';
import { interviewerFieldWords, interviewerSectionWords, interviewWords, peerMentorNameWords, type QuestionWords } from '../shared-words-es';

/** Each question: field name, the plain question, the paper form's words. */
const QUESTIONS: readonly QuestionWords[] = [
  ['internshipExperience', '¿Cómo fue tu pasantía? ¿Fue como tú pensabas?', 'Cuéntame sobre tu experiencia en la pasantía. ¿Fue lo que esperabas?'],
  [
    'mentoringExperiences',
    'Cuéntanos de una persona a quien diste mentoría. ¿Cuáles eran sus metas? ¿Qué hicieron juntos?',
    'Cuéntame sobre tus experiencias de mentoría. Cuéntanos sobre alguien a quien diste mentoría. Habla de sus metas, de sus reuniones y de los consejos que diste.',
  ],
  ['lessonsLearned', '¿Qué aprendiste?', '¿Qué lecciones aprendiste en el camino?'],
  ['skillsGained', '¿Qué puedes hacer ahora que antes no podías? ¿Qué mejoró?', '¿Sientes que ganaste o mejoraste habilidades durante la pasantía?'],
  ['supervisorSupport', '¿Tu supervisor te ayudó? ¿Cuánto?', '¿Tu supervisor te apoyó? ¿Cuánto apoyo te dio durante el proceso?'],
  ['supportChanges', '¿Qué ayuda cambiarías o mejorarías?', '¿Hay cosas del apoyo que quieres cambiar o mejorar?'],
  ['workingAfter', '¿Vas a trabajar allí después? ¿Cuántas horas cada semana?', '¿Vas a trabajar para la organización después de tu pasantía? ¿Cuántas horas por semana?'],
  ['understandExpectations', '¿Sabes lo que tiene que hacer un mentor de pares?', 'Al terminar tu pasantía, ¿entiendes lo que debe hacer un mentor de pares?'],
  ['biggestChallenge', '¿Qué es lo más difícil de ser mentor de pares?', '¿Cuál es el mayor desafío de ser mentor de pares?'],
  ['challengeStrategies', '¿Qué te ayuda con las partes difíciles?', '¿Qué estrategias o consejos ayudan a superar esos desafíos?'],
  [
    'paperwork',
    'Escribir notas y llenar formularios es parte del trabajo. ¿Fue difícil o fácil?',
    'Tomar notas de progreso y tener el papeleo al día es parte del trabajo. ¿Cómo te fue? ¿Fue difícil? ¿Fácil?',
  ],
  ['strengths', '¿Qué cosas haces bien?', '¿Cuáles son tus fortalezas y cualidades?'],
  ['stillToWorkOn', '¿En qué quieres mejorar todavía?', '¿Hay cosas en las que sientes que todavía necesitas trabajar?'],
  ['agencyTrainings', '¿Fuiste a algún curso en tu agencia?', '¿Participaste en alguna capacitación de la agencia durante tu pasantía?'],
  ['readyToMentor', '¿Sientes que ya puedes dar mentoría? ¿Por qué sí o por qué no?', '¿Sientes que tienes la preparación para empezar a dar mentoría? ¿Por qué sí o por qué no?'],
  ['nextSteps', '¿Qué quieres hacer después como mentor de pares?', '¿Cuáles son tus próximos pasos o metas futuras en la mentoría de pares?'],
  ['presenting', '¿Te gustaría hablar en una conferencia o un curso, con ayuda?', '¿Te interesaría presentar en conferencias o capacitaciones sobre mentoría de pares, con apoyo?'],
];

/**
 * An exit interview, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'entrevista final', other: 'entrevistas finales' } satisfies RecordNoun;

/** Exit Interview with Peer Mentor in Spanish (Lectura Fácil): the council's questions at the end of the internship. */
export const es = {
  noun,
  title: 'Entrevista final con el mentor de pares',
  shortTitle: 'Entrevista final',
  intro: [
    'Esta es una charla al final de tu pasantía.',
    'Una persona del consejo (BPDD) te hace estas preguntas y escribe tus respuestas.',
    'Responde con tus propias palabras. Tú puedes saltar una pregunta.',
  ],
  sections: {
    about: { title: 'Sobre esta entrevista' },
    questions: { title: 'Preguntas' },
    interviewer: interviewerSectionWords,
  },
  fields: {
    peerMentorName: peerMentorNameWords,
    ...interviewWords(QUESTIONS),
    ...interviewerFieldWords,
  },
} satisfies FormTranslation;
