import { describe, expect, test } from 'vitest';
import { changedPlanData, listRow, planVersions } from '~/forms/individual-plan/list';
import type { FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';

function plan(id: string, updatedAt: string, data: FormValues, supersededBy?: string): StoredRecord {
  return { id, formId: 'individual-plan', formVersion: 1, personId: 'p1', createdAt: updatedAt, updatedAt, status: 'finished', revision: 1, date: '', data, ...(supersededBy ? { supersededBy } : {}) };
}

describe('what lists show for a plan', () => {
  test('its goals, and when it was reviewed', () => {
    const row = listRow(plan('a', '2026-01-01T00:00:00Z', { goal1: 'Get a job', goal2: ' ', dateReviewed: '2026-03-04' }));

    expect(row).toMatchObject({ goals: ['Get a job'], title: 'Get a job', detail: 'Reviewed 4 March 2026', date: '2026-03-04' });
  });

  test('a plan with no goals and no review date', () => {
    expect(listRow(plan('a', '2026-01-01T00:00:00Z', {}))).toMatchObject({ goals: [], title: 'none written', detail: 'Not reviewed yet' });
  });
});

describe('plan versions', () => {
  test('the current plan is the newest one not replaced; the others are earlier, newest first', () => {
    const old = plan('old', '2026-01-01T00:00:00Z', {}, 'mid');
    const mid = plan('mid', '2026-02-01T00:00:00Z', {}, 'new');
    const current = plan('new', '2026-03-01T00:00:00Z', {});

    const versions = planVersions([old, current, mid]);

    expect(versions.current?.id).toBe('new');
    expect(versions.earlier.map((r) => r.id)).toEqual(['mid', 'old']);
  });

  test('a changed plan keeps the goals, takes today as the review date and needs new signatures', () => {
    const data = changedPlanData({ goal1: 'Get a job', dateReviewed: '2026-01-01', menteeSignature: { kind: 'typed', value: 'J', signedAt: '2026-01-01T00:00:00Z' } }, new Date(2026, 4, 12, 9));

    expect(data).toEqual({ goal1: 'Get a job', dateReviewed: '2026-05-12', menteeSignature: null, mentorSignature: null });
  });
});
