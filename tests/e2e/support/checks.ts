/** Checks several browser tests share: axe, the text of a printed PDF, a downloaded file. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import { expect, type BrowserContext, type Download, type Page } from '@playwright/test';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Every rule axe-core has. Each rule carries one category tag (`cat.*`); a run by
 * category with `experimental` and `deprecated` named too leaves none out, so this also
 * runs what a run by WCAG tags skips: e.g. `label-content-name-mismatch` (WCAG 2.5.3 Label
 * in Name), `identical-links-same-purpose`, `p-as-heading`, AAA contrast (7:1).
 */
const AXE_TAGS = [
  'cat.aria', 'cat.color', 'cat.forms', 'cat.keyboard', 'cat.language', 'cat.name-role-value',
  'cat.parsing', 'cat.semantics', 'cat.sensory-and-visual-cues', 'cat.structure', 'cat.tables',
  'cat.text-alternatives', 'cat.time-and-media', 'experimental', 'deprecated',
];

/** The part of axe-core's page API these checks use. */
interface AxeInPage {
  getRules(): { ruleId: string; tags: string[] }[];
  run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

/**
 * Every axe rule (see `AXE_TAGS`) on the page as it is now; fails too if the axe in the
 * page has a rule that these tags would not run.
 * Legacy mode runs axe in the page itself: the default mode opens an extra blank page for
 * every check to combine the frames' results, which measured about twice the time, and the
 * workbook has no frames. axe stays in the page for `expectContrastInPage`.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Only violations are gathered: axe then skips the details of every passing node.
  const options = { runOnly: { type: 'tag' as const, values: AXE_TAGS }, resultTypes: ['violations' as const] };
  // A page opened with axe already in it (`withAxeInEveryPage`) runs that axe: no injection.
  const ready = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  const violations = ready
    ? await page.evaluate(async (runOptions) => {
        const results = await (window as unknown as { axe: AxeInPage }).axe.run(document, runOptions);
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, options)
    : (await new AxeBuilder({ page }).setLegacyMode(true).options(options).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).toEqual([]);
  const notRun = await page.evaluate((tags) => {
    const rules = (window as unknown as { axe: AxeInPage }).axe.getRules();
    return rules.filter((rule) => !rule.tags.some((tag) => tags.includes(tag))).map((rule) => rule.ruleId);
  }, AXE_TAGS);
  expect(notRun, 'axe rules that AXE_TAGS leaves out: add their tag').toEqual([]);
}

/**
 * Puts axe-core into every page of this browser context as it opens (before the page's own
 * scripts), for tests that check many pages: sending axe's 500 KB into each page after it
 * opened cost 1.5–4 s a page; an init script is compiled by the browser at no such cost.
 */
export async function withAxeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axePath });
}

/** Text of a PDF (laid out as printed) and its page count, via Debian's poppler-utils. */
export function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'wb-pdf-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { text, pages };
}

/** The text of a downloaded file. */
export async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/**
 * AAA text contrast (7:1) on the page as it is now, with the axe that
 * `expectNoAxeViolations` already put into this page: injecting axe again for each check
 * cost 1.5–4 s a time, the check itself 0.2–1.8 s (measured on the meeting and a guide page).
 * @param label names the state checked (e.g. the theme) in a failure.
 */
export async function expectContrastInPage(page: Page, label: string): Promise<void> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe?: AxeInPage }).axe;
    if (!axe) throw new Error('axe is not in this page: call expectNoAxeViolations first');
    const results = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations.map((v) => `${label} ${v}`)).toEqual([]);
}

/**
 * Controls smaller than 44 × 44 px on the page as it is now (a radio or checkbox counts
 * with the label card that wraps it, the tap target), each as `tag "text" w×h`.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden]')) continue;
      const target = (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) || el;
      const rects = Array.from(target.getClientRects());
      if (rects.length === 0) continue; // not rendered
      if (el.classList.contains('wb-skip-link')) continue; // off screen until focused; checked in layout.spec.ts
      if (rects.every((r) => r.width < 44 || r.height < 44)) {
        const r = rects[0]!;
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

/** What is wrong with the page's structure: not one h1, not one main, a title that does not name the site, headings that skip a level. */
export async function structureProblems(page: Page): Promise<string[]> {
  const info = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main').length,
    title: document.title,
    lang: document.documentElement.lang,
    levels: Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4')).map((h) => Number(h.tagName[1])),
  }));
  const problems: string[] = [];
  if (info.h1 !== 1) problems.push(`${info.h1} h1`);
  if (info.main !== 1) problems.push(`${info.main} main`);
  if (!info.title.endsWith(info.lang === 'es' ? es['app.name'] : en['app.name'])) problems.push(`title "${info.title}"`);
  info.levels.forEach((level, i) => {
    const previous = info.levels[i - 1] ?? 1;
    if (level > previous + 1) problems.push(`h${level} after h${previous}`);
  });
  return problems;
}
