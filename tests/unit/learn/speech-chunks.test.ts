import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CHUNK_LENGTH, normaliseSpace, speechChunks, splitLong, splitSentences } from '~/lib/learn/speech-chunks';

describe('splitSentences', () => {
  it('cuts after full stops, question marks and exclamation marks', () => {
    expect(splitSentences('A peer is like you. Are you a mentor? Yes!')).toEqual(['A peer is like you.', 'Are you a mentor?', 'Yes!']);
  });
  it('keeps numbers, slashes and quotes whole', () => {
    expect(splitSentences('Pictures are 1.5 cm. People with I/DD can help. He said "Hi." Then he left.')).toEqual([
      'Pictures are 1.5 cm.',
      'People with I/DD can help.',
      'He said "Hi."',
      'Then he left.',
    ]);
  });
  it('keeps a heading without a full stop as one sentence', () => {
    expect(splitSentences('  What a peer mentor knows\n')).toEqual(['What a peer mentor knows']);
  });
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('splitLong', () => {
  it('leaves a short sentence alone', () => {
    expect(splitLong('Short.')).toEqual(['Short.']);
  });
  it('cuts a long sentence after a comma when it can', () => {
    const sentence = `${'word '.repeat(20).trim()}, ${'more '.repeat(40).trim()}.`;
    const pieces = splitLong(sentence);
    expect(pieces[0]).toBe(`${'word '.repeat(20).trim()},`);
    expect(pieces.every((p) => p.length <= MAX_CHUNK_LENGTH)).toBe(true);
  });
  it('cuts at spaces, never inside a word', () => {
    const sentence = 'tablet '.repeat(60).trim();
    const pieces = splitLong(sentence);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece).toMatch(/^(tablet ?)+$/);
  });
  it('cuts a word with no spaces at the limit', () => {
    expect(splitLong('x'.repeat(450))).toEqual(['x'.repeat(200), 'x'.repeat(200), 'x'.repeat(50)]);
  });
});

describe('speechChunks', () => {
  it('gives one piece per sentence', () => {
    expect(speechChunks('One. Two.\n\nThree?')).toEqual(['One.', 'Two.', 'Three?']);
  });
  it('never loses words and never makes a piece over the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^[a-z]{1,30}$/), fc.constantFrom('.', ',', '!', '?', '1.5', ' ', '\n')), { maxLength: 300 }), fc.integer({ min: 20, max: 250 }), (tokens, max) => {
        const text = tokens.join(' ');
        const chunks = speechChunks(text, max);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(max);
          expect(chunk).toBe(chunk.trim());
          expect(chunk.length).toBeGreaterThan(0);
        }
        expect(chunks.join('').replace(/\s/g, '')).toBe(normaliseSpace(text).replace(/\s/g, ''));
      }),
    );
  });
});
