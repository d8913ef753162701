import { describe, expect, test } from 'vitest';
import { menteeEvaluation } from '~/forms/mentee-evaluation';
import type { FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { compareMenteeEvaluations, missingText } from '~/forms/mentee-evaluation/compare';

let n = 0;
function evaluation(data: FormValues, status: StoredRecord['status'] = 'finished'): StoredRecord {
  n += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return { id: `e${n}`, formId: 'mentee-evaluation', formVersion: 1, personId: 'm1', createdAt: at, updatedAt: at, status, revision: 1, data, date: '' };
}
const base = { listens: 'yes', understands: 'sometimes', confidence: 'no', helpedWithGoals: 'yes', timeRight: 'sometimes', continueMeeting: 'yes' };

describe('compareMenteeEvaluations', () => {
  test('the 6 statements with mid-point and end answers side by side', () => {
    const c = compareMenteeEvaluations(menteeEvaluation, [
      evaluation({ ...base, point: 'end', evaluationDate: '2026-09-01', confidence: 'yes', comments: 'Much better now.' }),
      evaluation({ ...base, point: 'mid-point', evaluationDate: '2026-06-30', comments: 'I want more time.' }),
    ]);
    expect(c.rows.map((r) => r.name)).toEqual(['listens', 'understands', 'confidence', 'helpedWithGoals', 'timeRight', 'continueMeeting']);
    const confidence = c.rows[2];
    expect(confidence?.statement).toMatch(/^Do you feel surer of yourself/);
    expect(confidence?.mid).toEqual({ value: 'no', label: 'No', picture: 'frowningFace' });
    expect(confidence?.end).toEqual({ value: 'yes', label: 'Yes', picture: 'smilingFace' });
    expect(c.rows[1]?.mid.picture).toBe('neutralFace');
    expect(c.mid).toMatchObject({ dateText: '30 June 2026', comments: 'I want more time.', count: 1, finished: true });
    expect(c.end).toMatchObject({ dateText: '1 September 2026', comments: 'Much better now.' });
    expect(missingText(c)).toBe('');
  });

  test('the newest of each point is shown, by its date', () => {
    const older = evaluation({ ...base, point: 'mid-point', evaluationDate: '2026-06-01', listens: 'no' });
    const newer = evaluation({ ...base, point: 'mid-point', evaluationDate: '2026-06-30', listens: 'yes' });
    const c = compareMenteeEvaluations(menteeEvaluation, [newer, older]);
    expect(c.mid).toMatchObject({ recordId: newer.id, count: 2 });
    expect(c.rows[0]?.mid.label).toBe('Yes');
    expect(c.end).toBeUndefined();
    expect(c.rows[0]?.end).toEqual({ value: '', label: 'No answer', picture: undefined });
    expect(missingText(c)).toBe('There is no end evaluation yet. Do it at the end of the internship.');
  });

  test('says so when one or both are missing; an evaluation with no point is left out', () => {
    expect(missingText(compareMenteeEvaluations(menteeEvaluation, []))).toMatch(/^There is no evaluation by this mentee yet/);
    expect(missingText(compareMenteeEvaluations(menteeEvaluation, [evaluation({ ...base, point: 'end' })]))).toBe('There is no mid-point evaluation. Only the end evaluation is shown.');
    const c = compareMenteeEvaluations(menteeEvaluation, [evaluation({ ...base, point: '' }, 'draft')]);
    expect(c.mid).toBeUndefined();
    expect(c.end).toBeUndefined();
  });

  test('an unknown stored answer shows as no answer', () => {
    const c = compareMenteeEvaluations(menteeEvaluation, [evaluation({ ...base, point: 'mid-point', listens: 'maybe' })]);
    expect(c.rows[0]?.mid.label).toBe('No answer');
    expect(c.mid?.dateText).toBe('No date');
  });
});
