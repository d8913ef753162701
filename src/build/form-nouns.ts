/**
 * A form's noun in another language lives in its `src/forms/<id>/<locale>.ts` with the rest
 * of its words (`export const noun = { one: 'reunión', other: 'reuniones' }`). Pages that
 * name records of every form read the nouns alone: `src/forms/records.ts` imports
 * `./<id>/es.ts?noun`, and in the build this plugin answers that import with a
 * module holding only the noun, so the small records chunk never carries a form's other
 * words. (The bundler cannot leave them out by itself: the words are built by calls.)
 * Without the plugin (unit tests) the import is the whole file, with the same `noun`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A form folder's words file: `src/forms/<id>/<locale>.ts`. */
const wordsFile = /[\\/]src[\\/]forms[\\/][^\\/]+[\\/][a-z]{2}\.ts$/;

/** The string a property's value is written as, or undefined when it is not a plain string. */
function literalText(node: ts.Expression): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/**
 * A module with only the `noun` that `source` exports: `export const noun = {"one":"…","other":"…"};`.
 * The noun must be written out as plain strings (`{ one: '…', other: '…' } satisfies RecordNoun`).
 * @throws Error naming the file when it exports no such noun.
 */
export function nounModule(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'noun' || !declaration.initializer) continue;
      let value: ts.Expression = declaration.initializer;
      while (ts.isSatisfiesExpression(value) || ts.isAsExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
      if (!ts.isObjectLiteralExpression(value)) break;
      const words: Record<string, string> = {};
      for (const property of value.properties) {
        if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
        const text = literalText(property.initializer);
        if (text !== undefined) words[property.name.text] = text;
      }
      if (typeof words['one'] !== 'string' || typeof words['other'] !== 'string') break;
      return `export const noun = ${JSON.stringify({ one: words['one'], other: words['other'] })};\n`;
    }
  }
  throw new Error(`${fileName} must export its record noun as plain words: export const noun = { one: '…', other: '…' } satisfies RecordNoun;`);
}

/** The Vite plugin: `src/forms/<id>/<locale>.ts?noun` is the file's noun alone. */
export function formNouns() {
  return {
    name: 'wb-form-nouns',
    enforce: 'pre' as const,
    load(this: { addWatchFile(path: string): void }, id: string) {
      const [path = '', query] = id.split('?');
      if (query !== 'noun' || !wordsFile.test(path)) return null;
      this.addWatchFile(path);
      return { code: nounModule(readFileSync(path, 'utf8'), path), map: null };
    },
  };
}
