/**
 * Finds words for people written straight into code, instead of taken from the words
 * catalog with `t()`. Used by `no-sentences.test.ts`.
 *
 * What counts as a sentence: text with two or more plain words ("Save a backup file",
 * "Back to {page}"), where a plain word is letters only, capital first letter at most,
 * with at most one stop or comma after it. Class names (`wb-button`), selectors, keys
 * (`app.home`), paths and camelCase names never look like that.
 *
 * - TypeScript and JavaScript (and the frontmatter and scripts of `.astro` files): every
 *   string literal and the fixed parts of every template literal, read with the
 *   TypeScript parser, so comments are never read. Messages for developers (`new
 *   Error(...)`) are not shown to people and are left out.
 * - `.astro` markup: text between tags (with `{expressions}` taken out) and every quoted
 *   string, in attributes and in expressions. Styles and comments are left out. This is
 *   a pattern search, not a parser: good enough to catch a sentence left in markup.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** One piece of text that looks like a sentence, and where it is. */
export interface Found {
  file: string;
  line: number;
  text: string;
}

const plainWord = /^[A-Za-z][a-z’']*[.,!?:;…]?$/;

/** True when `text` holds two or more plain words. */
export function looksLikeSentence(text: string): boolean {
  return text.split(/\s+/).filter((token) => plainWord.test(token)).length >= 2;
}

/** 1-based line of an offset. */
const lineAt = (source: string, offset: number): number => source.slice(0, offset).split('\n').length;

/** True when a node is inside `new Error(...)` or `console.*(...)` (a message for developers). */
function inDeveloperError(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
    if (ts.isCallExpression(at) && /^console\.\w+$/.test(at.expression.getText())) return true;
  }
  return false;
}

/**
 * Sentences in the string literals of TypeScript or JavaScript code. `lineOffset` is the
 * line the code starts on in its file (for the frontmatter of an `.astro` file).
 */
export function sentencesInCode(file: string, code: string, lineOffset = 0): Found[] {
  const found: Found[] = [];
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    const texts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    // The fixed parts of a template literal are read together, so "Back to ${x}" counts.
    const text = texts.join(' ');
    if (texts.length > 0 && looksLikeSentence(text) && !inDeveloperError(node)) {
      found.push({ file, line: lineOffset + source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Blanks out a match but keeps its new lines, so line numbers stay right. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** Sentences in an `.astro` file: frontmatter and scripts as code, markup as text. */
export function sentencesInAstro(file: string, source: string): Found[] {
  const found: Found[] = [];
  let markup = source;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source);
  if (frontmatter) {
    found.push(...sentencesInCode(file, frontmatter[1]!, 1));
    markup = blank(frontmatter[0]) + source.slice(frontmatter[0].length);
  }
  markup = markup.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (whole, code: string, offset: number) => {
    found.push(...sentencesInCode(file, code, lineAt(markup, offset) - 1));
    return blank(whole);
  });
  markup = markup
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);

  // Alpine directives (x-text="…", :aria-label="…", @click="…") hold code: read only
  // the strings inside them.
  markup = markup.replace(/(\s(?:x-[\w.:-]+|@[\w.:-]+|:[\w.-]+)=)"([^"]*)"/g, (whole, _name: string, code: string, offset: number) => {
    for (const inner of code.matchAll(/'([^']*)'|`([^`]*)`/g)) {
      const text = inner[1] ?? inner[2] ?? '';
      if (looksLikeSentence(text.replace(/\$\{[^}]*\}/g, ' '))) found.push({ file, line: lineAt(markup, offset), text });
    }
    return blank(whole);
  });
  // Quoted strings: attribute values and strings inside {expressions}.
  for (const match of markup.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)) {
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    if (looksLikeSentence(text.replace(/\$\{[^}]*\}/g, ' '))) found.push({ file, line: lineAt(markup, match.index), text });
  }
  // Text between tags, with {expressions} taken out. A tag's ">" never follows "=" or
  // a space, so arrow functions and comparisons inside expressions are not read as text.
  for (const match of markup.matchAll(/(?<![=\s])>([^<>]+)</g)) {
    const text = match[1]!.replace(/\{[^{}]*\}/g, ' ').replace(/"[^"\n]*"|'[^'\n]*'|`[^`]*`/g, ' ');
    if (looksLikeSentence(text)) found.push({ file, line: lineAt(markup, match.index), text: text.trim() });
  }
  return found;
}

/** Sentences in one file, by its kind. */
export function sentencesInFile(path: string, name = path): Found[] {
  const source = readFileSync(path, 'utf8');
  return path.endsWith('.astro') ? sentencesInAstro(name, source) : sentencesInCode(name, source);
}
