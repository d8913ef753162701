/**
 * Easy Read checks for the Learn pages (content/learn/*.mdx) and the hard-words list.
 *
 * 1. Reading level: no sentence over 12 words (15 on supervisor pages); peer-mentor pages
 *    read at grade 6 or lower.
 * 2. Inclusive words: retext-equality finds nothing, and People First Language holds.
 * 3. Every page's summary, pictures, hard words and internal links exist.
 * 4. The right number of pages, skills and rules.
 *
 * Failures name the file and line, so a writer can find the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';
import { afterAll, describe, expect, test } from 'vitest';
import { isPictureName } from '~/pictures';
import { languageProblems } from './language';
import { grade, longSentences, readPages, root, round1, sentences, type Page } from './prose';

const pages = readPages();
const bySlug = new Map(pages.map((page) => [page.slug, page]));

/**
 * The longest sentence allowed, in words, by section: peer mentors read at grade 2–4, so
 * their pages (and the About and Help pages everyone reads) keep to 12 words; supervisors' to 15.
 */
const MAX_WORDS: Record<string, number> = { 'peer-mentor': 12, about: 12, supervisor: 15 };
/** The highest average reading grade allowed on a peer-mentor page. */
const MAX_GRADE = 6;

interface HardWordEntry {
  id: string;
  term: string;
  meaning: string;
  picture?: string;
}
const hardWords = JSON.parse(readFileSync(join(root, 'content/hard-words.json'), 'utf8')) as HardWordEntry[];
const hardWordIds = new Set(hardWords.map((word) => word.id));

/**
 * Words the checks may allow on one page, because the page quotes the word to teach
 * readers not to use it. Keep this list short; every entry must say why.
 */
const allowed: { file: string; word: string; quotedOnly: boolean; why: string }[] = [
  {
    file: 'my-skills.mdx',
    word: 'normal',
    quotedOnly: true,
    why: 'Skill 13 says: do not call people without a disability "normal".',
  },
];

/** Site routes that MDX may link to, besides `/learn/<slug>/` for each Learn page. */
const siteRoutes = new Set(['/', '/learn/', '/mentees/', '/internship/', '/search/', '/hard-words/', '/settings/', '/about/', '/help/']);

const sectionAudience: Record<string, string> = {
  'peer-mentor': 'peer mentors',
  supervisor: 'supervisors',
  about: 'everyone',
};

function isAllowed(file: string, word: string, line: string, column: number): boolean {
  return allowed.some((entry) => {
    if (entry.file !== file || entry.word.toLowerCase() !== word.toLowerCase()) return false;
    if (!entry.quotedOnly) return true;
    const before = line.charAt(column - 2);
    const after = line.charAt(column - 1 + word.length);
    return /["“‘']/.test(before) && /["”’']/.test(after);
  });
}

/** Sentences retext-readability finds hard for a reader aged 12 (US grade 7). */
function hardSentenceCount(prose: string): number {
  const result = unified()
    .use(retextEnglish)
    .use(retextReadability, { age: 12 })
    .use(retextStringify)
    .processSync(prose);
  return result.messages.length;
}

const report: Record<string, Record<string, string | number>> = {};

describe('reading level', () => {
  afterAll(() => {
    console.log('\nReading grade of each Learn page (average of 5 grade formulas):');
    console.table(report);
  });

  for (const page of pages) {
    const list = sentences(page.prose, page.headingLines);
    const result = grade(list);
    report[page.file] = {
      section: page.data['section'] ?? '?',
      words: result.words,
      sentences: result.sentences,
      'words/sentence': round1(result.wordsPerSentence),
      'longest sentence': Math.max(0, ...list.map((s) => s.words.length)),
      'Flesch-Kincaid': round1(result.fleschKincaid),
      ARI: round1(result.automatedReadability),
      'Coleman-Liau': round1(result.colemanLiau),
      fog: round1(result.gunningFog),
      SMOG: round1(result.smog),
      grade: round1(result.average),
      'hard sentences (age 12)': hardSentenceCount(page.prose),
    };

    const maxWords = MAX_WORDS[page.data['section'] ?? ''] ?? 12;
    test(`${page.file}: no sentence is over ${maxWords} words`, () => {
      const long = longSentences(list, maxWords).map(
        (s) => `${page.file}:${s.line}: ${s.words.length} words: "${s.text}"`,
      );
      expect(long, long.join('\n')).toEqual([]);
    });

    if (page.data['section'] === 'peer-mentor') {
      test(`${page.file}: reading grade is ${MAX_GRADE} or lower`, () => {
        expect(
          result.average,
          `${page.file}: reading grade ${round1(result.average)} is above ${MAX_GRADE}`,
        ).toBeLessThanOrEqual(MAX_GRADE);
      });
    }
  }
});

describe('inclusive language', () => {
  for (const page of pages) {
    test(`${page.file}: retext-equality and People First Language find nothing`, async () => {
      const problems = await languageProblems(page.file, page.prose, (word, line, column) => isAllowed(page.file, word, line, column));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  test('hard-words.json: meanings use inclusive language', async () => {
    const prose = hardWords.map((word) => word.meaning).join('\n');
    const problems = await languageProblems('hard-words.json', prose, (word, line, column) => isAllowed('hard-words.json', word, line, column));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('the allow-list is used: every allowed word appears on its page', () => {
    for (const entry of allowed) {
      const page = pages.find((p) => p.file === entry.file);
      expect(page?.prose.toLowerCase(), `${entry.file} no longer uses "${entry.word}": remove it from the allow-list`).toContain(entry.word);
    }
  });
});

/** Line number of a string offset in the source. */
const lineOf = (page: Page, index: number) => page.source.slice(0, index).split('\n').length;

describe('pictures, hard words and links', () => {
  for (const page of pages) {
    test(`${page.file}: frontmatter, pictures, hard words and links exist`, () => {
      const problems: string[] = [];
      const { data } = page;
      const need = (ok: boolean, message: string) => {
        if (!ok) problems.push(`${page.file}: ${message}`);
      };

      // Plain YAML values may not hold ": " or " #", or start with a YAML sign: quote them.
      page.source.split('\n').slice(0, 12).forEach((line, index) => {
        const value = /^(?:title|summary|pictureAlt):\s*(.*)$/.exec(line)?.[1] ?? '';
        if (!/^["']/.test(value) && (/: | #/.test(value) || /^[&*!|>%@`{[\]-]/.test(value))) {
          problems.push(`${page.file}:${index + 1}: put the value in quotes, or YAML will misread it`);
        }
      });
      need((data['title'] ?? '').length >= 3 && (data['title'] ?? '').length <= 60, 'title must be 3–60 characters');
      const summary = data['summary'] ?? '';
      need(summary.length >= 10 && summary.length <= 140, 'summary must be 10–140 characters');
      need(sentences(summary).length === 1, 'summary must be one sentence');
      need(isPictureName(data['picture'] ?? ''), `page picture "${data['picture']}" is not in src/pictures/index.ts`);
      need((data['section'] ?? '') in sectionAudience, `unknown section "${data['section']}"`);
      need(sectionAudience[data['section'] ?? ''] === data['audience'], `audience of a ${data['section']} page must be "${sectionAudience[data['section'] ?? '']}"`);
      need(/^[1-9]\d*$/.test(data['order'] ?? ''), 'order must be a positive whole number');
      need(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(page.slug), 'file name must be kebab-case');

      // Key points: each has a picture that exists, and keeps to one paragraph.
      for (const match of page.body.matchAll(/<KeyPoint\b([^>]*)>([\s\S]*?)<\/KeyPoint>/g)) {
        const at = `line ${lineOf(page, match.index)}`;
        const picture = /\bpicture="([^"]*)"/.exec(match[1]!)?.[1];
        need(picture !== undefined, `${at}: KeyPoint has no picture`);
        if (picture !== undefined) need(isPictureName(picture), `${at}: KeyPoint picture "${picture}" is not in src/pictures/index.ts`);
        need(!/\n\s*\n/.test(match[2]!), `${at}: KeyPoint has a blank line inside`);
      }
      need((page.body.match(/<KeyPoint\b/g) ?? []).length === (page.body.match(/<\/KeyPoint>/g) ?? []).length, 'a KeyPoint is not closed');

      // Hard words exist in the list, and are marked once: where the word first appears.
      const marked = new Set<string>();
      const proseLines = page.prose.split('\n');
      for (const match of page.body.matchAll(/<HardWord\b[^>]*\bid="([^"]*)"[^>]*>([^<]*)<\/HardWord>/g)) {
        const [, id, text] = match as unknown as [string, string, string];
        const line = lineOf(page, match.index);
        need(hardWordIds.has(id), `line ${line}: hard word "${id}" is not in content/hard-words.json`);
        need(!marked.has(id), `line ${line}: hard word "${id}" is marked twice; mark only its first use`);
        marked.add(id);
        const word = new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        const firstLine = proseLines.findIndex((prose, index) => index + 1 >= page.bodyStart && !page.headingLines.has(index + 1) && word.test(prose));
        need(firstLine < 0 || firstLine + 1 >= line, `line ${line}: "${text}" appears earlier, on line ${firstLine + 1}; mark that one`);
      }

      // Headings: h2 and lower only, with no hard words inside.
      page.source.split('\n').forEach((line, index) => {
        if (/^#\s/.test(line)) problems.push(`${page.file}:${index + 1}: use ## headings; the layout makes the h1`);
        if (/^#{2,6}\s/.test(line) && /<HardWord/.test(line)) problems.push(`${page.file}:${index + 1}: no HardWord inside a heading`);
      });

      // Internal links point at a page that exists.
      for (const match of page.body.matchAll(/\]\((\/[^)\s]*)\)|\bhref="(\/[^"]*)"/g)) {
        const target = (match[1] ?? match[2]!).replace(/[#?].*$/, '');
        const learn = /^\/learn\/([a-z0-9-]+)\/$/.exec(target);
        const ok = siteRoutes.has(target) || (learn !== null && bySlug.has(learn[1]!));
        need(ok, `line ${lineOf(page, match.index)}: link "${target}" goes to no page`);
      }

      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

describe('hard-words.json', () => {
  const required = [
    'self-advocate', 'self-advocacy', 'self-determination', 'person-centered-plan', 'confidential',
    'circle-of-support', 'people-first-language', 'competitive-integrated-employment', 'mco', 'empathy',
    'sympathy', 'rapport', 'collaborator', 'advocate', 'mentee', 'peer', 'internship', 'supervisor', 'dignity',
    'boundaries', 'the-council', 'face-to-face', 'idt', 'continuing-education',
  ];

  test('has the hard words every page needs', () => {
    const missing = required.filter((id) => !hardWordIds.has(id));
    expect(missing, `missing hard words: ${missing.join(', ')}`).toEqual([]);
  });

  test('every entry has a kebab-case unique id, a term, a short Easy Read meaning and a picture that exists', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const word of hardWords) {
      const name = `hard word "${word.id}"`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(word.id)) problems.push(`${name}: id must be kebab-case`);
      if (seen.has(word.id)) problems.push(`${name}: id is used twice`);
      seen.add(word.id);
      if (!word.term || word.term.length < 2) problems.push(`${name}: needs a term`);
      if (word.meaning.length < 10 || word.meaning.length > 300) problems.push(`${name}: meaning must be 10–300 characters`);
      const said = sentences(word.meaning);
      if (said.length > 2) problems.push(`${name}: meaning has ${said.length} sentences; use one or two`);
      for (const s of longSentences(said, 15)) problems.push(`${name}: sentence of ${s.words.length} words; keep to 15`);
      if (word.picture !== undefined && !isPictureName(word.picture)) problems.push(`${name}: picture "${word.picture}" is not in src/pictures/index.ts`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every hard word is used on at least one page', () => {
    const used = new Set(pages.flatMap((page) => [...page.body.matchAll(/<HardWord\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]!)));
    const unused = hardWords.map((word) => word.id).filter((id) => !used.has(id));
    expect(unused, `hard words no page uses: ${unused.join(', ')}`).toEqual([]);
  });
});

describe('pages and their parts', () => {
  const inSection = (section: string) => pages.filter((page) => page.data['section'] === section);

  test('15 peer-mentor pages, 4 supervisor pages and 2 about pages, each section ordered 1, 2, 3…', () => {
    expect(inSection('peer-mentor').length).toBe(15);
    expect(inSection('supervisor').length).toBe(4);
    expect(inSection('about').length).toBe(2);
    for (const section of Object.keys(sectionAudience)) {
      const orders = inSection(section).map((page) => Number(page.data['order'])).sort((a, b) => a - b);
      expect(orders, `order numbers in section ${section}`).toEqual(orders.map((_, i) => i + 1));
    }
  });

  /** Numbers of the bold labels like **Skill 3.** on a page, in order. */
  const labels = (slug: string, word: string) =>
    [...(bySlug.get(slug)?.body ?? '').matchAll(new RegExp(`\\*\\*${word} (\\d+)\\.\\*\\*`, 'g'))].map((m) => Number(m[1]));

  test('my-skills.mdx lists all 14 skills, numbered 1 to 14', () => {
    expect(labels('my-skills', 'Skill')).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  test('code-of-ethics.mdx lists all 7 rules, numbered 1 to 7, and talks about gifts', () => {
    expect(labels('code-of-ethics', 'Rule')).toEqual(Array.from({ length: 7 }, (_, i) => i + 1));
    expect(bySlug.get('code-of-ethics')?.prose).toMatch(/\bgifts?\b/i);
  });

  test('becoming-certified.mdx says "90 hours" and that half must be face-to-face', () => {
    const prose = bySlug.get('becoming-certified')?.prose ?? '';
    expect(prose).toContain('90 hours');
    expect(prose).toMatch(/half/i);
  });

  test('about.mdx has the privacy promise word for word', () => {
    expect(bySlug.get('about')?.prose).toContain('Your records stay on this tablet. Nothing is sent anywhere.');
  });

  for (const page of pages) {
    test(`${page.file}: 2–4 parts (## headings) and key points with pictures`, () => {
      const headings = page.source.split('\n').filter((line) => /^##\s/.test(line)).length;
      const keyPoints = (page.body.match(/<KeyPoint\b/g) ?? []).length;
      expect(headings, `${page.file}: ${headings} ## headings`).toBeGreaterThanOrEqual(2);
      expect(headings, `${page.file}: ${headings} ## headings`).toBeLessThanOrEqual(4);
      expect(keyPoints, `${page.file}: ${keyPoints} key points`).toBeGreaterThanOrEqual(4);
      // my-skills has one key point per skill (14); other pages keep to the usual 10.
      expect(keyPoints, `${page.file}: ${keyPoints} key points`).toBeLessThanOrEqual(page.slug === 'my-skills' ? 14 : 10);
    });
  }
});
