import { describe, expect, test } from 'vitest';
import { formHref, formPartHref, menteeHref, newRecordHref, paperHref, recordHref } from '~/lib/urls';

describe('urls', () => {
  test('form pages, records and new records', () => {
    expect(formHref('some-form')).toBe('/forms/some-form/');
    expect(recordHref('some-form', 'r1')).toBe('/forms/some-form/?record=r1');
    expect(newRecordHref('some-form', 'p1')).toBe('/forms/some-form/?person=p1');
  });

  test('paper copies: blank, one record, one person\'s records', () => {
    expect(paperHref('some-form')).toBe('/forms/some-form/paper/');
    expect(paperHref('some-form', { record: 'r1' })).toBe('/forms/some-form/paper/?record=r1');
    expect(paperHref('some-form', { person: 'p1' })).toBe('/forms/some-form/paper/?person=p1');
  });

  test('a mentee\'s page and a form\'s extra view', () => {
    expect(menteeHref('p1')).toBe('/mentees/view/?id=p1');
    expect(formPartHref('some-form', 'compare', 'p1')).toBe('/forms/some-form/compare/?person=p1');
    expect(formPartHref('some-form', 'compare')).toBe('/forms/some-form/compare/');
  });

  test('ids are encoded, so an id can never add to the address', () => {
    expect(recordHref('f', 'a&b=c#d')).toBe('/forms/f/?record=a%26b%3Dc%23d');
    expect(menteeHref('x y/z')).toBe('/mentees/view/?id=x%20y%2Fz');
  });
});
