import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forms } from '~/forms';
import { allFields, optionsOf } from '~/lib/forms/fields';
import { HardWordFinder, formHardWords, markKey, termVariants, type HardWordEntry } from '~/lib/forms/hard-words';

const list = JSON.parse(readFileSync(new URL('../../../content/hard-words.json', import.meta.url), 'utf8')) as HardWordEntry[];

describe('termVariants', () => {
  it('counts a term with a short form in brackets in either form', () => {
    expect(termVariants('MCO (managed care organization)')).toEqual(['MCO (managed care organization)', 'MCO', 'managed care organization']);
    expect(termVariants('mentee')).toEqual(['mentee']);
  });
});

describe('HardWordFinder', () => {
  const finder = new HardWordFinder([
    { id: 'peer', term: 'peer' },
    { id: 'peer-mentor', term: 'peer mentor' },
    { id: 'co-facilitate', term: 'co-facilitate' },
    { id: 'agency', term: 'agency' },
    { id: 'mco', term: 'MCO (managed care organization)' },
  ]);

  it('marks the longest term, with its usual endings, whatever its case', () => {
    expect(finder.split('Peer mentors help. Co-facilitating groups.', new Set())).toEqual([
      { text: 'Peer mentors', id: 'peer-mentor' },
      { text: ' help. ' },
      { text: 'Co-facilitating', id: 'co-facilitate' },
      { text: ' groups.' },
    ]);
  });

  it('marks only the first use of each word, across texts', () => {
    const used = new Set<string>();
    expect(finder.split('Your agency and the MCO.', used)).toEqual([{ text: 'Your ' }, { text: 'agency', id: 'agency' }, { text: ' and the ' }, { text: 'MCO', id: 'mco' }, { text: '.' }]);
    expect(finder.split('Two agencies and the MCO.', used)).toEqual([{ text: 'Two agencies and the MCO.' }]);
  });

  it('does not mark a word inside another word', () => {
    expect(finder.split('peerless co-facilitated-ish agencyX', new Set())).toEqual([{ text: 'peerless co-facilitated-ish agencyX' }]);
  });

  it('keeps every letter of the text, in order', () => {
    const text = 'A peer, a peer mentor and an agency (or agencies).';
    expect(finder.split(text, new Set()).map((p) => p.text).join('')).toBe(text);
  });
});

describe('formHardWords', () => {
  it('marks hard words in questions, hints and choices of the forms, each once a page, keeping the text', () => {
    let total = 0;
    for (const form of forms) {
      const marks = formHardWords(form, list);
      const ids = [...marks.values()].flat().flatMap((p) => (p.id ? [p.id] : []));
      expect(new Set(ids).size, form.id).toBe(ids.length);
      total += ids.length;
      for (const field of allFields(form)) {
        const texts: [string, string | undefined][] = [
          [markKey(field.name), field.label],
          [markKey(field.name, 'hint'), field.hint],
          ...optionsOf(field).flatMap((o): [string, string | undefined][] => [[markKey(field.name, o.value), o.label], [markKey(field.name, o.value, 'hint'), o.hint]]),
        ];
        for (const [key, text] of texts) {
          const parts = marks.get(key);
          if (parts) expect(parts.map((p) => p.text).join('')).toBe(text);
        }
      }
    }
    expect(total).toBeGreaterThan(forms.length);
  });
});
