/**
 * The time-log-entry form: its definition and record rules; face-to-face follows the
 * activity until the person changes it (`face-to-face.ts`).
 */
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { faceToFaceFromActivity } from './face-to-face';
import { record } from './record';

/** The form module (see `FormModule`). */
export const form = { definition, record, autoAnswers: faceToFaceFromActivity } satisfies FormModule<'time-log-entry'>;

/** For this form's own modules (the log and its summary) and the Internship pages. */
export { definition as timeLogEntry } from './definition';
