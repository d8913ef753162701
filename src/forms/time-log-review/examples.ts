/**
 * Filled-in examples of the time-log-review form, for the tests and the benchmark seed only
 * (pages never ship them): one valid, and invalid ones with the fields that must fail.
 */
import type { FormExamples, FormValues } from '~/lib/forms/types';

const valid: FormValues = {
  reviewedBy: 'Pat Morgan',
  dateReviewed: '2026-08-28',
  supervisorSignature: { kind: 'typed', value: 'Pat Morgan', signedAt: '2026-08-28T14:00:00.000Z' },
};

/** The examples. */
export const examples = {
  version: 1,
  valid,
  invalid: [
    { values: { ...valid, reviewedBy: '', supervisorSignature: null }, errors: ['reviewedBy', 'supervisorSignature'] },
    {
      values: { ...valid, dateReviewed: '28/08/2026', supervisorSignature: { kind: 'drawn', value: 'javascript:alert(1)', signedAt: '2026-08-28T14:00:00.000Z' } },
      errors: ['dateReviewed', 'supervisorSignature'],
    },
  ],
} satisfies FormExamples;
