/** What lists show for a Time and Activity Log entry: its date, activity and how long. */
import { t } from '~/i18n/internship';
import { findField, findOption } from '~/lib/forms/fields';
import { baseRow, textAnswer, type ListRow } from '~/lib/forms/list-row';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { formatLength } from '../encounter/meeting-length';
import { entryMinutes } from './duration';

/** An entry as one row: the title is the activity, the detail how long ("1 hour 10 minutes"). */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  const field = def ? findField(def, 'activity') : undefined;
  const activity = field ? findOption(field, textAnswer(record.data['activity'])) : undefined;
  const minutes = entryMinutes(record.data);
  return {
    ...baseRow(record),
    title: activity?.label ?? t('internship.noActivityYet'),
    detail: minutes === null ? t('internship.noHoursYet') : formatLength(minutes),
    picture: activity?.picture,
  };
}
