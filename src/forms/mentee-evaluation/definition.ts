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

/** The 6 statements of slide 40: field name, the slide's words, an Easy Read hint. */
const STATEMENTS: readonly QuestionRow[] = [
  ['listens', 'I feel that my peer mentor listens to my concerns.', 'Does your peer mentor listen to you?'],
  ['understands', 'I feel that my peer mentor understands my situation.', 'Does your peer mentor understand your life?'],
  ['confidence', 'I have gained confidence in my abilities as the result of my interactions with my peer.', 'Do you feel surer of yourself since you started meeting?'],
  ['helpedWithGoals', 'My peer mentor has helped me to figure out what I need to do to reach my goals.', 'Does your peer mentor help you plan for your goals?'],
  ['timeRight', 'The amount of time I spent with my peer mentor was appropriate for my needs.', 'Did you meet for the right amount of time?'],
  ['continueMeeting', 'I would like to continue to meet with my peer mentor.', 'Do you want to keep meeting your peer mentor?'],
];

const statementFields = ratingFields(STATEMENTS, MENTEE_SCALE, () => 'Choose yes, sometimes or no.');

/** Performance Evaluation by Mentee: the mentee's view of their peer mentor. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Performance Evaluation by Mentee',
  shortTitle: 'Mentee says',
  picture: 'speech',
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
          label: 'When is this evaluation?',
          required: true,
          requiredMessage: 'Choose mid-point or end.',
          options: [
            { value: 'mid-point', label: 'Mid-point of the internship', hint: 'Halfway through.', picture: 'hourglass' },
            { value: 'end', label: 'End of the internship', hint: 'At the end.', picture: 'finishFlag' },
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
          label: 'Comments you would like to share',
          hint: 'Is there anything else you want to say?',
          printLines: 4,
        },
      ],
    },
  ],
} satisfies FormDefinition;
