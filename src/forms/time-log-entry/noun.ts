/** How this form's records are named and counted ("1 time log entry", "3 time log entries"). */
import type { RecordNoun } from '~/lib/backup-ui/record-words';

/** One record, and the plural for a count (chosen by the language's plural rules). */
export const noun: RecordNoun = { one: 'time log entry', other: 'time log entries' };

/** Where this form comes when counts of several forms are listed (most common first). */
export const countOrder = 7;
