/**
 * Components, layouts, pages and scripts hold no sentences: every word a person reads
 * comes from the words catalog through `t()`, so a second language means a new
 * catalog, not edits all over the code.
 *
 * `covered` lists the folders and files already moved to the catalog. Add a folder once
 * its words are in the catalog; in the end it is all of src/components, src/layouts,
 * src/pages, src/scripts and src/lib.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { looksLikeSentence, sentencesInAstro, sentencesInCode, sentencesInFile, type Found } from './sentences';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Folders (every file under them) and single files that must hold no sentences. */
const covered = [
  'src/layouts',
  'src/components/Breadcrumbs.astro',
  'src/components/HardWord.astro',
  'src/components/KeyPoint.astro',
  'src/components/Picture.astro',
  'src/components/SiteFooter.astro',
  'src/components/SiteHeader.astro',
  'src/components/learn',
  'src/components/storage',
  'src/pages/index.astro',
  'src/pages/about.astro',
  'src/pages/help.astro',
  'src/pages/hard-words.astro',
  'src/pages/search.astro',
  'src/pages/settings.astro',
  'src/pages/learn',
  'src/scripts/app-shell.ts',
  'src/scripts/early-settings.js',
  'src/scripts/hard-words.ts',
  'src/scripts/print-button.ts',
  'src/scripts/read-aloud.ts',
  'src/scripts/search-page.ts',
  'src/scripts/settings-form.ts',
  'src/scripts/unsaved-work.ts',
  'src/scripts/components/backup-download.ts',
  'src/scripts/components/backup-files.ts',
  'src/scripts/components/backup-reminder.ts',
  'src/scripts/components/define-component.ts',
  'src/scripts/components/focus-when-shown.ts',
  'src/scripts/components/moments.ts',
  'src/scripts/components/storage-channel.ts',
  'src/scripts/components/storage-delete.ts',
  'src/scripts/components/storage-persist.ts',
  'src/scripts/components/storage-settings.ts',
  'src/lib/backup-ui/app-version.ts',
  'src/lib/backup-ui/form-backup.ts',
  'src/lib/backup-ui/words.ts',
  'src/lib/learn',
  'src/lib/settings.ts',
  'src/lib/site.ts',
  'src/components/form/FormField.astro',
  'src/components/form/PaperForm.astro',
  'src/pages/forms/[id]',
  'src/scripts/paper-view.ts',
  'src/scripts/components/page-context.ts',
  'src/lib/urls.ts',
  // The hubs and the form parts they show (h1b).
  'src/pages/mentees',
  'src/pages/internship',
  'src/pages/forms/[id]/[view]',
  'src/scripts/components/mentee-page.ts',
  'src/scripts/components/mentee-list.ts',
  'src/scripts/components/internship-hub.ts',
  'src/scripts/components/hub.ts',
  'src/scripts/components/hub-form.ts',
  'src/scripts/components/page-pictures.ts',
  'src/lib/mentees',
  'src/lib/forms/list-row.ts',
  'src/lib/forms/listings.ts',
  'src/lib/forms/hub-parts.ts',
  'src/lib/backup-ui/record-words.ts',
];

/**
 * Text that looks like a sentence but is not for people to read, each with the reason.
 * Keep this list short.
 */
const allowed: { file: string; text: string; why: string }[] = [];

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
