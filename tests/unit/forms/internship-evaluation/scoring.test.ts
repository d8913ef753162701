import { describe, expect, test } from 'vitest';
import { EVALUATION_AREA_NAMES } from '~/forms/internship-evaluation';
import { examples } from '~/forms/internship-evaluation/examples';
import { meetsPassingAverage, scoreEvaluation } from '~/forms/internship-evaluation/scoring';
import type { FormValues } from '~/lib/forms/types';

const rate = (ratings: readonly string[]): FormValues =>
  Object.fromEntries(EVALUATION_AREA_NAMES.map((name, i) => [name, ratings[i] ?? '']));

const numbers = (values: FormValues) => {
  const { total, answered, average } = scoreEvaluation(values);
  return { total, answered, average };
};

describe('scoreEvaluation', () => {
  test('the example evaluation: each area, the total and the average', () => {
    // 3+4+3+5+4+3+2+3+4+4+3+4+3 = 45
    const score = scoreEvaluation(examples.valid);
    expect(numbers(examples.valid)).toEqual({ total: 45, answered: 13, average: 3.46 });
    expect(score.areas).toHaveLength(13);
    expect(score.areas[0]).toEqual({ name: 'timeManagement', label: 'Time Management', rating: 3 });
    expect(score.areas[12]).toEqual({ name: 'terminology', label: 'Use of Professional Terminology', rating: 3 });
  });

  test('a missing area has no number and is not counted', () => {
    const score = scoreEvaluation(rate([...Array<string>(12).fill('5'), '']));
    expect(numbers(rate([...Array<string>(12).fill('5'), '']))).toEqual({ total: 60, answered: 12, average: 5 });
    expect(score.areas[12]?.rating).toBeUndefined();
  });

  test('ratings that are not 1–5 are left out', () => {
    expect(numbers(rate(['0', '6', 'x', ...Array<string>(10).fill('4')]))).toEqual({ total: 40, answered: 10, average: 4 });
  });

  test('nothing rated', () => {
    expect(numbers({})).toEqual({ total: 0, answered: 0, average: 0 });
  });
});

describe('meetsPassingAverage (only against an average the agency wrote)', () => {
  test('all 3s meets 3 but not 3.5; 2.5 is met', () => {
    const score = scoreEvaluation(rate(Array(13).fill('3')));
    expect(meetsPassingAverage(score, 3)).toBe(true);
    expect(meetsPassingAverage(score, 3.5)).toBe(false);
    expect(meetsPassingAverage(score, 2.5)).toBe(true);
  });

  test('38 of 65 (2.92) does not round up to 3', () => {
    expect(meetsPassingAverage(scoreEvaluation(rate([...Array<string>(12).fill('3'), '2'])), 3)).toBe(false);
  });

  test('a missing area never meets it, even with high ratings', () => {
    expect(meetsPassingAverage(scoreEvaluation(rate([...Array<string>(12).fill('5'), ''])), 1)).toBe(false);
  });
});
