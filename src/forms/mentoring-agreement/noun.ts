/** How this form's records are named and counted ("1 mentoring agreement", "3 mentoring agreements"). */
import type { RecordNoun } from '~/lib/backup-ui/record-words';

/** One record, and the plural for a count (chosen by the language's plural rules). */
export const noun: RecordNoun = { one: 'mentoring agreement', other: 'mentoring agreements' };

/** Where this form comes when counts of several forms are listed (most common first). */
export const countOrder = 2;
