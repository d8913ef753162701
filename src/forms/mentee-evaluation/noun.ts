/** How this form's records are named and counted ("1 evaluation by a mentee", "3 evaluations by mentees"). */
import type { RecordNoun } from '~/lib/backup-ui/record-words';

/** One record, and the plural for a count (chosen by the language's plural rules). */
export const noun: RecordNoun = { one: 'evaluation by a mentee', other: 'evaluations by mentees' };

/** Where this form comes when counts of several forms are listed (most common first). */
export const countOrder = 3;
