import { describe, expect, test } from 'vitest';
import { forms } from '~/forms';
import { count, countRecords, formOrder } from '~/lib/backup-ui/record-counts';
import { recordNoun } from '~/lib/backup-ui/record-words';

describe('record nouns from the forms’ folders', () => {
  test('every form in the registry brings its own noun and its place in count lists', () => {
    for (const def of forms) {
      expect(recordNoun(def.id), def.id).not.toBe('form');
    }
    expect([...formOrder].sort()).toEqual(forms.map((def) => def.id).sort());
  });

  test('counts follow the plural rules: 1 is one, 0 and 1.5 are other', () => {
    expect(countRecords('time-log-entry', 1)).toBe('1 time log entry');
    expect(countRecords('time-log-entry', 0)).toBe('0 time log entries');
    expect(count(1.5, 'hour', 'hours')).toBe('1.5 hours');
    expect(countRecords('no-such-form', 1)).toBe('1 form');
  });
});
