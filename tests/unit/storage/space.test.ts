import { describe, expect, it } from 'vitest';
import { judgeSpace, LOW_SPACE_BYTES, roomNeededFor } from '~/lib/storage/space';

const MB = 1024 * 1024;

describe('free space before a big write', () => {
  it('refuses a backup file the tablet has no room for, before anything is written', () => {
    expect(judgeSpace({ usage: 990 * MB, quota: 1000 * MB }, 5 * MB)).toBe('too-little');
    expect(judgeSpace({ usage: 0, quota: 1024 }, 1)).toBe('too-little');
  });

  it('warns early when little room is left, even with no write', () => {
    expect(judgeSpace({ usage: 980 * MB, quota: 1000 * MB })).toBe('low');
    expect(judgeSpace({ usage: 0, quota: 1000 * MB }, 320 * MB)).toBe('low');
    expect(judgeSpace({ usage: 0, quota: 1000 * MB }, 1 * MB)).toBe('ok');
    expect(judgeSpace({ usage: 0, quota: LOW_SPACE_BYTES + roomNeededFor(1) }, 1)).toBe('ok');
  });

  it('refuses nothing where the browser cannot say', () => {
    expect(judgeSpace(undefined, 10 * MB)).toBe('ok');
    expect(judgeSpace({ usage: 5 }, 10 * MB)).toBe('ok');
    expect(judgeSpace({ usage: 5, quota: Number.POSITIVE_INFINITY }, 10 * MB)).toBe('ok');
  });
});
