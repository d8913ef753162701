import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { billingUnits, formatLength, meetingLength } from '~/forms/encounter/meeting-length';

describe('meetingLength', () => {
  test('1 hour 15 minutes is 75 minutes and 5 units', () => {
    expect(meetingLength('14:00', '15:15')).toEqual({ minutes: 75, units: 5 });
  });

  test.each([
    ['10:00', '10:01', 1, 0],
    ['10:00', '10:07', 7, 0],
    ['10:00', '10:08', 8, 1],
    ['10:00', '10:22', 22, 1],
    ['10:00', '10:23', 23, 2],
    ['10:00', '10:37', 37, 2],
    ['10:00', '10:38', 38, 3],
    ['09:50', '11:00', 70, 5],
    ['00:00', '23:59', 1439, 96],
  ])('%s to %s: %i minutes, %i units (8-minute rule)', (start, end, minutes, units) => {
    expect(meetingLength(start, end)).toEqual({ minutes, units });
  });

  test('end not after start, or a bad time, gives 0', () => {
    expect(meetingLength('15:00', '14:00')).toEqual({ minutes: 0, units: 0 });
    expect(meetingLength('15:00', '15:00')).toEqual({ minutes: 0, units: 0 });
    expect(meetingLength('', '15:00')).toEqual({ minutes: 0, units: 0 });
    expect(meetingLength('25:00', '26:00')).toEqual({ minutes: 0, units: 0 });
  });

  test('units never go past the minutes, and are at most one quarter-hour off', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), (minutes) => {
      const units = billingUnits(minutes);
      expect(Math.abs(units * 15 - minutes)).toBeLessThanOrEqual(7);
    }));
  });
});

describe('formatLength', () => {
  test.each([
    [75, '1 hour 15 minutes'],
    [60, '1 hour'],
    [120, '2 hours'],
    [45, '45 minutes'],
    [1, '1 minute'],
    [61, '1 hour 1 minute'],
    [0, '0 minutes'],
    [-5, '0 minutes'],
  ])('%i → %s', (minutes, text) => {
    expect(formatLength(minutes)).toBe(text);
  });
});
