import { describe, expect, test } from 'vitest';
import { billingPart, lastCalendarMonth, periodProblem, periodRecords } from '~/lib/print/period';
import { cssString, pageCounterContent, runningHeaderCss } from '~/lib/print/running-header';
import { periodPrintHref } from '~/lib/urls';
import type { StoredRecord } from '~/lib/storage';

let n = 0;
function rec(formId: string, date: string, more: Partial<StoredRecord> = {}): StoredRecord {
  n += 1;
  return {
    id: `r${n}`, formId, formVersion: 1, personId: 'p1', status: 'finished', revision: 1, data: {}, date,
    createdAt: `2026-10-01T10:00:${String(n).padStart(2, '0')}.000Z`, updatedAt: `2026-10-01T10:00:${String(n).padStart(2, '0')}.000Z`,
    ...more,
  };
}
const november = { from: '2026-11-01', to: '2026-11-30' };
const forms = ['agreement', 'plan', 'meeting'];
const inForce = (formId: string) => formId === 'plan';

describe('the period', () => {
  test('last calendar month, over a year end and in a short month', () => {
    expect(lastCalendarMonth(new Date(2026, 11, 10))).toEqual(november);
    expect(lastCalendarMonth(new Date(2027, 0, 1))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(lastCalendarMonth(new Date(2028, 2, 31))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  test('both dates must be real, the first not after the last', () => {
    expect(periodProblem('2026-11-01', '2026-11-30')).toBe('');
    expect(periodProblem('2026-11-30', '2026-11-30')).toBe('');
    expect(periodProblem('', '2026-11-30')).toBe('missing');
    expect(periodProblem('2026-02-30', '2026-03-01')).toBe('missing');
    expect(periodProblem('2026-12-01', '2026-11-30')).toBe('backwards');
  });

  test('the print address carries the mentee, the dates and the part', () => {
    expect(periodPrintHref({ person: 'a b', ...november })).toBe('/mentees/print/?id=a+b&from=2026-11-01&to=2026-11-30');
    expect(periodPrintHref({ ...november, part: 'billing' })).toBe('/mentees/print/?from=2026-11-01&to=2026-11-30&part=billing');
  });
});

describe('periodRecords', () => {
  test('the plan in force first, then every record dated in the period (both ends included), oldest first', () => {
    const oldPlan = rec('plan', '2026-06-01', { supersededBy: 'x' });
    const plan = rec('plan', '2026-10-15', { supersedes: oldPlan.id });
    const laterPlan = rec('plan', '2026-12-05');
    const m3 = rec('meeting', '2026-11-30');
    const m1 = rec('meeting', '2026-11-01');
    const m2 = rec('meeting', '2026-11-12');
    const outside = rec('meeting', '2026-12-01');
    const before = rec('meeting', '2026-10-31');
    const other = rec('unknown-form', '2026-11-05');
    const picked = periodRecords([m3, laterPlan, outside, m1, oldPlan, before, plan, m2, other], forms, inForce, november);
    expect(picked.map((r) => r.id)).toEqual([plan.id, m1.id, m2.id, m3.id]);
  });

  test('a replaced version is left out; no plan yet means no plan; an empty period is empty, plan or not', () => {
    const correction = rec('meeting', '2026-11-03');
    const replaced = rec('meeting', '2026-11-03', { supersededBy: correction.id });
    const futurePlan = rec('plan', '2026-12-01');
    expect(periodRecords([replaced, { ...correction, supersedes: replaced.id }, futurePlan], forms, inForce, november).map((r) => r.id)).toEqual([correction.id]);
    // A signed record whose correction is not signed yet: storage does not list the correction, so the signed one prints.
    expect(periodRecords([replaced, futurePlan], forms, inForce, november).map((r) => r.id)).toEqual([replaced.id]);
    expect(periodRecords([rec('meeting', '2026-10-02')], forms, inForce, november)).toEqual([]);
    // Only a plan in force, nothing dated in the period: nothing to print.
    expect(periodRecords([rec('plan', '2026-10-02')], forms, inForce, november)).toEqual([]);
  });
});

describe('billingPart', () => {
  test('finished meetings with minutes and units, and the totals; drafts are counted apart; other forms are not billed', () => {
    const a = rec('meeting', '2026-11-12', { data: { m: '75' } });
    const b = rec('meeting', '2026-11-01', { data: { m: '50' } });
    const noLength = rec('meeting', '2026-11-20', { data: {} });
    const draft = rec('meeting', '2026-11-21', { status: 'draft', data: { m: '30' } });
    const agreement = rec('agreement', '2026-11-02');
    const billing = (r: StoredRecord) => {
      if (r.formId !== 'meeting') return null;
      const m = Number(r.data['m'] ?? 0);
      return m > 0 ? { minutes: m, units: Math.floor((m + 7) / 15) } : undefined;
    };
    expect(billingPart([a, b, noLength, draft, agreement], billing)).toEqual({
      rows: [
        { recordId: b.id, date: '2026-11-01', minutes: 50, units: 3 },
        { recordId: a.id, date: '2026-11-12', minutes: 75, units: 5 },
        { recordId: noLength.id, date: '2026-11-20', minutes: 0, units: 0 },
      ],
      minutes: 125,
      units: 8,
      notFinished: 1,
    });
  });
});

describe('running header CSS', () => {
  test('texts are quoted safely; "Page X of Y" uses the page counters', () => {
    expect(cssString('Ana "Bo" \\ López\nx')).toBe('"Ana \\"Bo\\" \\\\ López x"');
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
    const css = runningHeaderCss(['Encounter Form – Ana – 1 November 2026', 'My Individual Plan – Ana'], 'Page {page} of {pages}');
    expect(css).toContain('@page wb-record-0 { @top-left { content: "Encounter Form – Ana – 1 November 2026";');
    expect(css).toContain('@page wb-record-1 { @top-left { content: "My Individual Plan – Ana";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });
});
