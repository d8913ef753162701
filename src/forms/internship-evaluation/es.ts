import type { RecordNoun } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';
import { peerMentorNameWords, ratingWords, type QuestionWords } from '../shared-words-es';

/** The 1–5 scale: how often, never pass or fail. */
const EVALUATION_SCALE = {
  '1': { label: 'Todavía no' },
  '2': { label: 'A veces' },
  '3': { label: 'Muchas veces' },
  '4': { label: 'Casi siempre' },
  '5': { label: 'Siempre' },
};

/**
 * The 13 areas: field name, the plain question, the paper form's words. The name comes
 * after the verb ("¿Llega {name}…?"): so a question reads right when the words for the
 * person stand in for a name, and no word has to agree with the person's gender.
 */
const AREAS: readonly QuestionWords[] = [
  ['timeManagement', '¿Llega {name} a tiempo y termina su trabajo a tiempo?', 'Manejo del tiempo'],
  ['demeanor', '¿Actúa {name} con calma, amabilidad y respeto?', 'Comportamiento'],
  ['organization', '¿Mantiene {name} en orden sus papeles, planes y cosas?', 'Organización'],
  ['engagement', '¿Participa {name} en la pasantía y muestra interés?', 'Participación en la experiencia de la pasantía'],
  ['expandKnowledge', '¿Quiere {name} aprender cosas nuevas?', 'Disposición para ampliar sus conocimientos'],
  ['reasoning', '¿Piensa {name} bien las cosas y busca formas de resolver problemas?', 'Razonamiento y resolución de problemas'],
  ['writtenCommunication', '¿Escribe {name} notas y formularios que otras personas entienden?', 'Comunicación escrita'],
  ['initiative', '¿Hace {name} cosas por su cuenta, sin que nadie le diga?', 'Iniciativa'],
  ['observation', '¿Ve {name} lo que pasa y lo que necesitan las personas?', 'Capacidad de observación'],
  ['supervisoryProcess', '¿Tiene {name} reuniones con el supervisor y aprende de sus consejos?', 'Participación en el proceso de supervisión'],
  ['verbalCommunication', '¿Habla {name} y escucha bien, y tiene buen trato con las personas?', 'Comunicación verbal y habilidades para relacionarse con otros'],
  ['boundaries', '¿Sabe {name} qué está bien hacer y contar en el trabajo?', 'Límites profesionales y personales'],
  ['terminology', '¿Usa {name} las palabras correctas del trabajo, como “plan centrado en la persona”?', 'Uso de términos profesionales'],
];

/**
 * An internship evaluation, as lists and messages name it: with no article, so the messages around
 * `{noun}` put none. Exported on its own too, so record names can read it without the
 * rest of this file (see `src/forms/records.ts`).
 */
export const noun = { one: 'evaluación de la pasantía', other: 'evaluaciones de la pasantía' } satisfies RecordNoun;

/** Internship Performance Evaluation in Spanish (Lectura Fácil): 13 areas rated 1–5 by the supervisor. */
export const es = {
  noun,
  title: 'Evaluación del desempeño en la pasantía',
  shortTitle: 'Evaluación',
  intro: [
    'Tu supervisor llena este formulario al final de tu pasantía.',
    'Tu supervisor da un número del 1 al 5 a 13 partes de tu trabajo.',
    'Después ustedes lo miran juntos y los 2 firman.',
    'Los números ayudan a decidir si apruebas la pasantía.',
  ],
  sections: {
    about: { title: 'Sobre esta evaluación' },
    ratings: { title: 'Calificaciones', hint: '1 quiere decir todavía no. 5 quiere decir siempre.' },
    sign: { title: 'Comentarios y firmas' },
  },
  fields: {
    peerMentorName: peerMentorNameWords,
    evaluationDate: {
      label: 'Fecha',
      requiredMessage: 'Escribe la fecha.',
    },
    ...ratingWords(AREAS, EVALUATION_SCALE, ([, , official]) => `Elige un número del 1 al 5 para ${official}.`),
    comments: {
      label: '¿Qué salió bien? ¿Qué puede mejorar?',
      official: 'Comentarios',
    },
    supervisorSignature: { label: 'El supervisor firma aquí', official: 'Firma del supervisor' },
    mentorSignature: {
      label: 'El mentor de pares firma aquí',
      official: 'Firma del mentor de pares',
      hint: 'Si firmas, quiere decir que miraste esto con tu supervisor.',
    },
  },
} satisfies FormTranslation;
