/** What lists show for an internship evaluation: its date. */
import { baseRow, type ListRow } from '~/lib/forms/list-row';
import type { StoredRecord } from '~/lib/storage';

/** The evaluation as one row, dated by its evaluation date. */
export function listRow(record: StoredRecord): ListRow {
  return baseRow(record, 'evaluationDate');
}
