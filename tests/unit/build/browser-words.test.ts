import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserWords, collectWordUse, pruneCatalog } from '~/build/browser-words';

const catalog = `/** Words. */
export const area = {
  // Page words.
  'area.title': 'Title',
  'area.shown': 'Shown {count}',
  'area.plural': { one: '{count} day', other: '{count} days' },
  'area.kind.quota': 'Full',
  'area.other.quota': 'Other',
} as const;
`;

describe('browser words', () => {
  test('keeps the keys browser code names, and every key a template key can build', () => {
    const use = collectWordUse("t('area.shown'); t(\"area.plural\", { count }); t(`area.kind.${kind}`)");
    const pruned = pruneCatalog(catalog, use);

    expect(pruned).toContain("'area.shown': 'Shown {count}',");
    expect(pruned).toContain("'area.plural': { one: '{count} day', other: '{count} days' },");
    expect(pruned).toContain("'area.kind.quota': 'Full',");
    expect(pruned).not.toContain('area.title');
    expect(pruned).not.toContain('Page words');
    expect(pruned).not.toContain('area.other.quota');
  });

  test('what is left is still a module with the same object', async () => {
    const pruned = pruneCatalog(catalog.replace(' as const', ''), collectWordUse("t('area.title')"));
    const { area } = (await import(`data:text/javascript,${encodeURIComponent(pruned)}`)) as { area: Record<string, unknown> };
    expect(area).toEqual({ 'area.title': 'Title' });
  });
});

describe('browser words, the plugin', () => {
  test('a catalog of another language names every key but keeps none; its own words are pruned too', () => {
    const src = join(mkdtempSync(join(tmpdir(), 'wb-words-')), 'src');
    for (const dir of ['i18n/en', 'i18n/es', 'scripts']) mkdirSync(join(src, dir), { recursive: true });
    const es = catalog.replace("'Title'", "'Título'");
    writeFileSync(join(src, 'i18n/en/area.ts'), catalog);
    writeFileSync(join(src, 'i18n/es/area.ts'), es);
    writeFileSync(join(src, 'scripts/page.ts'), "t('area.shown');");
    const plugin = browserWords(src);
    const client = { environment: { name: 'client' } };

    for (const [lang, source] of [['en', catalog], ['es', es]] as const) {
      const out = plugin.transform.call(client, source, join(src, `i18n/${lang}/area.ts`))?.code ?? '';
      expect(out).toContain("'area.shown'");
      expect(out).not.toContain('area.title');
      expect(out).not.toContain('area.plural');
    }
    // The server build keeps every word.
    expect(plugin.transform.call({ environment: { name: 'ssr' } }, catalog, join(src, 'i18n/en/area.ts'))).toBeNull();
  });
});
