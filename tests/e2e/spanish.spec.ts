/**
 * The workbook in Spanish: the language link lands on the same page in the other language
 * and is remembered; a meeting filled in Spanish prints in Spanish and in English; Spanish
 * search finds Spanish pages; Spanish pages link to Spanish pages. The words come from the
 * catalogs and the form's es.ts, so the test reads what the person sees in each language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { es as encounterEs } from '../../src/forms/encounter/es';
import { form as encounter } from '../../src/forms/encounter';
import type { FieldDefinition } from '../../src/lib/forms/types';
import { es } from '../../src/i18n/es';
import { en } from '../../src/i18n/en';
import { test, expect } from './support/fixtures';
import { pdfText } from './support/checks';
import { builtPages } from './support/pages';
import { fakeSpeech, spoken } from './support/speech';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const enDef = encounter.definition;
const enFields: FieldDefinition[] = enDef.sections.flatMap((s): readonly FieldDefinition[] => s.fields);
const official = (name: string): string => {
  return enFields.find((f) => f.name === name)?.official ?? '';
};

async function addMenteeInSpanish(page: Page, name: string): Promise<string> {
  await page.goto('/es/mentees/');
  await page.getByLabel(es['mentees.addName'], { exact: true }).fill(name);
  await page.getByRole('button', { name: es['mentees.addButton'] }).click();
  await page.waitForURL(/\/es\/mentees\/view\/\?id=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

test('the language link opens the same page in Spanish, and Home opens in the language chosen last', async ({ page }) => {
  await page.goto('/learn/my-role/');
  const toSpanish = page.locator('header').getByRole('link', { name: es['app.languageLinkLabel'] });
  await expect(toSpanish).toHaveAttribute('lang', 'es');
  await expect(toSpanish).toHaveText(es['app.languageName']);
  await toSpanish.click();
  await page.waitForURL('**/es/learn/my-role/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const spanishTitle = readFileSync(join(process.cwd(), 'content/learn/es/my-role.mdx'), 'utf8').match(/^title: (.*)$/m)?.[1] ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanishTitle);
  // The menu, the footer and "Home" are Spanish too.
  await expect(page.getByRole('navigation', { name: es['app.mainMenu'] }).getByRole('link', { name: es['app.settings'] })).toHaveAttribute('href', '/es/settings/');

  // Remembered: the start page (where the installed app opens) comes up in Spanish.
  await page.goto('/');
  await page.waitForURL('**/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es['app.homeHeading']);

  // Home offers the other language in a sentence; choosing English is remembered too.
  await page.getByRole('main').getByRole('link', { name: en['app.homeLanguage'] }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['app.homeHeading']);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a meeting filled in Spanish prints in Spanish and in English, answers as typed', async ({ page }) => {
  const id = await addMenteeInSpanish(page, 'Lucía Gómez');
  await page.goto(`/es/forms/encounter/?person=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(encounterEs.title);
  await page.getByLabel(es['forms.field.goalWrite']).fill('Tomar el autobús');
  await page.getByLabel(encounterEs.fields['startTime'].label).fill('10:00');
  await page.getByLabel(encounterEs.fields['endTime'].label).fill('11:15');
  await page.getByRole('radio', { name: new RegExp(`^${encounterEs.fields['location'].options['community'].label}`) }).check();
  await page.getByRole('radio', { name: new RegExp(`^${encounterEs.fields['progress'].options['met-goal'].label}`) }).check();
  for (const [name, who] of [['menteeSignature', 'Lucía'], ['mentorSignature', 'Sam']] as const) {
    await page.getByRole('group', { name: encounterEs.fields[name].label }).getByLabel(es['forms.signature.typeLabel']).fill(who);
  }
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${es['formPage.saved']}$`) })).toBeVisible();
  await page.getByRole('button', { name: es['forms.view.finish'], exact: true }).click();
  await expect(page.getByText(es['forms.view.finished'])).toBeVisible();
  const record = new URL(page.url()).searchParams.get('record') ?? '';

  // The Spanish paper copy: the form's wording in Spanish, the answers as typed.
  await page.goto(`/es/forms/encounter/paper/?record=${record}`);
  await expect(page.locator('[data-paper]')).toContainText('Tomar el autobús');
  const spanish = pdfText(await page.pdf({ format: 'Letter' })).text.replace(/\s+/g, ' ');
  expect(spanish).toContain(encounterEs.title);
  expect(spanish).toContain(encounterEs.fields['location'].official);
  expect(spanish).toContain(encounterEs.fields['location'].options['community'].label);
  expect(spanish).toContain('Tomar el autobús');
  expect(spanish).not.toContain(official('location'));

  // "Print it in English": the same record with the agency's English wording; the choice, stored as a code, prints in English.
  await page.getByRole('link', { name: es['print.inOtherLanguage'] }).click();
  await page.waitForURL(`**/forms/encounter/paper/?record=${record}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-paper]')).toContainText('Tomar el autobús');
  const english = pdfText(await page.pdf({ format: 'Letter' })).text.replace(/\s+/g, ' ');
  expect(english).toContain(enDef.title);
  expect(english).toContain(official('location'));
  expect(english).toContain('Out in town');
  expect(english).toContain('Tomar el autobús');
  expect(english).not.toContain(encounterEs.fields['location'].official);
});

test('Spanish search finds Spanish pages, and only Spanish pages', async ({ page }) => {
  await page.goto(`/es/search/?q=${encodeURIComponent('regalo')}`);
  const results = page.getByRole('region', { name: es['learn.results'] }).getByRole('link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith('/es/'))).toEqual([]);
  expect(hrefs[0]).toBe('/es/learn/code-of-ethics/');
});

test('every Spanish page links only to Spanish pages, except the links to the English copy', () => {
  const spanishPages = builtPages().filter((path) => path.startsWith('/es/'));
  expect(spanishPages.length).toBe(builtPages().filter((path) => !path.startsWith('/es/') && !path.endsWith('404.html')).length);
  const wrong: string[] = [];
  for (const path of spanishPages) {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    expect(html, path).toContain('<html lang="es"');
    for (const link of html.matchAll(/<a\b[^>]*>/g)) {
      const tag = link[0];
      const href = /href="([^"]*)"/.exec(tag)?.[1];
      if (!href?.startsWith('/') || href.startsWith('/es/') || href === '/es') continue;
      if (/hreflang="en"/.test(tag)) continue;
      wrong.push(`${path}: ${tag.slice(0, 120)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('read-aloud on a Spanish page picks the tablet’s Spanish voice over English ones', async ({ page }) => {
  await fakeSpeech(page, {
    delay: 5,
    voices: [
      { name: 'Online English', lang: 'en-US', localService: false, default: true },
      { name: 'Tablet English', lang: 'en-US', localService: true, default: false },
      { name: 'Tablet Español', lang: 'es-US', localService: true, default: false },
    ],
  });
  await page.goto('/es/learn/my-role/');
  await page.getByRole('button', { name: es['learn.readAloud'] }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
  const heard = await spoken(page);
  expect(new Set(heard.map((s) => s.voice))).toEqual(new Set(['Tablet Español']));
  expect(heard.map((s) => s.text).join(' ')).toContain(readFileSync(join(process.cwd(), 'content/learn/es/my-role.mdx'), 'utf8').match(/^title: (.*)$/m)?.[1] ?? 'x');
});

test('a tablet with English voices only: the Spanish page says it cannot read aloud, in Spanish', async ({ page }) => {
  await fakeSpeech(page, { delay: 5, voices: [{ name: 'Tablet English', lang: 'en-US', localService: true, default: true }] });
  await page.goto('/es/learn/my-role/');
  await page.getByRole('button', { name: es['learn.readAloud'] }).click();
  await expect(page.locator('[data-read-aloud-status]')).toHaveText(es['learn.noVoice']);
  expect(await spoken(page)).toEqual([]);
});
