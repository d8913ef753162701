/**
 * Before the Astro build: cuts the two Atkinson Hyperlegible Next files (@fontsource,
 * latin, 400 and 700) down to the letters the workbook's own text uses, about 7.5 KB
 * each instead of 12. Each weight then has two faces with ranges that do not overlap:
 * the small "core" file, preloaded on every page, and the whole latin file for
 * everything else (a name like "Zoë" typed into a form), which the browser fetches only
 * when such a letter is on screen. Writes `src/styles/fonts/` (not in git).
 *
 * Run: `node src/build/subset-fonts.ts` (npm run build and npm run dev do this).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { parseUnicodeRange, toUnicodeRange } from './unicode-range.ts';

/** The letters of the core files: printable ASCII and the punctuation the text uses. */
export const CORE_CODE_POINTS: readonly number[] = [
  0x09, // tab, and line breaks in answers shown as written
  0x0a,
  0x0d,
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
  0xa0, // no-break space
  0xa1, // ¡ (Spanish)
  0xa9, // ©
  0xb0, // °
  0xb7, // ·
  0xbf, // ¿ (Spanish)
  // The Spanish pages' letters (and "Español" in every page's language link): á é í ó ú ü ñ, and capitals.
  0xc1,
  0xc9,
  0xcd,
  0xd1,
  0xd3,
  0xda,
  0xdc,
  0xe1,
  0xe9,
  0xed,
  0xf1,
  0xf3,
  0xfa,
  0xfc,
  0xd7, // ×
  0x2013, // –
  0x2014, // —
  0x2018, // ‘
  0x2019, // ’
  0x201c, // “
  0x201d, // ”
  0x2022, // •
  0x2026, // …
  0x2039, // ‹ (Previous, in CSS)
  0x203a, // › (Next and breadcrumbs, in CSS)
];

/** The latin range @fontsource gives the whole files (read from its 400.css). */
function latinRange(fontsourceDir: string): string {
  const css = readFileSync(join(fontsourceDir, '400.css'), 'utf8');
  const block = css.split('@font-face').find((b) => b.includes('-latin-400-normal.woff2'));
  const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!range) throw new Error('subset-fonts: the latin unicode-range was not found in @fontsource/atkinson-hyperlegible-next/400.css');
  return range;
}

const WEIGHTS = ['400', '700'] as const;

/**
 * The @font-face rules. The whole files cover the latin range less the core letters, so
 * the two faces of a weight never overlap and a page of plain text fetches only the core.
 */
export function fontFaceCss(latin: string): string {
  const core = toUnicodeRange(CORE_CODE_POINTS);
  const inCore = new Set(CORE_CODE_POINTS);
  const rest = toUnicodeRange(parseUnicodeRange(latin).filter((p) => !inCore.has(p)));
  const face = (weight: string, file: string, range: string) =>
    `@font-face {\n  font-family: 'Atkinson Hyperlegible Next';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url('./${file}') format('woff2');\n  unicode-range: ${range};\n}\n`;
  return [
    '/* Made by src/build/subset-fonts.ts from @fontsource/atkinson-hyperlegible-next (SIL Open Font License 1.1). */\n',
    ...WEIGHTS.map((w) => face(w, `atkinson-latin-${w}.woff2`, rest)),
    ...WEIGHTS.map((w) => face(w, `atkinson-core-${w}.woff2`, core)),
  ].join('');
}

/** Writes the core files, copies the whole files, and writes fonts.css into `outDir`. */
export async function subsetFonts(outDir: string): Promise<{ file: string; bytes: number }[]> {
  const require = createRequire(import.meta.url);
  const fontsourceDir = dirname(require.resolve('@fontsource/atkinson-hyperlegible-next/package.json'));
  const filesDir = join(fontsourceDir, 'files');
  mkdirSync(outDir, { recursive: true });
  const text = String.fromCodePoint(...CORE_CODE_POINTS);
  const written: { file: string; bytes: number }[] = [];
  for (const weight of WEIGHTS) {
    const whole = readFileSync(join(filesDir, `atkinson-hyperlegible-next-latin-${weight}-normal.woff2`));
    const core = await subsetFont(whole, text, { targetFormat: 'woff2' });
    writeFileSync(join(outDir, `atkinson-latin-${weight}.woff2`), whole);
    writeFileSync(join(outDir, `atkinson-core-${weight}.woff2`), core);
    written.push({ file: `atkinson-core-${weight}.woff2`, bytes: core.length }, { file: `atkinson-latin-${weight}.woff2`, bytes: whole.length });
  }
  writeFileSync(join(outDir, 'fonts.css'), fontFaceCss(latinRange(fontsourceDir)));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../styles/fonts/', import.meta.url));
  const written = await subsetFonts(out);
  console.log(`fonts: ${written.map((w) => `${w.file} ${(w.bytes / 1024).toFixed(1)} KB`).join(', ')}`);
}
