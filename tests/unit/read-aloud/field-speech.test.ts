import { describe, expect, it } from 'vitest';
import { asSentence, questionSpeech, spokenChoice } from '~/lib/read-aloud/field-speech';
import { MAX_CHUNK_LENGTH } from '~/lib/learn/speech-chunks';

describe('asSentence', () => {
  it('ends a phrase with a full stop so the voice pauses, and keeps a question mark', () => {
    expect(asSentence('  At home ')).toBe('At home.');
    expect(asSentence('Where did you meet?')).toBe('Where did you meet?');
    expect(asSentence('Where did you meet? (optional)')).toBe('Where did you meet? (optional).');
    expect(asSentence('')).toBe('');
  });
});

describe('questionSpeech', () => {
  it('says the question, its hint, the error, then each choice with its number, in order, a choice in one piece', () => {
    const pieces = questionSpeech({
      question: { element: 'legend', text: 'Does Sam come on time?' },
      hint: { element: 'hint', text: 'Pick one' },
      error: { element: 'error', text: 'Pick how often Sam comes on time' },
      choices: [
        { element: 'c1', number: '1', label: 'Not yet', hint: '' },
        { element: 'c2', number: '2', label: 'Sometimes', hint: 'Some days' },
        { element: 'c3', number: '', label: 'Does not apply', hint: '' },
      ],
    });
    expect(pieces).toEqual([
      { element: 'legend', text: 'Does Sam come on time?' },
      { element: 'hint', text: 'Pick one.' },
      { element: 'error', text: 'Pick how often Sam comes on time.' },
      { element: 'c1', text: '1: Not yet.' },
      { element: 'c2', text: '2: Sometimes. Some days.' },
      { element: 'c3', text: 'Does not apply.' },
    ]);
  });

  it('leaves out parts that are not shown and cuts long text into short pieces', () => {
    const long = 'Write what you did together and what you talked about with your mentee today, '.repeat(4);
    const pieces = questionSpeech({ question: { element: 'label', text: long }, choices: [] });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
  });

  it('says a choice as number, words and hint', () => {
    expect(spokenChoice({ element: null, number: '3', label: 'Meets expectations', hint: 'Most of the time' })).toBe('3: Meets expectations. Most of the time.');
  });
});
