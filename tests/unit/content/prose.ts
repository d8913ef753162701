/**
 * Reads the Learn pages (content/learn/*.mdx) as a reader hears them: the readable
 * prose without frontmatter, JSX tags or markdown syntax, split into sentences.
 *
 * The prose keeps the file's line numbers: line N of the prose is what the reader
 * sees from line N of the MDX file. So any sentence or word found in the prose can be
 * reported as `file:line`.
 *
 * Reading grade uses the same formula packages as retext-readability (which
 * depends on them), run over the whole page instead of one sentence at a time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, Sentence as SentenceNode, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
// The formula packages retext-readability is built on (installed with it).
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const learnDir = join(root, 'content/learn');

/** One Learn page, read from disk. */
export interface Page {
  /** File name, e.g. `my-role.mdx`. */
  file: string;
  /** Slug, e.g. `my-role`. */
  slug: string;
  /** The whole file. */
  source: string;
  /** Frontmatter values (strings; quotes removed). */
  data: Record<string, string>;
  /** The MDX body after the frontmatter, with blank lines in place of the frontmatter. */
  body: string;
  /** Readable prose, line-aligned with `source`. */
  prose: string;
  /** Lines (1-based) of the prose that are headings or the title: not graded. */
  headingLines: Set<number>;
  /** The first line (1-based) after the frontmatter. */
  bodyStart: number;
}

/** One sentence of prose. */
export interface Sentence {
  text: string;
  words: string[];
  /** Line in the MDX file where the sentence starts (1-based). */
  line: number;
  /** True when the sentence is a heading or the title. */
  heading: boolean;
}

/** Splits frontmatter `key: value` lines from the file. Values are plain strings. */
export function parseFrontmatter(source: string): { data: Record<string, string>; lines: Map<string, number>; end: number } {
  const lines = source.split('\n');
  const data: Record<string, string> = {};
  const where = new Map<string, number>();
  if (lines[0]?.trim() !== '---') return { data, lines: where, end: 0 };
  let i = 1;
  for (; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const match = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(lines[i]!);
    if (!match) continue;
    let value = match[2]!.trim();
    if (/^".*"$/.test(value)) value = JSON.parse(value) as string;
    else if (/^'.*'$/.test(value)) value = value.slice(1, -1).replaceAll("''", "'");
    data[match[1]!] = value;
    where.set(match[1]!, i + 1);
  }
  return { data, lines: where, end: i + 1 };
}

const endsSentence = /[.!?:;]["”’)]*$/;
const isBlockStart = (line: string) =>
  line.trim() === '' || /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|<\/?[A-Za-z]|\{\/\*)/.test(line);

/**
 * Turns an MDX body into plain prose, one output line per input line.
 * Headings, list items and the last line of each block get a full stop when they
 * have none, so a heading is never read as part of the next sentence.
 */
export function toProse(mdx: string): { prose: string; headingLines: Set<number> } {
  const input = mdx.split('\n');
  const headingLines = new Set<number>();
  let inComment = false;
  let inCode = false;
  const output = input.map((raw, index) => {
    let line = raw;
    if (/^\s*```/.test(line)) {
      inCode = !inCode;
      return '';
    }
    if (inCode) return '';
    // JSX comments, possibly across lines.
    if (inComment) {
      const close = line.indexOf('*/}');
      if (close < 0) return '';
      line = line.slice(close + 3);
      inComment = false;
    }
    line = line.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    const open = line.indexOf('{/*');
    if (open >= 0) {
      line = line.slice(0, open);
      inComment = true;
    }
    if (/^\s*(import|export)\s/.test(line)) return '';
    let block = false;
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      line = heading[1]!;
      block = true;
      headingLines.add(index + 1);
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      // Each list item is read as its own sentence. retext-english does not start a
      // new sentence at a small letter, so give the item a capital for the analysis.
      line = item[1]!.replace(/^[a-z]/, (first) => first.toUpperCase());
      block = true;
    }
    line = line
      .replace(/^\s*>\s?/, '') // blockquote
      .replace(/<\/?[A-Za-z][^>]*>/g, '') // JSX and HTML tags (inner text stays)
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__|\*)/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
    if (line === '') return '';
    const next = input[index + 1] ?? '';
    if (block || isBlockStart(next)) {
      // A lead-in like "The agency also:" is read on its own before its list.
      if (line.endsWith(':')) line = `${line.slice(0, -1)}.`;
      else if (!endsSentence.test(line)) line += '.';
    }
    return line;
  });
  return { prose: output.join('\n'), headingLines };
}

/** Reads one page. */
function readPage(path: string): Page {
  const source = readFileSync(path, 'utf8');
  const { data, lines, end } = parseFrontmatter(source);
  const all = source.split('\n');
  const body = [...Array<string>(end).fill(''), ...all.slice(end)].join('\n');
  const { prose, headingLines } = toProse(body);
  // The title and summary are read too: put them back on their own lines.
  const proseLines = prose.split('\n');
  for (const key of ['title', 'summary'] as const) {
    const line = lines.get(key);
    if (!line || !data[key]) continue;
    proseLines[line - 1] = endsSentence.test(data[key]) ? data[key] : `${data[key]}.`;
    if (key === 'title') headingLines.add(line);
  }
  const file = basename(path);
  return { file, slug: file.replace(/\.mdx$/, ''), source, data, body, prose: proseLines.join('\n'), headingLines, bodyStart: end + 1 };
}

/** Every Learn page, sorted by file name. */
export function readPages(dir = learnDir): Page[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readPage(join(dir, name)));
}

/** Parses prose into an nlcst tree (retext-english). */
function parseProse(prose: string): Root {
  return unified().use(retextEnglish).parse(prose);
}

/**
 * Splits prose into sentences with their words and starting line.
 * retext-english never ends a sentence at a full stop after a number ("aged 12 to 26.
 * It…"): it reads "26." as one word. Such a sentence is split again there.
 */
export function sentences(prose: string, headingLines = new Set<number>()): Sentence[] {
  const result: Sentence[] = [];
  visit(parseProse(prose), 'SentenceNode', (node: SentenceNode) => {
    const pieces: SentenceContent[][] = [[]];
    node.children.forEach((child, i) => {
      pieces.at(-1)!.push(child);
      const after = node.children[i + 2];
      // retext-english reads "26." as one word.
      const endsAfterNumber =
        child.type === 'WordNode' &&
        /^\d+\.$/.test(toString(child)) &&
        node.children[i + 1]?.type === 'WhiteSpaceNode' &&
        after?.type === 'WordNode' &&
        /^[A-Z]/.test(toString(after));
      if (endsAfterNumber) pieces.push([]);
    });
    for (const piece of pieces) {
      const content = piece.filter((child) => child.type !== 'WhiteSpaceNode' || piece.indexOf(child) > 0);
      if (content.length === 0) continue;
      const words = content.filter((child) => child.type === 'WordNode').map((word) => toString(word));
      const line = content[0]!.position?.start.line ?? node.position?.start.line ?? 0;
      result.push({ text: toString(content).trim(), words, line, heading: headingLines.has(line) });
    }
  });
  return result;
}

/** Sentences longer than `max` words. */
export function longSentences(list: Sentence[], max = 20): Sentence[] {
  return list.filter((s) => s.words.length > max);
}

/** Reading-grade results for a piece of prose. */
export interface Grade {
  words: number;
  sentences: number;
  wordsPerSentence: number;
  fleschKincaid: number;
  automatedReadability: number;
  colemanLiau: number;
  gunningFog: number;
  smog: number;
  /** The mean of the five grade formulas above: the page's "reading grade". */
  average: number;
}

/**
 * US school grade of the prose, averaged over five standard grade formulas
 * (Flesch–Kincaid, Automated Readability, Coleman–Liau, Gunning fog, SMOG).
 * Headings and labels of one or two words ("Skill 1.") are left out, because
 * they are not sentences and would make the page look easier than it is.
 */
export function grade(list: Sentence[]): Grade {
  const graded = list.filter((s) => !s.heading && s.words.length >= 3);
  let words = 0;
  let letters = 0;
  let syllables = 0;
  let polysyllabic = 0;
  let complexPolysyllabic = 0;
  for (const sentence of graded) {
    for (const word of sentence.words) {
      const count = syllable(word);
      words++;
      letters += word.length;
      syllables += count;
      if (count >= 3) {
        polysyllabic++;
        if (word.charAt(0) === word.charAt(0).toLowerCase()) complexPolysyllabic++;
      }
    }
  }
  const sentenceCount = Math.max(graded.length, 1);
  const wordCount = Math.max(words, 1);
  const counts = {
    sentence: sentenceCount,
    word: wordCount,
    character: letters,
    letter: letters,
    syllable: syllables,
    polysillabicWord: polysyllabic,
    complexPolysillabicWord: complexPolysyllabic,
  };
  const fleschKincaid = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  const scores = {
    fleschKincaid,
    automatedReadability: automatedReadability(counts),
    colemanLiau: colemanLiau(counts),
    gunningFog: gunningFog(counts),
    smog: smogFormula(counts),
  };
  const average = Object.values(scores).reduce((a, b) => a + b, 0) / 5;
  return { words, sentences: graded.length, wordsPerSentence: words / sentenceCount, ...scores, average };
}

/** Rounds for display. */
export const round1 = (n: number) => Math.round(n * 10) / 10;
