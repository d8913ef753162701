/**
 * Encounter form (training slide 35): the peer mentor and mentee fill it every time they meet.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';

/** Encounter form: what happened at one meeting. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Encounter Form',
  shortTitle: 'Meeting',
  picture: 'handshake',
  intro: [
    'Fill this in every time you meet.',
    'Write what you worked on and how it went.',
    'The mentee and the peer mentor both sign it.',
  ],
  owner: 'mentee',
  sections: [
    {
      id: 'meeting',
      title: 'Our meeting',
      fields: [
        {
          name: 'menteeName',
          kind: 'text',
          label: 'Name',
          hint: 'The name of the person you mentor.',
          required: true,
          requiredMessage: 'Write the name.',
          prefill: 'menteeName',
        },
        {
          name: 'meetingDate',
          kind: 'date',
          label: 'Meeting date',
          required: true,
          requiredMessage: 'Write the meeting date.',
          prefill: 'today',
        },
        {
          name: 'startTime',
          kind: 'time',
          label: 'Meeting start time',
          hint: 'When did the meeting start?',
          required: true,
          requiredMessage: 'Write the time the meeting started.',
          prefill: 'now',
        },
        {
          name: 'endTime',
          kind: 'time',
          label: 'Meeting end time',
          hint: 'When did the meeting end?',
          required: true,
          requiredMessage: 'Write the time the meeting ended.',
          laterThan: {
            field: 'startTime',
            message: 'The end time must be after the start time. Check both times.',
          },
        },
        {
          name: 'primaryGoal',
          kind: 'goal',
          label: 'Primary goal from my individual plan',
          hint: 'Which goal did you work on today? Pick one, or write it in.',
          required: true,
          requiredMessage: 'Pick the goal you worked on, or write it in.',
        },
        {
          name: 'location',
          kind: 'radio',
          label: 'Location of interaction',
          hint: 'Where did you meet?',
          required: true,
          requiredMessage: 'Choose where you met.',
          options: [
            { value: 'at-agency', label: 'At agency', hint: 'At the office.', picture: 'office' },
            { value: 'virtual', label: 'Virtual visit', hint: 'On a video call or phone.', picture: 'computer' },
            { value: 'community', label: 'Community visit', hint: 'Out in town.', picture: 'park' },
          ],
        },
      ],
    },
    {
      id: 'progress',
      title: 'How did it go?',
      fields: [
        {
          name: 'progress',
          kind: 'radio',
          label: 'Progress and challenges',
          hint: 'How far did you get with the goal?',
          required: true,
          requiredMessage: 'Choose how it went.',
          options: [
            { value: 'met-goal', label: 'Met goal', hint: 'You did it!', picture: 'trophy' },
            { value: 'considerable-progress', label: 'Considerable progress', hint: 'You did a lot.', picture: 'thumbsUp' },
            { value: 'some-steps', label: 'Some steps taken', hint: 'You did some things.', picture: 'footprints' },
            { value: 'no-action', label: 'No action taken', hint: 'Nothing got done this time. That is OK.', picture: 'cross' },
          ],
        },
        {
          name: 'progressExplain',
          kind: 'textarea',
          label: 'Please explain',
          hint: 'What did you do?',
          showWhen: { field: 'progress', oneOf: ['considerable-progress'] },
          required: true,
          requiredMessage: 'Write what you did.',
          printLines: 3,
        },
        {
          name: 'stepsTaken',
          kind: 'textarea',
          label: 'List the steps taken',
          hint: 'Write each thing you did.',
          showWhen: { field: 'progress', oneOf: ['some-steps'] },
          required: true,
          requiredMessage: 'Write the steps you took.',
          printLines: 3,
        },
        {
          name: 'noActionReason',
          kind: 'radio',
          label: 'Reason',
          hint: 'Why did nothing get done?',
          showWhen: { field: 'progress', oneOf: ['no-action'] },
          required: true,
          requiredMessage: 'Choose the reason.',
          options: [
            { value: 'sick', label: 'Sick', picture: 'sick' },
            { value: 'unable-to-contact', label: 'Unable to contact', hint: 'We could not reach each other.', picture: 'phone' },
            { value: 'unsure-next-step', label: 'Unsure of next step', hint: 'We did not know what to do next.', picture: 'thinking' },
            { value: 'other', label: 'Other', hint: 'Something else.', picture: 'pencil' },
          ],
        },
        {
          name: 'noActionOther',
          kind: 'textarea',
          label: 'Please explain',
          hint: 'What was the reason?',
          showWhen: { field: 'noActionReason', oneOf: ['other'] },
          required: true,
          requiredMessage: 'Write the reason.',
          printLines: 2,
        },
      ],
    },
    {
      id: 'next-time',
      title: 'Next time',
      fields: [
        {
          name: 'thingsToWorkOn',
          kind: 'textarea',
          label: 'Things to work on before next meeting',
          hint: 'What will you do before you meet again?',
          printLines: 3,
        },
      ],
    },
    {
      id: 'signatures',
      title: 'Signatures',
      hint: 'Sign with your finger, or type your name.',
      fields: [
        { name: 'menteeSignature', kind: 'signature', label: 'Signature of mentee', signer: 'mentee', required: true },
        { name: 'mentorSignature', kind: 'signature', label: 'Signature of mentor', signer: 'mentor', required: true },
      ],
    },
  ],
} satisfies FormDefinition;
