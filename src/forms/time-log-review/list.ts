/** What lists show for the supervisor's review of the time log. */
import { baseRow, textAnswer, type ListRow } from '~/lib/forms/list-row';
import type { StoredRecord } from '~/lib/storage';

/** The review as one row: the date reviewed, and who reviewed it as the title. */
export function listRow(record: StoredRecord): ListRow {
  return { ...baseRow(record), title: textAnswer(record.data['reviewedBy']) };
}
