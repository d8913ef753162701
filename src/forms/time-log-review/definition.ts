/**
 * Supervisor review of the Time and Activity Log (training slide 38): the supervisor checks
 * the peer mentor's log and signs. The log is sent to BPDD at the end of the internship.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';

/** Time and Activity Log review: the supervisor's check and signature. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Time and Activity Log for Internship: Supervisor Review',
  shortTitle: 'Log review',
  picture: 'magnifier',
  intro: [
    'Your supervisor looks at your time log.',
    'They check your hours and sign here.',
    'Your log goes to BPDD at the end of your internship.',
  ],
  owner: 'mentor',
  sections: [
    {
      id: 'review',
      title: 'Review',
      fields: [
        {
          name: 'reviewedBy',
          kind: 'text',
          label: 'Name of the supervisor who checked the log',
          official: 'Reviewed by',
          required: true,
          requiredMessage: 'Write the supervisor’s name.',
        },
        {
          name: 'dateReviewed',
          kind: 'date',
          label: 'Date the log was checked',
          official: 'Date reviewed',
          required: true,
          requiredMessage: 'Write the date you checked the log.',
          prefill: 'today',
        },
        {
          name: 'supervisorSignature',
          kind: 'signature',
          label: 'The supervisor signs here',
          official: 'Signature of supervisor',
          signer: 'supervisor',
          required: true,
        },
      ],
    },
  ],
} satisfies FormDefinition;
