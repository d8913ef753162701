import { describe, expect, test } from 'vitest';
import { searchTerms } from '~/lib/learn/search-words';

describe('searchTerms', () => {
  test('swaps a word people type for the word the workbook uses', () => {
    expect(searchTerms('present')).toBe('gift');
    expect(searchTerms('Presents')).toBe('gifts');
    expect(searchTerms('90 hrs')).toBe('90 hours');
  });

  test('leaves out the small words of a whole question', () => {
    expect(searchTerms('Can I take a present?')).toBe('take gift');
    expect(searchTerms('What is a peer mentor')).toBe('peer mentor');
  });

  test('keeps the words when only small words were typed, and keeps other words as they are', () => {
    expect(searchTerms('how')).toBe('how');
    expect(searchTerms('  rapport ')).toBe('rapport');
    expect(searchTerms('')).toBe('');
  });
});
