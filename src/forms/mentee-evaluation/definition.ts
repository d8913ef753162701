/**
 * Performance Evaluation by Mentee (training slide 40): the supervisor sits with the mentee
 * at the mid-point and at the end of the internship, and the mentee answers 6 statements
 * about their peer mentor.
 */
import type { FieldOption, FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { ratingFields, type QuestionRow } from '../shared-fields';

/**
 * The mentee's answer scale: Yes / Sometimes / No, each with a face.
 * We use 3 points with faces, not a 1–5 scale: for many people with intellectual
 * disabilities, three clear choices with pictures are easier to understand and answer
 * honestly than five numbers whose steps are hard to tell apart.
 */
const MENTEE_SCALE: readonly FieldOption[] = [
  { value: 'yes', label: 'Yes', picture: 'smilingFace' },
  { value: 'sometimes', label: 'Sometimes', picture: 'neutralFace' },
  { value: 'no', label: 'No', picture: 'frowningFace' },
];

/** The 6 statements of slide 40: field name, an Easy Read question (the bold label), the slide's words. */
const STATEMENTS: readonly QuestionRow[] = [
  ['listens', 'Does your peer mentor listen to you?', 'I feel that my peer mentor listens to my concerns.'],
  ['understands', 'Does your peer mentor understand your life?', 'I feel that my peer mentor understands my situation.'],
  ['confidence', 'Do you feel surer of yourself since you started meeting?', 'I have gained confidence in my abilities as the result of my interactions with my peer.'],
  ['helpedWithGoals', 'Does your peer mentor help you plan for your goals?', 'My peer mentor has helped me to figure out what I need to do to reach my goals.'],
  ['timeRight', 'Did you meet for the right amount of time?', 'The amount of time I spent with my peer mentor was appropriate for my needs.'],
  ['continueMeeting', 'Do you want to keep meeting your peer mentor?', 'I would like to continue to meet with my peer mentor.'],
];

const statementFields = ratingFields(STATEMENTS, MENTEE_SCALE, () => 'Choose yes, sometimes or no.');

/** Performance Evaluation by Mentee: the mentee's view of their peer mentor. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Performance Evaluation by Mentee',
  shortTitle: 'Mentee says',
  picture: 'student',
  intro: [
    'This form is about your peer mentor.',
    'A supervisor asks you these questions.',
    'There are no wrong answers. Say what you really think.',
  ],
  owner: 'mentee',
  sections: [
    {
      id: 'about',
      title: 'About this evaluation',
      fields: [
        {
          name: 'point',
          kind: 'radio',
          label: 'When do you answer these questions?',
          required: true,
          requiredMessage: 'Choose mid-point or end.',
          options: [
            { value: 'mid-point', label: 'Halfway through the internship', official: 'Mid-point of the internship', picture: 'hourglass' },
            { value: 'end', label: 'At the end of the internship', official: 'End of the internship', picture: 'finishFlag' },
          ],
        },
        {
          name: 'peerMentorName',
          kind: 'text',
          label: 'Peer mentor',
          hint: 'The peer mentor’s name.',
          prefill: 'mentorName',
        },
        {
          name: 'evaluationDate',
          kind: 'date',
          label: 'Date',
          required: true,
          requiredMessage: 'Write the date.',
          prefill: 'today',
        },
      ],
    },
    {
      id: 'statements',
      title: 'What I think',
      hint: 'Choose yes, sometimes or no.',
      fields: statementFields,
    },
    {
      id: 'comments',
      title: 'Comments',
      fields: [
        {
          name: 'comments',
          kind: 'textarea',
          label: 'Is there anything else you want to say?',
          official: 'Comments you would like to share',
          printLines: 4,
        },
      ],
    },
  ],
} satisfies FormDefinition;
