/**
 * Exit Interview with Supervisor (training slide 44): BPDD (the council) asks the peer
 * mentor's supervisor these 9 questions at the end of the internship.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { interviewFields, interviewerSection, peerMentorNameField, type QuestionRow } from '../shared-fields';

/** The 9 questions of slide 44: field name, an Easy Read way to ask it (the bold question), the slide's words. */
const QUESTIONS: readonly QuestionRow[] = [
  ['internshipExperience', 'How did the internship go? Was it what you thought it would be?', 'Tell me about the internship experience. Was it what you expected it to be?'],
  ['overallPerformance', 'How well did {name} do, all in all?', 'What was the overall performance of the intern?'],
  ['strengthsWeaknesses', 'What does {name} do well? What is still hard?', 'Describe the strengths/weaknesses/challenges of the intern?'],
  ['readyIndependently', 'Is {name} ready to mentor on their own?', 'Is the peer mentor ready to mentor independently?'],
  ['changes', 'What would you change to make the internship better?', 'Are there things you would change about the internship to make it a more meaningful experience?'],
  ['barriers', 'Did anything get in the way during the internship?', 'Did you experience challenges/barriers during the internship?'],
  ['positiveOutcomes', 'What good things came from the internship?', 'What were the positive outcomes you experienced during the internship?'],
  ['futureTrainingTopics', 'What should we teach about in our next classes?', 'Are there topics that we need to address in future trainings that we offer?'],
  ['hiring', 'Will your agency hire {name}?', 'Will the organization be hiring the peer mentor?'],
];

/** The field names of the 9 questions, in order. */
export const SUPERVISOR_EXIT_QUESTION_NAMES: readonly string[] = QUESTIONS.map(([name]) => name);

const questionFields = interviewFields(QUESTIONS);

/** Exit Interview with Supervisor: the council's questions to the supervisor. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Exit Interview with Supervisor',
  shortTitle: 'Supervisor exit',
  picture: 'briefcase',
  intro: [
    'This is a talk with your supervisor at the end of your internship.',
    'Someone from BPDD asks the supervisor these questions and writes the answers.',
  ],
  owner: 'mentor',
  sections: [
    {
      id: 'about',
      title: 'About this interview',
      fields: [
        {
          name: 'supervisorName',
          kind: 'text',
          label: 'Supervisor',
          hint: 'The supervisor’s name.',
          required: true,
          requiredMessage: 'Write the supervisor’s name.',
        },
        peerMentorNameField,
      ],
    },
    { id: 'questions', title: 'Questions', fields: questionFields },
    interviewerSection,
  ],
} satisfies FormDefinition;
