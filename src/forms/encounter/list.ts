/**
 * What lists show for a meeting (an Encounter form): its date, its goal, its progress
 * with the progress picture; and the progress tally over the last meetings.
 */
import { t } from '~/i18n/mentees';
import { findField, findOption } from '~/lib/forms/fields';
import { baseRow, textAnswer, type ListRow } from '~/lib/forms/list-row';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';

/** A mentee can have hundreds of meetings: their page reads 20 at a time, newest first. */
export const pageSize = 20;

/** One meeting: the title is its goal, the detail its progress in words. */
export interface MeetingRow extends ListRow {
  /** The progress option's value ('' when not chosen). */
  progress: string;
}

/** A meeting as one row. `def` (the encounter form) gives the progress words and pictures. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): MeetingRow {
  const progress = textAnswer(record.data['progress']);
  const field = def ? findField(def, 'progress') : undefined;
  const option = field && progress ? findOption(field, progress) : undefined;
  return {
    ...baseRow(record),
    title: textAnswer(record.data['primaryGoal']),
    detail: option?.label ?? t('mentees.progressNotFilled'),
    picture: option?.picture,
    progress,
  };
}

/** Meetings as rows, newest meeting date first (the same date: the one changed last first). */
export function meetingRows(records: readonly StoredRecord[], def: FormDefinition | undefined): MeetingRow[] {
  return [...records]
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map((record) => listRow(record, def))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The progress tally for the progress picture's text: "3 meetings. Met goal: 2. Some progress: 1." */
export function progressTally(meetings: readonly MeetingRow[]): string {
  const chosen = meetings.filter((m) => m.progress);
  if (chosen.length === 0) return t('mentees.progressNone');
  const counts = new Map<string, number>();
  for (const m of chosen) counts.set(m.detail, (counts.get(m.detail) ?? 0) + 1);
  const parts = [...counts].map(([label, count]) => t('mentees.progressPart', { label, count }));
  return [t('mentees.progressMeetings', { count: chosen.length }), ...parts].join(' ');
}

/** The big button at the top of the mentee's page (`HubTop.astro`). */
export const newLabel = 'New meeting';
