import { describe, expect, test } from 'vitest';
import { collectWordUse, pruneCatalog } from '~/build/browser-words';

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
