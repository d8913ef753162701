/**
 * The Spanish guide (content/learn/es/) and site: every English page has its Spanish page
 * and the other way round; each Spanish guide page reads easily (Fernández-Huerta 80 or
 * more, computed here from the page's running text) with sentences of 15 words at most; its
 * hard words are in the Spanish list, and its links stay in Spanish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPages, root, sentences } from './prose';
import { spanishReadability, spanishWords } from './spanish-readability';

const english = readPages(join(root, 'content/learn'));
const spanish = readPages(join(root, 'content/learn/es'));
const hardWordsEn = JSON.parse(readFileSync(join(root, 'content/hard-words.json'), 'utf8')) as { id: string; term: string }[];
const hardWordsEs = JSON.parse(readFileSync(join(root, 'content/hard-words.es.json'), 'utf8')) as { id: string; term: string; meaning: string }[];

const scores: string[] = [];
afterAll(() => {
  if (scores.length > 0) console.log(`Spanish pages, Fernández-Huerta / INFLESZ:\n${scores.join('\n')}`);
});

test('every English guide page has its Spanish page with the same name, and the other way round', () => {
  expect(spanish.map((p) => p.file)).toEqual(english.map((p) => p.file));
});

test('every English page of the site has its Spanish page under src/pages/es/, and the other way round', () => {
  const pagesDir = join(root, 'src/pages');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(pagesDir, join(dir, entry.name)).split(sep).join('/')]));
  const all = walk(pagesDir);
  const englishPages = all.filter((path) => !path.startsWith('es/')).sort();
  const spanishPages = all.filter((path) => path.startsWith('es/')).map((path) => path.slice(3)).sort();
  expect(spanishPages).toEqual(englishPages);
});

test('the Spanish hard-words list has every English word, with a Spanish word and meaning', () => {
  const ids = new Set(hardWordsEs.map((w) => w.id));
  expect(hardWordsEn.filter((w) => !ids.has(w.id)).map((w) => w.id)).toEqual([]);
  const meaningsEn = JSON.parse(readFileSync(join(root, 'content/hard-words.json'), 'utf8')) as { id: string; meaning: string }[];
  const same = hardWordsEs.filter((w) => meaningsEn.find((e) => e.id === w.id)?.meaning === w.meaning);
  expect(same.map((w) => w.term), 'meanings left in English').toEqual([]);
});

describe.each(spanish.map((page) => [page.slug, page] as const))('content/learn/es/%s.mdx', (slug, page) => {
  const twin = english.find((p) => p.slug === slug);

  test('keeps the English page’s place, audience and picture', () => {
    for (const key of ['order', 'section', 'audience', 'picture']) expect(page.data[key], key).toBe(twin?.data[key]);
    expect(page.data['title']).not.toBe(twin?.data['title']);
  });

  test('reads easily: Fernández-Huerta at least 80, and no sentence over 15 words', () => {
    const score = spanishReadability(page.prose);
    scores.push(`${slug}: ${score.fernandezHuerta.toFixed(1)} / ${score.inflesz.toFixed(1)}`);
    expect(score.fernandezHuerta).toBeGreaterThanOrEqual(80);
    const long = sentences(page.prose)
      .filter((s) => spanishWords(s.text).length > 15)
      .map((s) => `line ${s.line}: ${s.text}`);
    expect(long).toEqual([]);
  });

  test('its hard words are in the Spanish list, and its links go to Spanish pages', () => {
    const ids = new Set(hardWordsEs.map((w) => w.id));
    const used = [...page.source.matchAll(/<HardWord id="([^"]+)"/g)].map((m) => m[1]);
    expect(used.filter((id) => !ids.has(id!))).toEqual([]);
    const links = [...page.body.matchAll(/\]\((\/[^)]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(links.filter((href) => !href.startsWith('/es/'))).toEqual([]);
  });

  test('no percentages and no words in brackets to explain a word', () => {
    const prose = page.prose;
    expect(prose).not.toMatch(/%|por ciento/);
    // A bracket may hold a name (BPDD) but not a second sentence or an explanation.
    expect([...prose.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]).filter((inner) => spanishWords(inner!).length > 2)).toEqual([]);
  });
});
