/**
 * A form's example answers, filled and read back through the page the way a person does it:
 * by the words on screen (labels, legends, choice cards), never by field names or ids.
 * Used by the registry tests in forms.spec.ts, so a new form is tested without new test code.
 */
import type { Locator, Page } from '@playwright/test';
import { forms } from '~/forms';
import { officialWords, optionsOf } from '~/lib/forms/fields';
import type { FieldDefinition, FieldOption, FormDefinition, FormExamples, FormValues, Signature } from '~/lib/forms/types';
import { expect } from './fixtures';

/** Each form's test-only examples, from `src/forms/<id>/examples.ts` (pages never ship them). */
const examplesById = new Map(
  await Promise.all(
    forms.map(async (form) => {
      const module = (await import(`../../../src/forms/${form.id}/examples.ts`)) as { examples: FormExamples };
      return [form.id, module.examples] as const;
    }),
  ),
);

/** The form's valid example. */
export function validExample(form: FormDefinition): FormValues {
  const examples = examplesById.get(form.id);
  if (!examples) throw new Error(`${form.id}: no examples.ts in its folder`);
  return examples.valid;
}

/** Every question of a form, in the order the page shows them. */
export function questions(form: FormDefinition): FieldDefinition[] {
  return form.sections.flatMap((section) => section.fields);
}

/** One answer of an example: text, the chosen items of a checkbox question, or a signature. */
type Answer = { text: string; items: string[]; signature?: Signature };

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** The example's answer to one question, or undefined when the example leaves it empty. */
function answerOf(values: FormValues, field: FieldDefinition): Answer | undefined {
  const value = values[field.name];
  if (typeof value === 'string') return value === '' ? undefined : { text: value, items: [value] };
  if (Array.isArray(value)) return value.length === 0 ? undefined : { text: value.join('; '), items: value };
  if (isSignature(value)) return { text: value.value, items: [], signature: value };
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A question's accessible name: its label (any name where it says `{name}`), with "(if you want)" after an optional one. */
function questionName(field: FieldDefinition): RegExp {
  return new RegExp(`^${escapeRegExp(field.label).replaceAll('\\{name\\}', '.+')}( \\(if you want\\))?$`);
}

/** A choice card's accessible name: the option's words, then its hint if it has one. */
function optionName(option: FieldOption): RegExp {
  // A rating choice's name starts with its number ("3 Often").
  return new RegExp(`^(\\d+ )?${escapeRegExp(option.label)}( |$)`);
}

function optionFor(field: FieldDefinition, value: string): FieldOption {
  const option = optionsOf(field).find((o) => o.value === value);
  if (!option) throw new Error(`${field.name}: the example's "${value}" is not one of its choices`);
  return option;
}

/** The question's box on screen: a group (legend) for choices, goals and signatures. */
function group(page: Page, field: FieldDefinition): Locator {
  return page.getByRole('group', { name: questionName(field) });
}

/** The goal question's text box ("Write the goal here", or "Or write …" when the plan offers goals). */
function goalBox(page: Page, field: FieldDefinition): Locator {
  return group(page, field).getByRole('textbox', { name: /write the goal here/i });
}

/** Draws a short zigzag across the middle of a signature's drawing box with the mouse. */
async function drawSignature(page: Page, field: FieldDefinition): Promise<void> {
  const canvas = group(page, field).getByRole('img', { name: /^Box to draw/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`${field.label}: the drawing box is not on screen`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, y - 20, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, y + 20, { steps: 5 });
  await page.mouse.up();
}

/**
 * Fills every answer of `values` on the open form page: types text, dates and times, taps
 * choice cards, picks the goal from the plan's goals when offered (else writes it), draws a
 * drawn signature and types a typed one. Follow-up questions show once their choice is made.
 */
export async function fillForm(page: Page, form: FormDefinition, values: FormValues): Promise<void> {
  for (const field of questions(form)) {
    const answer = answerOf(values, field);
    if (answer === undefined) continue;
    switch (field.kind) {
      case 'radio':
      case 'rating':
        await group(page, field).getByRole('radio', { name: optionName(optionFor(field, answer.text)) }).check();
        break;
      case 'checkbox':
        for (const item of answer.items) {
          await group(page, field).getByRole('checkbox', { name: optionName(optionFor(field, item)) }).check();
        }
        break;
      case 'goal': {
        const offered = group(page, field).getByRole('radio', { name: answer.text, exact: true });
        if ((await offered.count()) > 0) await offered.check();
        else await goalBox(page, field).fill(answer.text);
        break;
      }
      case 'signature':
        if (answer.signature?.kind === 'drawn') await drawSignature(page, field);
        else await group(page, field).getByRole('textbox', { name: 'Or type the name' }).fill(answer.text);
        break;
      default:
        await page.getByRole('textbox', { name: questionName(field) }).fill(answer.text);
    }
  }
}

/** Expects the open form page to show every answer of `values` (after a reload, say). */
export async function expectFormShows(page: Page, form: FormDefinition, values: FormValues): Promise<void> {
  for (const field of questions(form)) {
    const answer = answerOf(values, field);
    if (answer === undefined) continue;
    const what = `${form.id}: ${field.label}`;
    switch (field.kind) {
      case 'radio':
      case 'rating':
        await expect(group(page, field).getByRole('radio', { name: optionName(optionFor(field, answer.text)) }), what).toBeChecked();
        break;
      case 'checkbox':
        for (const item of answer.items) {
          await expect(group(page, field).getByRole('checkbox', { name: optionName(optionFor(field, item)) }), what).toBeChecked();
        }
        break;
      case 'goal':
        await expect(goalBox(page, field), what).toHaveValue(answer.text);
        break;
      case 'signature':
        if (answer.signature?.kind === 'drawn') {
          await expect(group(page, field).getByRole('img', { name: `${officialWords(field)}, drawn` }), what).toBeVisible();
        } else {
          await expect(group(page, field).getByRole('textbox', { name: 'Or type the name' }), what).toHaveValue(answer.text);
        }
        break;
      default:
        await expect(page.getByRole('textbox', { name: questionName(field) }), what).toHaveValue(answer.text);
    }
  }
}

const dateWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeWords = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/** The questions the example answers with a drawn signature (a picture on paper, not text). */
export function drawnSignatures(form: FormDefinition, values: FormValues): FieldDefinition[] {
  return questions(form).filter((field) => answerOf(values, field)?.signature?.kind === 'drawn');
}

/**
 * What the printed paper copy must say for each answer, as patterns over its text with
 * the white space squeezed: the words typed, dates as "4 May 2026", times as "2:00 PM", a
 * ticked box before each chosen card, a typed signature's name. (A drawn signature is a
 * picture; the caller checks it on the page.)
 */
export function printedAnswers(form: FormDefinition, values: FormValues): { field: FieldDefinition; pattern: RegExp }[] {
  const out: { field: FieldDefinition; pattern: RegExp }[] = [];
  const words = (text: string) => new RegExp(escapeRegExp(text.replace(/\s+/g, ' ').trim()));
  for (const field of questions(form)) {
    const answer = answerOf(values, field);
    if (answer === undefined) continue;
    if (optionsOf(field).length > 0) {
      for (const item of answer.items) {
        out.push({ field, pattern: new RegExp(`☒\\s*(\\d+\\s+)?${escapeRegExp(optionFor(field, item).label)}`) });
      }
    } else if (answer.signature) {
      if (answer.signature.kind === 'typed') out.push({ field, pattern: words(answer.text) });
    } else if (field.kind === 'date') {
      out.push({ field, pattern: words(dateWords.format(new Date(`${answer.text}T00:00:00Z`))) });
    } else if (field.kind === 'time') {
      out.push({ field, pattern: words(timeWords.format(new Date(`1970-01-01T${answer.text}:00Z`))) });
    } else {
      out.push({ field, pattern: words(answer.text) });
    }
  }
  return out;
}
