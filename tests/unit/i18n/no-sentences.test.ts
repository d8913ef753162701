/**
 * Components, layouts, pages and scripts hold no sentences: every word a person reads
 * comes from the words catalog through `t()`, so a second language means a new
 * catalog, not edits all over the code.
 *
 * `covered` is all the app's code outside the form folders (whose questions, hints and
 * choices are the forms' own words) and the catalog itself.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { looksLikeSentence, sentencesInAstro, sentencesInCode, sentencesInFile, type Found } from './sentences';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Folders (every file under them) and single files that must hold no sentences. */
const covered = ['src/components', 'src/layouts', 'src/pages', 'src/scripts', 'src/lib'];

/**
 * Text that looks like a sentence but is not for people to read, each with the reason.
 * Keep this list short.
 */
const allowed: { file: string; text: string; why: string }[] = [
  { file: 'src/lib/storage/schema.ts', text: '', why: 'valibot issue names for developers; backupProblems words come from the catalog' },
  { file: 'src/scripts/components/record-form.ts', text: ', ', why: 'CSS selectors (input, textarea, …; legend, label)' },
];

const codeFile = /\.(?:astro|ts|js|mjs)$/;

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(full, name))
    .filter((name) => codeFile.test(name) && statSync(name).isFile());
}

const files = covered.flatMap(filesUnder);
const isAllowed = (found: Found) => allowed.some((entry) => entry.file === found.file && found.text.includes(entry.text));

describe('no sentences outside the words catalog', () => {
  test('the covered folders and files exist and hold code', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  for (const file of files) {
    const name = relative(root, file);
    test(`${name} takes its words from t()`, () => {
      const found = sentencesInFile(file, name)
        .filter((f) => !isAllowed(f))
        .map((f) => `${f.file}:${f.line}: "${f.text}"`);
      expect(found, `move these to src/i18n/en and call t():\n${found.join('\n')}`).toEqual([]);
    });
  }

  test('every allow-list entry is still needed', () => {
    const stale = allowed.filter((entry) => !sentencesInFile(join(root, entry.file), entry.file).some((f) => f.text.includes(entry.text)));
    expect(stale).toEqual([]);
  });
});

describe('the sentence finder', () => {
  test('tells sentences from code-like strings', () => {
    expect(looksLikeSentence('Save a backup file')).toBe(true);
    expect(looksLikeSentence('Back to ')).toBe(true);
    expect(looksLikeSentence('Reload')).toBe(false);
    expect(looksLikeSentence('wb-button wb-button--secondary')).toBe(false);
    expect(looksLikeSentence('(prefers-reduced-motion: reduce)')).toBe(false);
    expect(looksLikeSentence('app.home')).toBe(false);
    expect(looksLikeSentence('currentId && isOpen')).toBe(false);
  });

  test('finds sentences in string and template literals, not in comments, keys or developer errors', () => {
    const code = [
      "// A comment with many words in it.",
      "const a = t('app.home');",
      "status.textContent = 'Making the backup file…';",
      'const b = `Back to ${label}`;',
      "throw new Error('This is for developers only.');",
    ].join('\n');
    expect(sentencesInCode('x.ts', code).map((f) => [f.line, f.text])).toEqual([
      [3, 'Making the backup file…'],
      [4, 'Back to  '],
    ]);
  });

  test('finds text between tags, in attributes and in expressions of an .astro file', () => {
    const astro = [
      '---',
      "const title = 'Hard words';",
      '---',
      '<nav aria-label="You are here">',
      '  <a href={parent.href}>Back to {parent.label}</a>',
      "  {open && <span>{t('learn.youAreHere')}</span>}",
      "  {crumbs.length > 0 && <p>{x ? 'Not now' : ''}</p>}",
      "  {parts.map((part) => (typeof part === 'string' ? part : <b>{part}</b>))}",
      `  <template x-for="goal in planGoals"><b x-text="goal.length > 0 ? 'Or write it here' : label"></b></template>`,
      '  {/* A comment for people who write code. */}',
      '</nav>',
      '<style>.wb-x { content: "two words"; }</style>',
    ].join('\n');
    expect(sentencesInAstro('x.astro', astro).map((f) => [f.line, f.text]).sort()).toEqual([
      [2, 'Hard words'],
      [4, 'You are here'],
      [5, 'Back to'],
      [7, 'Not now'],
      [9, 'Or write it here'],
    ]);
  });
});
