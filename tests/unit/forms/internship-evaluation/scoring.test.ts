import { describe, expect, test } from 'vitest';
import { EVALUATION_AREA_NAMES } from '~/forms/internship-evaluation';
import { examples } from '~/forms/internship-evaluation/examples';
import { DEFAULT_PASSING_AVERAGE, scoreEvaluation } from '~/forms/internship-evaluation/scoring';
import type { FormValues } from '~/lib/forms/types';

const rate = (ratings: readonly string[]): FormValues =>
  Object.fromEntries(EVALUATION_AREA_NAMES.map((name, i) => [name, ratings[i] ?? '']));

describe('scoreEvaluation', () => {
  test('13 areas, default passing average 3', () => {
    expect(EVALUATION_AREA_NAMES).toHaveLength(13);
    expect(DEFAULT_PASSING_AVERAGE).toBe(3);
  });

  test('the example evaluation: total, average, passed', () => {
    // 3+4+3+5+4+3+2+3+4+4+3+4+3 = 45
    expect(scoreEvaluation(examples.valid)).toEqual({
      total: 45, answered: 13, average: 3.46, passed: true,
    });
  });

  test('all 3s is exactly the passing score', () => {
    expect(scoreEvaluation(rate(Array(13).fill('3')))).toEqual({ total: 39, answered: 13, average: 3, passed: true });
  });

  test('one point under is not yet', () => {
    const ratings = [...Array<string>(12).fill('3'), '2'];
    expect(scoreEvaluation(rate(ratings))).toEqual({ total: 38, answered: 13, average: 2.92, passed: false });
  });

  test('a missing area means not passed, even with high ratings', () => {
    const s = scoreEvaluation(rate([...Array<string>(12).fill('5'), '']));
    expect(s).toEqual({ total: 60, answered: 12, average: 5, passed: false });
  });

  test('ratings that are not 1–5 are left out', () => {
    const s = scoreEvaluation(rate(['0', '6', 'x', ...Array<string>(10).fill('4')]));
    expect(s.answered).toBe(10);
    expect(s.total).toBe(40);
  });

  test('a different passing average can be given', () => {
    const values = rate(Array(13).fill('3'));
    expect(scoreEvaluation(values, 3.5).passed).toBe(false);
    expect(scoreEvaluation(values, 2.5).passed).toBe(true);
  });

  test('nothing rated', () => {
    expect(scoreEvaluation({})).toEqual({ total: 0, answered: 0, average: 0, passed: false });
  });
});
