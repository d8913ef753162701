import { describe, expect, it } from 'vitest';
import { addressWithRecord, idsFromAddress } from '~/lib/session/address';
import { MENTOR_ID } from '~/lib/storage';

describe("a form page's address", () => {
  it('names the record and, for a mentee form, the person; the mentor owns the mentor forms', () => {
    expect(idsFromAddress({ owner: 'mentee' }, '?person=p1&record=r1')).toEqual({ recordId: 'r1', personId: 'p1' });
    expect(idsFromAddress({ owner: 'mentee' }, '')).toEqual({ recordId: undefined, personId: '' });
    expect(idsFromAddress({ owner: 'mentor' }, '?person=p1')).toEqual({ recordId: undefined, personId: MENTOR_ID });
  });

  it('adds the record id and keeps the person; no change when it is there already', () => {
    expect(addressWithRecord('?person=p1', 'r1')).toBe('?person=p1&record=r1');
    expect(addressWithRecord('?person=p1&record=old', 'r1')).toBe('?person=p1&record=r1');
    expect(addressWithRecord('?person=p1&record=r1', 'r1')).toBeUndefined();
  });
});
