/**
 * Checks the prose reader the Easy Read tests rely on: if it read the MDX wrongly,
 * those tests could pass when a page is hard to read.
 */
import { describe, expect, test } from 'vitest';
import { grade, longSentences, parseFrontmatter, sentences, toProse } from './prose';

const mdx = [
  '## A heading without a stop', // 1
  '', // 2
  '<KeyPoint picture="lock">', // 3
  'Keep it <HardWord id="confidential">confidential</HardWord>. Read [this page](/learn/my-role/).', // 4
  '</KeyPoint>', // 5
  '', // 6
  'What the agency does:', // 7
  '', // 8
  '- it hires the peer mentor', // 9
  '- It finds mentees aged 12 to 26. It **matches** them.', // 10
  '{/* a note for writers */}', // 11
].join('\n');

describe('prose reader', () => {
  const { prose, headingLines } = toProse(mdx);
  const lines = prose.split('\n');

  test('keeps the line numbers of the MDX file', () => {
    expect(lines.length).toBe(11);
    expect(headingLines).toEqual(new Set([1]));
  });

  test('keeps the words inside JSX tags and links, drops tags, markdown and comments', () => {
    expect(lines[3]).toBe('Keep it confidential. Read this page.');
    expect(lines[2]).toBe('');
    expect(lines[9]).toBe('It finds mentees aged 12 to 26. It matches them.');
    expect(lines[10]).toBe('');
  });

  test('ends headings, lead-ins and list items with a full stop, so each is its own sentence', () => {
    const list = sentences(prose, headingLines);
    expect(list.map((s) => [s.line, s.words.length, s.heading])).toEqual([
      [1, 5, true],
      [4, 3, false],
      [4, 3, false],
      [7, 4, false],
      [9, 5, false],
      [10, 7, false],
      [10, 3, false],
    ]);
  });

  test('finds a sentence over 20 words', () => {
    const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.';
    expect(longSentences(sentences(`Short one.\n${long}`)).map((s) => [s.line, s.words.length])).toEqual([[2, 21]]);
    expect(longSentences(sentences('A short sentence. Another short one.'))).toEqual([]);
  });

  test('grades plain sentences lower than long, complicated ones', () => {
    const easy = grade(sentences('I help my mentee. We meet each week. We talk about goals.'));
    const hard = grade(
      sentences('Peer mentoring organizations collaboratively facilitate individualized, person-centered community integration opportunities for participants.'),
    );
    expect(easy.average).toBeLessThan(3);
    expect(hard.average).toBeGreaterThan(12);
  });

  test('reads frontmatter values and where they are', () => {
    const { data, lines: where, end } = parseFrontmatter('---\ntitle: "A: title"\nsummary: It is short.\n---\nBody');
    expect(data).toEqual({ title: 'A: title', summary: 'It is short.' });
    expect(where.get('summary')).toBe(3);
    expect(end).toBe(4);
  });
});
