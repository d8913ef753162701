/**
 * Exit Interview with Peer Mentor (training slides 41–43): BPDD (the council) asks the
 * peer mentor these questions at the end of the internship and writes the answers.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { interviewFields, interviewerSection, peerMentorNameField, type QuestionRow } from '../shared-fields';

/** Each question: field name, an Easy Read way to ask it (the bold question), the slides' words. */
const QUESTIONS: readonly QuestionRow[] = [
  ['internshipExperience', 'How was your internship? Was it like you thought it would be?', 'Tell me about your internship experience. Was it what you expected it to be?'],
  ['mentoringExperiences', 'Tell us about someone you mentored. What were their goals? What did you do together?', 'Tell me about your mentoring experiences. Tell us about someone you mentored, goals of that individual(s) and your meetings and your advice you gave.'],
  ['lessonsLearned', 'What did you learn?', 'What are some take away lessons you learned along the way?'],
  ['skillsGained', 'What can you do now that you could not do before? What got better?', 'Are there skills you feel you gained or improved upon during the internship?'],
  ['supervisorSupport', 'Did your supervisor help you? How much?', 'Was your supervisor supportive? How much support did he/she give you during the process?'],
  ['supportChanges', 'What help would you change or make better?', 'Are there things that you want to see changed/improved with support?'],
  ['workingAfter', 'Will you keep working there? How many hours each week?', 'Will you be working for the organization after your internship? How many hours/week?'],
  ['understandExpectations', 'Do you know what a peer mentor needs to do?', 'After completion of your internship, do you have an understanding of expectations of a peer mentor?'],
  ['biggestChallenge', 'What is the hardest part of being a peer mentor?', 'What’s the biggest challenge of being a peer mentor?'],
  ['challengeStrategies', 'What helps with the hard parts?', 'Strategies/tips to overcome those challenges?'],
  ['paperwork', 'Writing notes and filling in forms is part of the job. Was it hard or easy?', 'Taking progress notes and keeping up with the paperwork is part of the job. How was that? Was it challenging? Easy?'],
  ['strengths', 'What are you good at?', 'What are your strengths/qualities?'],
  ['stillToWorkOn', 'What do you still want to get better at?', 'Are there things that you feel you still need to work on?'],
  ['agencyTrainings', 'Did you go to any trainings at your agency?', 'Did you participate in any trainings at the agency during your internship?'],
  ['readyToMentor', 'Are you ready to be a peer mentor? Why or why not?', 'Do you feel you are ready to start mentoring? Why/why not?'],
  ['nextSteps', 'What do you want to do next as a peer mentor?', 'What are your next steps/future goals as it relates to peer mentoring?'],
  ['presenting', 'Would you like to speak at a conference or training, with help?', 'Would you be interested in presenting at conferences or at trainings on peer mentoring (with support)?'],
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
