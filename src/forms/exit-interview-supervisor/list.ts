/** What lists show for an exit interview: its date and who asked. */
import { baseRow, textAnswer, type ListRow } from '~/lib/forms/list-row';
import type { StoredRecord } from '~/lib/storage';

/** The interview as one row: the interview date, and the interviewer as the title. */
export function listRow(record: StoredRecord): ListRow {
  return { ...baseRow(record), title: textAnswer(record.data['interviewer']) };
}
