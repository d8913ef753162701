/**
 * "Print records from … to …": which records one print document holds, in what order,
 * and the billing summary of its meetings. Headless (no DOM, no storage): the print page
 * (`src/scripts/period-print.ts`) reads the records and gives each form's hooks.
 *
 * What a period print holds, for each mentee:
 * 1. for a form whose `period` hook is 'in-force' (the plan): the one version in force at
 *    the end of the period (the newest dated on or before the last day);
 * 2. every other record dated in the period (first day and last day included), oldest
 *    first, leaving out a version whose newer version is in the list too (`supersededBy`).
 *    Storage lists only records in force, so a signed record whose correction is not
 *    signed yet stays in (its correction is not listed) and prints.
 * A mentee with nothing dated in the period gets nothing, not even the plan: an empty
 * period prints nothing.
 */
import { isValidDate, toLocalDate } from '~/lib/forms/dates';
import type { BilledTime, FormModule } from '~/lib/forms/module';
import type { StoredRecord } from '~/lib/storage';

/** A period: the first and last day, both 'YYYY-MM-DD', both included. */
export interface Period {
  from: string;
  to: string;
}

/** What is wrong with a period someone chose, or '' when it is fine. */
export type PeriodProblem = '' | 'missing' | 'backwards';

/** The last calendar month before `today`'s month: 10 December 2026 → 1–30 November 2026. */
export function lastCalendarMonth(today: Date): Period {
  const first = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const last = new Date(today.getFullYear(), today.getMonth(), 0);
  return { from: toLocalDate(first), to: toLocalDate(last) };
}

/** Checks a chosen period: both dates real, the first not after the last. */
export function periodProblem(from: string, to: string): PeriodProblem {
  if (!isValidDate(from) || !isValidDate(to)) return 'missing';
  return from > to ? 'backwards' : '';
}

/** The date a record is about, or the day it was made when it has none. */
function dayOf(record: StoredRecord): string {
  return record.date || record.createdAt.slice(0, 10);
}

/** Oldest first by date; on the same date, the one made first first. */
function byDay(a: StoredRecord, b: StoredRecord): number {
  const da = dayOf(a);
  const db = dayOf(b);
  if (da !== db) return da < db ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * One mentee's records for a period print: the in-force records first (in the order of
 * `formIds`), then every record dated in the period, oldest first.
 * @param records the mentee's records, of any forms, in any order
 * @param formIds the forms to print, in list order (others are left out)
 * @param inForce true for a form whose version in force is printed (its `period` hook)
 */
export function periodRecords(records: readonly StoredRecord[], formIds: readonly string[], inForce: (formId: string) => boolean, period: Period): StoredRecord[] {
  const standing = formIds.filter(inForce).flatMap((formId) => {
    const candidates = records.filter((r) => r.formId === formId && dayOf(r) <= period.to);
    // The newest version dated on or before the last day; on the same day, the one changed last.
    const newest = [...candidates].sort((a, b) => byDay(b, a) || (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    return newest ? [newest] : [];
  });
  const listed = new Set(records.map((r) => r.id));
  const dated = records
    .filter((r) => formIds.includes(r.formId) && !inForce(r.formId) && !(r.supersededBy !== undefined && listed.has(r.supersededBy)))
    .filter((r) => r.date !== '' && r.date >= period.from && r.date <= period.to)
    .sort(byDay);
  // A period with nothing dated in it is empty: the plan alone is not printed.
  return dated.length === 0 ? [] : [...standing, ...dated];
}

/** One meeting on the billing summary. */
interface BillingRow {
  recordId: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  minutes: number;
  units: number;
}

/** One mentee's meetings on the billing summary, with their totals. */
export interface BillingPart {
  rows: BillingRow[];
  minutes: number;
  units: number;
  /** Meetings in the period not finished yet: left out of the rows and totals. */
  notFinished: number;
}

/**
 * The billing part of one mentee: every finished record in `records` whose form bills
 * time, oldest first, and the totals. `billing` gives a record's time (from its form's
 * `derived` hook), undefined when it has no length yet (listed with 0 minutes and 0
 * units, so nothing goes missing silently), or null when its form bills no time.
 */
export function billingPart(records: readonly StoredRecord[], billing: (record: StoredRecord) => BilledTime | undefined | null): BillingPart {
  const billed = records.filter((r) => billing(r) !== null);
  const finished = billed.filter((r) => r.status === 'finished').sort(byDay);
  const rows = finished.map((r): BillingRow => {
    const time = billing(r);
    return { recordId: r.id, date: r.date, minutes: time?.minutes ?? 0, units: time?.units ?? 0 };
  });
  return {
    rows,
    minutes: rows.reduce((sum, row) => sum + row.minutes, 0),
    units: rows.reduce((sum, row) => sum + row.units, 0),
    notFinished: billed.length - finished.length,
  };
}

/**
 * A record's billed time from its form's `derived` hook with `billing`: its minutes and
 * units, undefined when it has no length yet, or null when its form bills no time (the
 * `billing` argument of `billingPart`).
 */
export function billedTime(form: FormModule | undefined, record: StoredRecord): BilledTime | undefined | null {
  const billable = form?.derived?.find((d) => d.billing !== undefined);
  return billable?.billing === undefined ? null : billable.billing(record.data);
}
