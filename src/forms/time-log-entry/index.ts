/**
 * The time-log-entry form: its definition and record rules; how long it took in words
 * after the minutes (`length-value.ts`); face-to-face follows the activity until the
 * person changes it (`face-to-face.ts`).
 */
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { faceToFaceFromActivity } from './face-to-face';
import { entryLengthValue } from './length-value';
import { record } from './record';
import { summarizeLog } from './totals';

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  derived: [entryLengthValue],
  autoAnswers: faceToFaceFromActivity,
  oversight: { hoursSoFar: summarizeLog },
} satisfies FormModule<'time-log-entry'>;

/** For this form's own modules (the log and its summary) and the Internship pages. */
export { definition as timeLogEntry } from './definition';
