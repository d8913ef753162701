/**
 * Hard words in a form's questions, hints and choices, found at build time.
 *
 * Form definitions stay plain text (the paper copy, CSV headers and answers-as-text use
 * them as they are). The fill page looks each question's words up in the hard-words list
 * (content/hard-words.json) and makes the first use of each hard word on the page a
 * hard-word button, as the guide's pages do; inside a <label> (a choice card, the question
 * of a box) the word stays plain text and its button comes after the label
 * (FormField.astro, WordHelp.astro). A word counts with its usual endings
 * ("advocates", "co-facilitating"), and a term with a short form in brackets counts in
 * either form ("MCO (managed care organization)": "MCO" or "managed care organization").
 */
import { optionsOf } from './fields';
import type { FormDefinition } from './types';

/** One entry of the hard-words list. */
export interface HardWordEntry {
  id: string;
  term: string;
}

/** A run of text: plain, or a hard word with the id of its entry. */
export interface TextPart {
  text: string;
  id?: string;
}

/** Where a text is in a form: `name` (the question), `name|hint`, `name|value` (a choice), `name|value|hint`. */
export const markKey = (fieldName: string, ...rest: string[]): string => [fieldName, ...rest].join('|');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a term is written in running text: as listed, without its bracket, and the bracket alone. */
export function termVariants(term: string): string[] {
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  const variants = bracket ? [term, bracket[1] ?? '', bracket[2] ?? ''] : [term];
  return [...new Set(variants.map((v) => v.trim()).filter((v) => v.length >= 2))];
}

/** A pattern for one written form with its usual endings: -s, -es, -ed, -ing; -e → -d, -ing; -y → -ies. */
function variantPattern(variant: string): string {
  const body = escape(variant);
  const stem = escape(variant.slice(0, -1));
  if (/e$/i.test(variant)) return `${body}(?:s|d)?|${stem}ing`;
  if (/[^aeiou]y$/i.test(variant)) return `${body}|${stem}ies`;
  return `${body}(?:s|es|ed|ing)?`;
}

/** Finds hard words in text. Build once per list; `split` is then cheap. */
export class HardWordFinder {
  readonly #pattern: RegExp;
  readonly #ids: string[];

  constructor(entries: readonly HardWordEntry[]) {
    // Longest first, so "peer mentor" wins over "peer".
    const forms = entries.flatMap((entry) => termVariants(entry.term).map((variant) => ({ id: entry.id, variant })));
    forms.sort((a, b) => b.variant.length - a.variant.length);
    this.#ids = forms.map((f) => f.id);
    const alternatives = forms.map((f) => `(${variantPattern(f.variant)})`).join('|');
    this.#pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives || '(?!)'})(?![\\p{L}\\p{N}-])`, 'giu');
  }

  /**
   * `text` cut into parts, marking each hard word whose id is not in `used` yet (and
   * adding it): the first use on a page is marked, later uses stay plain.
   */
  split(text: string, used: Set<string>): TextPart[] {
    const parts: TextPart[] = [];
    let at = 0;
    for (const match of text.matchAll(this.#pattern)) {
      const group = match.slice(1).findIndex((g) => g !== undefined);
      const id = this.#ids[group];
      if (id === undefined || used.has(id)) continue;
      used.add(id);
      if (match.index > at) parts.push({ text: text.slice(at, match.index) });
      parts.push({ text: match[0], id });
      at = match.index + match[0].length;
    }
    if (at < text.length) parts.push({ text: text.slice(at) });
    return parts;
  }
}

/**
 * The hard words of a form page, in the order a person reads it (question, hint, each
 * choice and its hint, question by question): for each text that has one, its parts,
 * keyed by `markKey`. Texts with no hard word are left out.
 */
export function formHardWords(def: FormDefinition, entries: readonly HardWordEntry[]): Map<string, TextPart[]> {
  const finder = new HardWordFinder(entries);
  const used = new Set<string>();
  const marks = new Map<string, TextPart[]>();
  const mark = (key: string, text: string | undefined): void => {
    if (!text) return;
    const parts = finder.split(text, used);
    if (parts.some((part) => part.id)) marks.set(key, parts);
  };
  for (const section of def.sections) {
    for (const field of section.fields) {
      mark(markKey(field.name), field.label);
      mark(markKey(field.name, 'hint'), field.hint);
      for (const option of optionsOf(field)) {
        mark(markKey(field.name, option.value), option.label);
        mark(markKey(field.name, option.value, 'hint'), option.hint);
      }
    }
  }
  return marks;
}
