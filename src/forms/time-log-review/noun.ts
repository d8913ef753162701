/** How this form's records are named and counted ("1 time log review", "3 time log reviews"). */
import type { RecordNoun } from '~/lib/backup-ui/record-words';

/** One record, and the plural for a count (chosen by the language's plural rules). */
export const noun: RecordNoun = { one: 'time log review', other: 'time log reviews' };

/** Where this form comes when counts of several forms are listed (most common first). */
export const countOrder = 8;
