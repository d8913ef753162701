/**
 * What lists show for My Individual Plan: its goals and when it was reviewed; which
 * version is the current one; and what a changed plan starts from.
 */
import { t } from '~/i18n/mentees';
import { toLocalDate } from '~/lib/forms/dates';
import { baseRow, type ListRow } from '~/lib/forms/list-row';
import type { FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { planGoals } from './goals';

/** One version of the plan: the title is its goals, the detail when it was reviewed. */
export interface PlanRow extends ListRow {
  goals: string[];
}

/** A plan as one row. */
export function listRow(record: StoredRecord): PlanRow {
  const row = baseRow(record);
  const goals = planGoals(record.data);
  return {
    ...row,
    goals,
    title: goals.length > 0 ? goals.join('; ') : t('mentees.planNoGoals'),
    detail: row.date ? t('mentees.planReviewed', { date: row.dateText }) : t('mentees.planNotReviewed'),
  };
}

/** The current plan (the newest not replaced by a newer version) and the earlier ones, newest first. */
export function planVersions(records: readonly StoredRecord[]): { current: StoredRecord | undefined; earlier: StoredRecord[] } {
  const newestFirst = [...records].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  // A version replaced by one not listed (a change not signed again yet) is still current.
  const ids = new Set(records.map((r) => r.id));
  const current = newestFirst.find((r) => !r.supersededBy || !ids.has(r.supersededBy)) ?? newestFirst[0];
  return { current, earlier: newestFirst.filter((r) => r !== current) };
}

/** A changed plan is a new paper: the same goals to start from, a new review date, new signatures. */
export function changedPlanData(data: FormValues, today: Date): FormValues {
  return { ...data, dateReviewed: toLocalDate(today), menteeSignature: null, mentorSignature: null };
}
