/** What lists show for an evaluation by a mentee, the link that starts one, and its side-by-side page. */
import { t } from '~/i18n/mentees';
import { findField, findOption } from '~/lib/forms/fields';
import { baseRow, textAnswer, type FormView, type ListRow } from '~/lib/forms/list-row';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';

/** The point's short name in lists, as the training slides say it ("at mid-point and end"). */
const pointWords = { 'mid-point': 'mentees.evaluationMidPoint', end: 'mentees.evaluationEnd' } as const;

/** The evaluation as one row: its date, and the point ("Mid-point" or "End") as the title. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  const point = textAnswer(record.data['point']);
  const field = def ? findField(def, 'point') : undefined;
  const option = field ? findOption(field, point) : undefined;
  const title = point === 'mid-point' || point === 'end' ? t(pointWords[point]) : '';
  return { ...baseRow(record), title, picture: option?.picture };
}

/** Lists add "Mid-point" or "End" to the form's title. */
export const titleNamesIt = true;

/** The link on the mentee's page. */
export const newLabel = 'New evaluation by the mentee';

/** The mid-point and end side by side (`views/compare.astro`). */
export const views: readonly FormView[] = [{ id: 'compare', label: 'Mid-point and end, side by side' }];
