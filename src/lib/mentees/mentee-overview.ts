/**
 * What a mentee's page shows, worked out from their records (pure, no storage):
 * the current plan and earlier versions, meetings newest first with their progress,
 * and the other forms kept with the mentee.
 */
import { findField, findOption } from '~/lib/forms/fields';
import type { FormDefinition } from '~/lib/forms/types';
import { formatDate } from '~/lib/forms/dates';
import type { StoredRecord } from '~/lib/storage';
import type { PictureName } from '~/pictures';

/** One meeting in the list. */
export interface MeetingRow {
  id: string;
  /** 'YYYY-MM-DD' or '' when not filled in yet. */
  date: string;
  /** The date in words, or "No date yet". */
  dateText: string;
  goal: string;
  /** The progress option value ('' when not chosen). */
  progress: string;
  /** Its words, e.g. "Met goal", or "Not filled in yet". */
  progressText: string;
  picture: PictureName | undefined;
  finished: boolean;
}

/** One plan version in the list. */
export interface PlanRow {
  id: string;
  goals: string[];
  reviewedText: string;
  finished: boolean;
  updatedAt: string;
}

/** Everything the mentee page lists. */
export interface MenteeOverview {
  currentPlan: PlanRow | undefined;
  /** Earlier plan versions, newest first. */
  planHistory: PlanRow[];
  /** Meetings, newest meeting date first. */
  meetings: MeetingRow[];
  /** Other records (agreement, evaluations), newest first. */
  others: { id: string; formId: string; title: string; updatedAt: string; finished: boolean }[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Finds a form's definition by id (the page's embedded ones in the browser). */
export type FormLookup = (id: string) => FormDefinition | undefined;

function planRow(record: StoredRecord): PlanRow {
  const reviewed = text(record.data['dateReviewed']);
  return {
    id: record.id,
    goals: [text(record.data['goal1']), text(record.data['goal2'])].filter(Boolean),
    reviewedText: reviewed ? `Reviewed ${formatDate(reviewed)}` : 'Not reviewed yet',
    finished: record.status === 'finished',
    updatedAt: record.updatedAt,
  };
}

function meetingRow(record: StoredRecord, progressField: ReturnType<typeof findField>): MeetingRow {
  const date = text(record.data['meetingDate']);
  const progress = text(record.data['progress']);
  const option = progressField && progress ? findOption(progressField, progress) : undefined;
  return {
    id: record.id,
    date,
    dateText: date ? formatDate(date) : 'No date yet',
    goal: text(record.data['primaryGoal']),
    progress,
    progressText: option?.label ?? 'Not filled in yet',
    picture: option?.picture,
    finished: record.status === 'finished',
  };
}

/** Sorts a mentee's records into what their page shows. `records` may be in any order. */
export function menteeOverview(records: readonly StoredRecord[], getForm: FormLookup): MenteeOverview {
  const encounter = getForm('encounter');
  const progressField = encounter ? findField(encounter, 'progress') : undefined;
  const newestFirst = [...records].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  const plans = newestFirst.filter((r) => r.formId === 'individual-plan');
  const current = plans.find((r) => !r.supersededBy) ?? plans[0];
  const meetings = newestFirst
    .filter((r) => r.formId === 'encounter')
    .map((r) => meetingRow(r, progressField))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    currentPlan: current ? planRow(current) : undefined,
    planHistory: plans.filter((r) => r !== current).map(planRow),
    meetings,
    others: newestFirst
      .filter((r) => r.formId !== 'encounter' && r.formId !== 'individual-plan')
      .map((r) => ({ id: r.id, formId: r.formId, title: getForm(r.formId)?.title ?? r.formId, updatedAt: r.updatedAt, finished: r.status === 'finished' })),
  };
}

/** Counts of progress over meetings, oldest first, for the progress picture's text. */
export function progressSummary(meetings: readonly MeetingRow[]): string {
  const chosen = meetings.filter((m) => m.progress);
  if (chosen.length === 0) return 'No meetings with progress yet.';
  const counts = new Map<string, number>();
  for (const m of chosen) counts.set(m.progressText, (counts.get(m.progressText) ?? 0) + 1);
  const parts = [...counts].map(([label, n]) => `${label}: ${n}`);
  return `${chosen.length} ${chosen.length === 1 ? 'meeting' : 'meetings'}. ${parts.join('. ')}.`;
}
