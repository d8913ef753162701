import { describe, expect, test } from 'vitest';
import { CORE_CODE_POINTS, fontFaceCss } from '~/build/subset-fonts';
import { parseUnicodeRange, toUnicodeRange } from '~/build/unicode-range';

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+2000-206F,U+20AC';

describe('the cut-down fonts', () => {
  test('unicode-range text goes both ways', () => {
    expect(toUnicodeRange([0x41, 0x20, 0x42, 0x43, 0xa0])).toBe('U+20, U+41-43, U+A0');
    expect(parseUnicodeRange('U+20, U+41-43, U+A0')).toEqual([0x20, 0x41, 0x42, 0x43, 0xa0]);
  });

  test('each weight has a core face and a whole-file face whose ranges do not overlap and together cover latin', () => {
    const css = fontFaceCss(LATIN);
    const faces = [...css.matchAll(/src: url\('\.\/([^']+)'\)[^}]*unicode-range: ([^;]+);/g)].map((m) => ({ file: m[1], points: parseUnicodeRange(m[2] ?? '') }));
    expect(faces.map((f) => f.file)).toEqual(['atkinson-latin-400.woff2', 'atkinson-latin-700.woff2', 'atkinson-core-400.woff2', 'atkinson-core-700.woff2']);
    const [rest, , core] = faces;
    const overlap = rest?.points.filter((p) => core?.points.includes(p)) ?? [];
    expect(overlap).toEqual([]);
    const covered = new Set([...(rest?.points ?? []), ...(core?.points ?? [])]);
    for (const p of parseUnicodeRange(LATIN)) expect(covered.has(p)).toBe(true);
  });

  test('the core has every letter, digit and mark of plain English text, and the curly quotes and dashes the guide uses', () => {
    const core = new Set(CORE_CODE_POINTS);
    for (const ch of 'Aa Zz 09 .,;:!?()\'"-/&%$#@ ’‘“”–—…') expect(core.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
  });
});
