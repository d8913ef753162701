/**
 * Inclusive-language checks shared by the Easy Read tests of the Learn pages and of the
 * words catalog: retext-equality, and People First Language patterns it misses.
 */
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';

/** Says whether a word found at `line`/`column` (1-based) is allowed there. */
export type AllowWord = (word: string, line: string, column: number) => boolean;

/** Words and phrases that break People First Language (retext-equality misses some). */
const notPeopleFirst: RegExp[] = [
  /\bnormal\b/gi,
  /\bdisabled (?:person|people|man|woman|men|women|child|children|kid|kids|adult|adults|youth)\b/gi,
  /\bthe disabled\b/gi,
  /\bhandicapped\b/gi,
  /\bretard(?:ed)?\b/gi,
  /\bspecial needs\b/gi,
  /\bsuffers? (?:from|with)\b/gi,
  /\b(?:wheelchair[- ]bound|confined to a wheelchair)\b/gi,
  /\b(?:high|low)[- ]functioning\b/gi,
];

/** Where in `text` (1-based line, column) a string offset is. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Problems with inclusive language in a piece of prose. */
export async function languageProblems(file: string, prose: string, allow: AllowWord = () => false): Promise<string[]> {
  const problems: string[] = [];
  const lines = prose.split('\n');
  const result = await unified().use(retextEnglish).use(retextEquality).use(retextStringify).process(prose);
  for (const message of result.messages) {
    const word = String(message.actual ?? '');
    const line = message.line ?? 0;
    const column = message.column ?? 0;
    if (allow(word, lines[line - 1] ?? '', column)) continue;
    problems.push(`${file}:${line}: "${word}": ${message.reason}`);
  }
  for (const pattern of notPeopleFirst) {
    for (const match of prose.matchAll(pattern)) {
      const { line, column } = lineAndColumn(prose, match.index);
      if (allow(match[0], lines[line - 1] ?? '', column)) continue;
      problems.push(`${file}:${line}: "${match[0]}" is not People First Language`);
    }
  }
  return problems;
}
