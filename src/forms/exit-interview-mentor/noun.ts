/** How this form's records are named and counted ("1 exit interview", "3 exit interviews"). */
import type { RecordNoun } from '~/lib/backup-ui/record-words';

/** One record, and the plural for a count (chosen by the language's plural rules). */
export const noun: RecordNoun = { one: 'exit interview', other: 'exit interviews' };

/** Where this form comes when counts of several forms are listed (most common first). */
export const countOrder = 5;
