/** What lists show for a mentoring agreement, and the link that starts one. */
import { baseRow, type ListRow } from '~/lib/forms/list-row';
import type { StoredRecord } from '~/lib/storage';

/** The agreement as one row, dated by its start date. */
export function listRow(record: StoredRecord): ListRow {
  return baseRow(record);
}

/** The link on the mentee's page. */
export const newLabel = 'New mentoring agreement';
