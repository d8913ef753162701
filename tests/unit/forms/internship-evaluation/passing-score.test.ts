import { describe, expect, test } from 'vitest';
import { EVALUATION_AREA_NAMES } from '~/forms/internship-evaluation';
import { examples } from '~/forms/internship-evaluation/examples';
import {
  DEFAULT_PASSING_AVERAGE,
  PASSING_AVERAGE_KEY,
  loadPassingAverage,
  parsePassingAverage,
  passingRuleText,
  passingTotal,
  savePassingAverage,
} from '~/forms/internship-evaluation/passing-score';
import { evaluationResult } from '~/forms/internship-evaluation/result';
import type { FormValues } from '~/lib/forms/types';

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const rated = (ratings: readonly (string | undefined)[]): FormValues =>
  Object.fromEntries(EVALUATION_AREA_NAMES.map((name, i) => [name, ratings[i] ?? '']));

describe('passing average setting', () => {
  test('the default is 3.0, stated as a total of 39 out of 65', () => {
    expect(DEFAULT_PASSING_AVERAGE).toBe(3);
    expect(loadPassingAverage(memoryStorage())).toBe(3);
    expect(passingTotal(3)).toBe(39);
    expect(passingRuleText(3)).toBe('To pass, the average must be 3 or more. That is a total of 39 or more, out of 65. All 13 parts need a number.');
  });

  test('reads only numbers from 1 to 5 with up to 2 decimals', () => {
    expect(parsePassingAverage('3.5')).toBe(3.5);
    expect(parsePassingAverage(' 2,75 ')).toBe(2.75);
    expect(parsePassingAverage('5')).toBe(5);
    for (const bad of ['', '0.5', '5.01', '6', 'three', '3.456', '-3', '1e0', null, undefined]) {
      expect(parsePassingAverage(bad), String(bad)).toBeUndefined();
    }
  });

  test('saves and loads; the default is stored as no setting; junk falls back to the default', () => {
    const storage = memoryStorage();
    savePassingAverage(3.5, storage);
    expect(storage.map.get(PASSING_AVERAGE_KEY)).toBe('3.5');
    expect(loadPassingAverage(storage)).toBe(3.5);
    savePassingAverage(3, storage);
    expect(storage.map.has(PASSING_AVERAGE_KEY)).toBe(false);
    expect(() => savePassingAverage(7, storage)).toThrow(RangeError);
    expect(loadPassingAverage(memoryStorage({ [PASSING_AVERAGE_KEY]: '<b>9</b>' }))).toBe(3);
    expect(loadPassingAverage({ getItem: () => { throw new Error('blocked'); } })).toBe(3);
  });

  test('a fractional passing average rounds the total up, as the scoring does', () => {
    expect(passingTotal(3.5)).toBe(46); // 45.5 → 46
    expect(passingTotal(2.6)).toBe(34); // 33.8 → 34
    const just = rated(['4', '4', '4', '4', '4', '4', '3', '3', '3', '3', '3', '3', '3']); // 45
    expect(evaluationResult(just, 3.5).state).toBe('not-yet');
    expect(evaluationResult({ ...just, terminology: '4' }, 3.5).state).toBe('pass'); // 46
  });
});

describe('evaluationResult', () => {
  test('the form example: total, average and pass in words', () => {
    const r = evaluationResult(examples.valid, 3);
    expect(r.total).toBe(45);
    expect(r.totalText).toBe('Total: 45 out of 65');
    expect(r.averageText).toBe('Average: 3.46');
    expect(r.state).toBe('pass');
    expect(r.resultWord).toBe('Pass');
    expect(r.answeredText).toBe('13 of 13 parts have a number.');
  });

  test('all rated below the passing average: not yet', () => {
    const r = evaluationResult(rated(Array(13).fill('2')), 3);
    expect(r).toMatchObject({ total: 26, average: 2, state: 'not-yet', resultWord: 'Not yet' });
    expect(r.resultText).toBe('The average is under 3. The total is under 39.');
  });

  test('38 of 65 (2.92) is not a pass even though it is close to 3', () => {
    const r = evaluationResult(rated(['2', ...Array<string>(12).fill('3')]), 3);
    expect(r.total).toBe(38);
    expect(r.averageText).toBe('Average: 2.92');
    expect(r.state).toBe('not-yet');
  });

  test('missing areas: not yet, and says how many still need a number', () => {
    const r = evaluationResult(rated(['5', '5', '5', '5', '5', '5', '5', '5', '5', '5']), 3);
    expect(r.state).toBe('incomplete');
    expect(r.resultWord).toBe('Not yet');
    expect(r.answeredText).toBe('10 of 13 parts have a number. 3 still need one.');
    expect(r.resultText).toBe('3 parts still need a number.');
    expect(evaluationResult({}, 3).averageText).toBe('Average: none yet');
  });
});
