import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { listRow, meetingRows, progressTally } from '~/forms/encounter/list';
import type { FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';

let n = 0;
function meeting(data: FormValues, status: StoredRecord['status'] = 'finished'): StoredRecord {
  n += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return { id: `m${n}`, formId: 'encounter', formVersion: 1, personId: 'p1', createdAt: at, updatedAt: at, status, revision: 1, date: '', data };
}

describe('what lists show for a meeting', () => {
  test('the date in words, the goal as the title, the progress words and picture', () => {
    const row = listRow(meeting({ meetingDate: '2026-05-03', primaryGoal: ' Take the bus ', progress: 'met-goal' }), encounter);

    expect(row).toMatchObject({ date: '2026-05-03', dateText: '3 May 2026', title: 'Take the bus', detail: 'We reached the goal', picture: 'trophy', progress: 'met-goal', finished: true });
  });

  test('a meeting not filled in yet', () => {
    const row = listRow(meeting({ meetingDate: '', primaryGoal: '', progress: '' }, 'draft'), encounter);

    expect(row).toMatchObject({ date: '', dateText: 'No date yet', title: '', detail: 'Not filled in yet', picture: undefined, progress: '', finished: false });
  });

  test('meetings come newest meeting date first, those with no date last', () => {
    const rows = meetingRows([meeting({ meetingDate: '2026-05-01' }), meeting({ meetingDate: '' }), meeting({ meetingDate: '2026-06-01' })], encounter);

    expect(rows.map((r) => r.dateText)).toEqual(['1 June 2026', '1 May 2026', 'No date yet']);
  });
});

describe('the progress tally', () => {
  test('counts each progress word over the meetings that have one, by plural rules', () => {
    const rows = meetingRows(
      [meeting({ meetingDate: '2026-05-01', progress: 'met-goal' }), meeting({ meetingDate: '2026-05-02', progress: 'met-goal' }), meeting({ meetingDate: '2026-05-03', progress: '' })],
      encounter,
    );

    expect(progressTally(rows)).toBe('2 meetings. We reached the goal: 2.');
    expect(progressTally(rows.slice(0, 2))).toBe('1 meeting. We reached the goal: 1.');
    expect(progressTally([])).toBe('No meetings with progress yet.');
  });
});
