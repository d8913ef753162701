/** What lists show for an evaluation by a mentee, the link that starts one, and its side-by-side page. */
import { findField, findOption } from '~/lib/forms/fields';
import { baseRow, textAnswer, type FormView, type ListRow } from '~/lib/forms/list-row';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';

/** The evaluation as one row: its date, and the point (mid-point or end) as the title. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  const field = def ? findField(def, 'point') : undefined;
  const option = field ? findOption(field, textAnswer(record.data['point'])) : undefined;
  return { ...baseRow(record), title: option?.label ?? '', picture: option?.picture };
}

/** The link on the mentee's page. */
export const newLabel = 'New evaluation by the mentee';

/** The mid-point and end side by side (`views/compare.astro`). */
export const views: readonly FormView[] = [{ id: 'compare', label: 'Mid-point and end, side by side' }];
