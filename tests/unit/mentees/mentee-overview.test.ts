import { beforeAll, describe, expect, test } from 'vitest';
import { forms, formsFor } from '~/forms';
import { formState, listingOf, loadListings } from '~/lib/forms/listings';
import { otherCards } from '~/lib/mentees/mentee-overview';
import type { StoredRecord } from '~/lib/storage';

beforeAll(() => loadListings(forms.map((f) => f.id)));

function record(id: string, formId: string, updatedAt: string, status: StoredRecord['status'], data: StoredRecord['data'] = {}): StoredRecord {
  return { id, formId, formVersion: 1, personId: 'p1', createdAt: updatedAt, updatedAt, status, revision: 1, date: '', data };
}

describe('"Other forms" cards on a mentee page', () => {
  test('newest change first, with the form title, its link and whether it is finished', () => {
    const cards = otherCards(
      [record('a', 'form-a', '2026-01-01T00:00:00Z', 'finished'), record('b', 'form-b', '2026-02-01T00:00:00Z', 'draft')],
      (r) => `Title of ${r.formId}`,
    );

    expect(cards).toEqual([
      { id: 'b', formId: 'form-b', title: 'Title of form-b', href: '/forms/form-b/?record=b', stateText: 'Not finished', finished: false },
      { id: 'a', formId: 'form-a', title: 'Title of form-a', href: '/forms/form-a/?record=a', stateText: 'Finished', finished: true },
    ]);
  });
});

describe('the two evaluations by the mentee', () => {
  test('lists name them "Mid-point" and "End"', () => {
    const def = forms.find((f) => f.id === 'mentee-evaluation');
    const title = (point: string) => listingOf('mentee-evaluation').listRow(record('e', 'mentee-evaluation', '2026-01-01T00:00:00Z', 'draft', { point }), def).title;
    expect([title('mid-point'), title('end'), title('')]).toEqual(['Mid-point', 'End', '']);
  });
});

describe('each form says what lists show for it', () => {
  test('every form has a list row in its folder, with a date in words', () => {
    for (const def of forms) {
      const row = listingOf(def.id).listRow(record('r', def.id, '2026-01-01T00:00:00Z', 'draft'), def);
      expect(row.dateText, def.id).not.toBe('');
    }
  });

  test('where a form stands, from its newest record and its date', () => {
    for (const def of formsFor('mentor')) {
      expect(formState(def.id, undefined, def).stateText).toBe('Not started yet.');
    }
    const mentee = formsFor('mentee')[0];
    expect(mentee && formState(mentee.id, undefined, mentee, 'p 1').href).toBe(`/forms/${mentee?.id}/?person=p%201`);
  });
});
