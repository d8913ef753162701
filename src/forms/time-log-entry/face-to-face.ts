/**
 * Face-to-face from the activity: mentoring one-on-one, in a group, or co-facilitating a
 * group is face-to-face mentoring, so choosing one of them sets "Was this face-to-face
 * mentoring?" to Yes. The person can change it. Choosing another activity takes back a
 * Yes that came from the activity and leaves the question for the person (the training
 * slides do not say which other activities count).
 */
import type { FormValues } from '~/lib/forms/types';

/** Activities that are face-to-face mentoring. */
const FACE_TO_FACE_ACTIVITIES: ReadonlySet<string> = new Set(['mentoring-one-on-one', 'mentoring-group', 'co-facilitating']);

/** True for an activity that is face-to-face mentoring. */
function isFaceToFaceActivity(activity: unknown): boolean {
  return typeof activity === 'string' && FACE_TO_FACE_ACTIVITIES.has(activity);
}

/** The `autoAnswers` hook of the time log (see `FormModule`). */
export function faceToFaceFromActivity(before: FormValues, after: FormValues): FormValues | undefined {
  if (before['activity'] === after['activity']) return undefined;
  if (isFaceToFaceActivity(after['activity'])) {
    return after['faceToFace'] === 'yes' ? undefined : { ...after, faceToFace: 'yes' };
  }
  const yesFromActivity = isFaceToFaceActivity(before['activity']) && after['faceToFace'] === 'yes';
  return yesFromActivity ? { ...after, faceToFace: '' } : undefined;
}
