/**
 * My Individual Plan (training slide 34). Filled by the peer mentor and mentee together
 * when they first start, and again when the plan changes.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';

/** My Individual Plan: the mentee's goals to work on with the peer mentor. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'My Individual Plan',
  shortTitle: 'My plan',
  picture: 'target',
  intro: [
    'This is your plan with your peer mentor.',
    'You pick the goals. Your peer mentor helps you work on them.',
    'Fill it in together when you start. Fill it in again when your plan changes.',
  ],
  owner: 'mentee',
  sections: [
    {
      id: 'goals',
      title: 'My goals',
      fields: [
        {
          name: 'menteeName',
          kind: 'text',
          label: 'Name',
          hint: 'Your name.',
          required: true,
          requiredMessage: 'Write your name.',
          prefill: 'menteeName',
        },
        {
          name: 'personCenteredGoals',
          kind: 'textarea',
          label: 'Which goals from your person-centered plan do you want help with?',
          official: 'Goals from my person-centered plan I want to work toward with my peer mentor',
          hint: 'Look at your person-centered plan.',
          required: true,
          requiredMessage: 'Write the goals you want to work on.',
          printLines: 5,
        },
        {
          name: 'goal1',
          kind: 'text',
          label: 'What is the first goal you want to work on?',
          official: 'The first two goals I want to work on are: Goal 1',
          required: true,
          requiredMessage: 'Write your first goal.',
        },
        {
          name: 'goal2',
          kind: 'text',
          label: 'What is the second goal?',
          official: 'Goal 2',
          hint: 'You can leave this empty if you want to work on one goal.',
        },
      ],
    },
    {
      id: 'next-steps',
      title: 'Next steps',
      fields: [
        {
          name: 'firstSteps',
          kind: 'textarea',
          label: 'What small things will you do first?',
          official: 'First steps toward my goal(s)',
          required: true,
          requiredMessage: 'Write your first steps.',
          printLines: 4,
        },
        {
          name: 'thingsToWorkOn',
          kind: 'textarea',
          label: 'What will you work on before you meet again?',
          official: 'Things I need to work on before our next meeting',
          printLines: 4,
        },
        {
          name: 'dateReviewed',
          kind: 'date',
          label: 'The day you looked at this plan together',
          official: 'Date reviewed',
          required: true,
          requiredMessage: 'Write the date you looked at this plan.',
          prefill: 'today',
        },
      ],
    },
    {
      id: 'signatures',
      title: 'Signatures',
      hint: 'Sign with your finger, or type your name.',
      fields: [
        {
          name: 'menteeSignature',
          kind: 'signature',
          label: 'The mentee signs here',
          official: 'Signature of mentee',
          signer: 'mentee',
          required: true,
        },
        {
          name: 'mentorSignature',
          kind: 'signature',
          label: 'The peer mentor signs here',
          official: 'Signature of mentor',
          signer: 'mentor',
          required: true,
        },
      ],
    },
  ],
} satisfies FormDefinition;
