/** What lists show for a Time and Activity Log entry: its date, activity and hours. */
import { t } from '~/i18n/internship';
import { findField, findOption } from '~/lib/forms/fields';
import { baseRow, textAnswer, type ListRow } from '~/lib/forms/list-row';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { formatHours, quarterHours } from './summary';

/** An entry as one row: the title is the activity, the detail the hours. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  const field = def ? findField(def, 'activity') : undefined;
  const activity = field ? findOption(field, textAnswer(record.data['activity'])) : undefined;
  const q = quarterHours(record.data['hours']);
  return {
    ...baseRow(record),
    title: activity?.label ?? t('internship.noActivityYet'),
    detail: q === null ? t('internship.noHoursYet') : formatHours(q / 4),
    picture: activity?.picture,
  };
}
