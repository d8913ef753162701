import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf } from '~/lib/learn/hard-word-groups';

const word = (id: string, term: string) => ({ id, data: { term } });

describe('letterOf', () => {
  it('files a term under its first letter in capitals', () => {
    expect(letterOf('rapport')).toBe('R');
    expect(letterOf('Circle of Support')).toBe('C');
    expect(letterOf('élan')).toBe('E');
  });
  it('files digits and signs under #', () => {
    expect(letterOf('90 hours')).toBe('#');
  });
});

describe('groupByLetter', () => {
  const groups = groupByLetter([word('rapport', 'rapport'), word('circle', 'Circle of Support'), word('co', 'co-facilitate'), word('conf', 'confidential'), word('ninety', '90 hours'), word('agency', 'agency')]);
  it('sorts A to Z ignoring capitals', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'C', 'R']);
    expect(groups.find((g) => g.letter === 'C')?.words.map((w) => w.data.term)).toEqual(['Circle of Support', 'co-facilitate', 'confidential']);
  });
  it('gives each letter an anchor for the letter links', () => {
    expect(groups.map((g) => g.anchor)).toEqual(['letter-other', 'letter-a', 'letter-c', 'letter-r']);
  });
  it('keeps every word once', () => {
    expect(groups.flatMap((g) => g.words).length).toBe(6);
  });
});
