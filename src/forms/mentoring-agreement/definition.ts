/**
 * Mentoring agreement, adapted for peer mentors from a state agency's staff mentoring
 * agreement: when we start, how often we meet, how to reach the mentor, what stays
 * private, and that the peer mentor does not supervise or judge the mentee.
 * Signatures carry their own date (`signedAt`).
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';

/** Mentoring agreement: how the mentee and peer mentor will work together. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Mentoring Agreement',
  shortTitle: 'Agreement',
  picture: 'scales',
  intro: [
    'This is a promise between you and your peer mentor.',
    'It says when you meet and how to reach each other.',
    'Your peer mentor is there to help you. They are not your boss. They do not judge you.',
    'You, your peer mentor and the supervisor sign it.',
  ],
  owner: 'mentee',
  sections: [
    {
      id: 'meeting',
      title: 'Meeting',
      fields: [
        {
          name: 'startDate',
          kind: 'date',
          label: 'What day do we start meeting?',
          official: 'The mentoring relationship will begin on',
          required: true,
          requiredMessage: 'Write the day you start.',
          prefill: 'today',
        },
        {
          name: 'howOften',
          kind: 'radio',
          label: 'How often will we meet?',
          official: 'We will meet minimally',
          required: true,
          requiredMessage: 'Choose how often you will meet.',
          options: [
            { value: 'weekly', label: 'Every week' },
            { value: 'every-two-weeks', label: 'Every two weeks' },
            { value: 'monthly', label: 'Every month' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          name: 'howOftenOther',
          kind: 'textarea',
          label: 'How often will you meet?',
          showWhen: { field: 'howOften', oneOf: ['other'] },
          required: true,
          requiredMessage: 'Write how often you will meet.',
          printLines: 2,
        },
      ],
    },
    {
      id: 'contact',
      title: 'How to reach my peer mentor',
      hint: 'You can call or email your peer mentor between meetings.',
      fields: [
        {
          name: 'mentorPhone',
          kind: 'text',
          label: 'What is the peer mentor’s phone number?',
          official: 'The mentor can be reached at telephone number',
          hint: 'A phone number for your peer mentor at work.',
          format: 'tel',
          required: true,
          requiredMessage: 'Write the peer mentor’s phone number.',
        },
        {
          name: 'mentorEmail',
          kind: 'text',
          label: 'What is the peer mentor’s email?',
          official: 'Email',
          hint: 'You can leave this empty if there is no email.',
          format: 'email',
        },
      ],
    },
    {
      id: 'privacy',
      title: 'Keeping things private',
      fields: [
        {
          name: 'whatWeKeepPrivate',
          kind: 'textarea',
          label: 'What we keep private',
          hint: 'For example: what we talk about stays between us and the supervisor. Ask the supervisor when the agency must tell someone else, like when someone could get hurt.',
          required: true,
          requiredMessage: 'Write what you keep private.',
          printLines: 3,
        },
        {
          name: 'whoMaySee',
          kind: 'textarea',
          label: 'Who may see our records',
          hint: 'For example: me, my peer mentor and the supervisor. Other people only if I say yes.',
          required: true,
          requiredMessage: 'Write who may see your records.',
          printLines: 3,
        },
      ],
    },
    {
      id: 'agree',
      title: 'We agree',
      fields: [
        {
          name: 'notSupervisor',
          kind: 'checkbox',
          label: 'We agree: my peer mentor does not supervise me or judge me.',
          hint: 'Your peer mentor helps you reach your goals. You make your own choices.',
          required: true,
          requiredMessage: 'Check the box to say you agree.',
          options: [{ value: 'agree', label: 'Yes, we agree', picture: 'handshake' }],
        },
      ],
    },
    {
      id: 'signatures',
      title: 'Signatures',
      hint: 'Sign with your finger, or type your name. The date is saved with each signature.',
      fields: [
        { name: 'menteeSignature', kind: 'signature', label: 'The mentee signs here', official: 'Mentee signature', signer: 'mentee', required: true },
        { name: 'mentorSignature', kind: 'signature', label: 'The peer mentor signs here', official: 'Mentor signature', signer: 'mentor', required: true },
        {
          name: 'supervisorSignature',
          kind: 'signature',
          label: 'The supervisor signs here',
          official: 'Supervisor signature',
          hint: 'The supervisor can sign later.',
          signer: 'supervisor',
        },
      ],
    },
  ],
} satisfies FormDefinition;
