import { describe, expect, test } from 'vitest';
import { EVALUATION_AREA_NAMES } from '~/forms/internship-evaluation';
import { examples } from '~/forms/internship-evaluation/examples';
import { paperScoreValue } from '~/forms/internship-evaluation/paper-score';
import { parsePassingAverage, passingAverageOf, passingTotal } from '~/forms/internship-evaluation/passing-score';
import { evaluationResult, passingRuleText } from '~/forms/internship-evaluation/result';
import type { FormValues } from '~/lib/forms/types';
import type { Person } from '~/lib/storage';

const rated = (ratings: readonly (string | undefined)[]): FormValues =>
  Object.fromEntries(EVALUATION_AREA_NAMES.map((name, i) => [name, ratings[i] ?? '']));

const mentor = (passingAverage?: number): Person => ({
  id: 'mentor', kind: 'mentor', name: 'Sam Lee', note: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1,
  ...(passingAverage === undefined ? {} : { passingAverage }),
});

describe('the passing average (none unless the agency writes one)', () => {
  test('no setting: no passing average, and the rule says the people decide together', () => {
    expect(passingAverageOf(undefined)).toBeUndefined();
    expect(passingAverageOf(mentor())).toBeUndefined();
    expect(passingRuleText(undefined)).toBe('The agency has not chosen a passing average. The agency, the council (BPDD) and the peer mentor decide together.');
  });

  test('a written average is read from the mentor profile and stated as a total out of 65', () => {
    expect(passingAverageOf(mentor(3.5))).toBe(3.5);
    expect(passingRuleText(3)).toBe("The agency's passing average is 3. That is a total of 39 or more, out of 65. All 13 parts need a number.");
  });

  test('reads only numbers from 1 to 5 with up to 2 decimals', () => {
    expect(parsePassingAverage('3.5')).toBe(3.5);
    expect(parsePassingAverage(' 2,75 ')).toBe(2.75);
    expect(parsePassingAverage('5')).toBe(5);
    for (const bad of ['', '0.5', '5.01', '6', 'three', '3.456', '-3', '1e0', null, undefined]) {
      expect(parsePassingAverage(bad), String(bad)).toBeUndefined();
    }
  });

  test('a fractional passing average rounds the total up', () => {
    expect(passingTotal(3.5)).toBe(46); // 45.5 → 46
    expect(passingTotal(2.6)).toBe(34); // 33.8 → 34
    const just = rated(['4', '4', '4', '4', '4', '4', '3', '3', '3', '3', '3', '3', '3']); // 45
    expect(evaluationResult(just, 3.5).state).toBe('under');
    expect(evaluationResult({ ...just, terminology: '4' }, 3.5).state).toBe('meets'); // 46
  });
});

describe('evaluationResult', () => {
  test('no passing average: numbers and "to decide together", never pass or fail', () => {
    const r = evaluationResult(examples.valid, undefined);
    expect(r).toMatchObject({ total: 45, state: 'to-decide', totalText: 'Total: 45 out of 65', averageText: 'Average: 3.46', resultWord: 'To decide together' });
    expect(r.resultText).toBe('The agency, the council (BPDD) and the peer mentor decide together if the internship is passed.');
    expect(r.answeredText).toBe('13 of 13 parts have a number.');
  });

  test("against the agency's own average: at or above, or under", () => {
    expect(evaluationResult(examples.valid, 3)).toMatchObject({ state: 'meets', resultWord: "At or above the agency's passing average" });
    const low = evaluationResult(rated(Array(13).fill('2')), 3);
    expect(low).toMatchObject({ total: 26, average: 2, state: 'under', resultWord: "Under the agency's passing average" });
    expect(low.resultText).toBe('The agency chose 3 as its passing average. This average is under 3.');
  });

  test('missing areas: says how many still need a number', () => {
    const r = evaluationResult(rated(['5', '5', '5', '5', '5', '5', '5', '5', '5', '5']), 3);
    expect(r.state).toBe('incomplete');
    expect(r.answeredText).toBe('10 of 13 parts have a number. 3 still need one.');
    expect(r.resultText).toBe('3 parts still need a number.');
    expect(evaluationResult({}, undefined).averageText).toBe('Average: none yet');
  });
});

describe('the score on paper', () => {
  test('every area with its number, the total, the average and a line for the decision; no verdict without a passing average', () => {
    const lines = paperScoreValue.paperText(examples.valid, { mentor: mentor() }).split('\n');
    expect(lines).toContain('Time Management: 3');
    expect(lines).toContain('Written Communication: 2');
    expect(lines).toContain('Use of Professional Terminology: 3');
    expect(lines.filter((line) => /: [1-5]$/.test(line))).toHaveLength(13);
    expect(lines).toContain('Total: 45 out of 65');
    expect(lines).toContain('Average: 3.46');
    expect(lines.at(-1)).toMatch(/^Decision \(agency, BPDD and peer mentor\): _+$/);
    expect(lines.join(' ')).not.toMatch(/pass|fail/i);
  });

  test("with the agency's passing average: it is printed above the decision line", () => {
    const text = paperScoreValue.paperText(examples.valid, { mentor: mentor(3.5) });
    expect(text).toContain("The agency's passing average: 3.5\nDecision (agency, BPDD and peer mentor):");
  });

  test('a missing area prints a dash; the blank form has lines for the numbers', () => {
    expect(paperScoreValue.paperText({ ...examples.valid, demeanor: '' })).toContain('Demeanor: –');
    expect(paperScoreValue.paperText({})).toContain('Average: –');
    expect(paperScoreValue.blankText()).toContain('Total: ______ out of 65');
  });
});
