import { beforeAll, describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { definition as timeLog } from '~/forms/time-log-entry/definition';
import { withMentorPrefills } from '~/lib/forms/initial-values';
import { loadListings, recordTitle } from '~/lib/forms/listings';
import { unfinishedItems } from '~/lib/mentees/unfinished';
import type { Person, StoredRecord } from '~/lib/storage';

beforeAll(() => loadListings(['encounter', 'time-log-entry', 'individual-plan', 'mentee-evaluation']));

const person = (id: string, kind: Person['kind'], name: string): Person => ({ id, kind, name, note: '', createdAt: '', updatedAt: '', revision: 1 });
function record(id: string, formId: string, personId: string, updatedAt: string, status: StoredRecord['status'], data: StoredRecord['data'] = {}, extra: Partial<StoredRecord> = {}): StoredRecord {
  return { id, formId, formVersion: 1, personId, createdAt: updatedAt, updatedAt, status, revision: 1, date: '', data, ...extra };
}

describe('"Not finished yet" on Home', () => {
  test('drafts only, newest change first, with whose they are and when started; replaced versions are left out', () => {
    const people = [person('mentor', 'mentor', 'Sam Lee'), person('p1', 'mentee', 'Jordan Rivera')];
    const items = unfinishedItems(
      people,
      [
        record('a', 'encounter', 'p1', '2026-05-01T10:00:00Z', 'draft', { meetingDate: '2026-05-01' }),
        record('b', 'time-log-entry', 'mentor', '2026-05-02T10:00:00Z', 'draft'),
        record('c', 'encounter', 'p1', '2026-05-03T10:00:00Z', 'finished'),
        record('d', 'individual-plan', 'p1', '2026-05-04T10:00:00Z', 'draft', {}, { supersededBy: 'e' }),
        record('f', 'mentee-evaluation', 'p1', '2026-05-05T10:00:00Z', 'draft', { point: 'end' }),
      ],
      (r) => recordTitle(r, `Title of ${r.formId}`, undefined),
    );
    expect(items).toEqual([
      { id: 'f', href: '/forms/mentee-evaluation/?record=f', title: 'Title of mentee-evaluation: End', note: 'Jordan Rivera. Started. Not finished.' },
      { id: 'b', href: '/forms/time-log-entry/?record=b', title: 'Title of time-log-entry', note: 'My own form. Started. Not finished.' },
      { id: 'a', href: '/forms/encounter/?record=a', title: 'Title of encounter', note: 'Jordan Rivera. Started on 1 May 2026. Not finished.' },
    ]);
  });
});

describe('the name given after the form opened', () => {
  test('fills the empty fields that take the name or initials; written answers stay', () => {
    expect(withMentorPrefills(timeLog, { initials: '' }, 'Sam Lee')).toEqual({ initials: 'SL' });
    expect(withMentorPrefills(timeLog, { initials: 'XY' }, 'Sam Lee')).toBeUndefined();
    expect(withMentorPrefills(encounter, { menteeName: '' }, 'Sam Lee')).toBeUndefined();
  });
});

describe('listings load per page', () => {
  test('a listing used before it was loaded says so in the console and gives plain rows', async () => {
    const { listingOf, loadListings } = await import('~/lib/forms/listings');
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(listingOf('time-log-review').listRow(record('r', 'time-log-review', 'mentor', '2026-05-01T10:00:00Z', 'draft'), undefined).title).toBe('');
      expect(errors).toHaveLength(1);
      await loadListings(['time-log-review', 'no-such-form']);
      listingOf('time-log-review');
      listingOf('no-such-form');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
