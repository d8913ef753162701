/**
 * Exit Interview with Peer Mentor (training slides 41–43): BPDD (the council) asks the
 * peer mentor these questions at the end of the internship and writes the answers.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { interviewFields, interviewerSection, peerMentorNameField, type QuestionRow } from '../shared-fields';

/** Each question: field name, the slides' words, an Easy Read way to ask it. */
const QUESTIONS: readonly QuestionRow[] = [
  ['internshipExperience', 'Tell me about your internship experience. Was it what you expected it to be?', 'How was your internship? Was it like you thought it would be?'],
  ['mentoringExperiences', 'Tell me about your mentoring experiences. Tell us about someone you mentored, goals of that individual(s) and your meetings and your advice you gave.', 'Tell us about someone you mentored. What were their goals? What did you do together?'],
  ['lessonsLearned', 'What are some take away lessons you learned along the way?', 'What did you learn?'],
  ['skillsGained', 'Are there skills you feel you gained or improved upon during the internship?', 'What can you do now that you could not do before? What got better?'],
  ['supervisorSupport', 'Was your supervisor supportive? How much support did he/she give you during the process?', 'Did your supervisor help you? How much?'],
  ['supportChanges', 'Are there things that you want to see changed/improved with support?', 'What help would you change or make better?'],
  ['workingAfter', 'Will you be working for the organization after your internship? How many hours/week?', 'Will you keep working there? How many hours each week?'],
  ['understandExpectations', 'After completion of your internship, do you have an understanding of expectations of a peer mentor?', 'Do you know what a peer mentor needs to do?'],
  ['biggestChallenge', 'What’s the biggest challenge of being a peer mentor?', 'What is the hardest part of being a peer mentor?'],
  ['challengeStrategies', 'Strategies/tips to overcome those challenges?', 'What helps with the hard parts?'],
  ['paperwork', 'Taking progress notes and keeping up with the paperwork is part of the job. How was that? Was it challenging? Easy?', 'Writing notes and filling in forms is part of the job. Was it hard or easy?'],
  ['strengths', 'What are your strengths/qualities?', 'What are you good at?'],
  ['stillToWorkOn', 'Are there things that you feel you still need to work on?', 'What do you still want to get better at?'],
  ['agencyTrainings', 'Did you participate in any trainings at the agency during your internship?', 'Did you go to any trainings at your agency?'],
  ['readyToMentor', 'Do you feel you are ready to start mentoring? Why/why not?', 'Are you ready to be a peer mentor? Why or why not?'],
  ['nextSteps', 'What are your next steps/future goals as it relates to peer mentoring?', 'What do you want to do next as a peer mentor?'],
  ['presenting', 'Would you be interested in presenting at conferences or at trainings on peer mentoring (with support)?', 'Would you like to speak at a conference or training, with help?'],
];

/** The field names of the interview questions, in order. */
export const MENTOR_EXIT_QUESTION_NAMES: readonly string[] = QUESTIONS.map(([name]) => name);

const questionFields = interviewFields(QUESTIONS);

/** Exit Interview with Peer Mentor: the council's questions at the end of the internship. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Exit Interview with Peer Mentor',
  shortTitle: 'Exit interview',
  picture: 'graduation',
  intro: [
    'This is a talk at the end of your internship.',
    'Someone from BPDD asks you these questions and writes your answers.',
    'Answer in your own words. You can skip a question.',
  ],
  owner: 'mentor',
  sections: [
    {
      id: 'about',
      title: 'About this interview',
      fields: [
        peerMentorNameField,
      ],
    },
    { id: 'questions', title: 'Questions', fields: questionFields },
    interviewerSection,
  ],
} satisfies FormDefinition;
