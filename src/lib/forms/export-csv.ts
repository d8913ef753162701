/**
 * CSV export of many records of one form, for the supervisor's spreadsheet.
 * RFC 4180: comma-separated, CRLF line ends, fields quoted when needed, quotes doubled.
 */
import { answerText } from './answer-text';
import { allFields, officialWords } from './fields';
import type { FormDefinition, FormValues } from './types';
import { isFieldVisible } from './visibility';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: guarded against formula injection (a cell starting with = + - @ tab or CR
 * gets a leading single quote, so a spreadsheet shows it as text and never runs it),
 * then quoted when it holds a comma, quote, CR or LF.
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line (no line end). */
function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A CSV file of records of one form, for the agency: the header row is the paper form's
 * wording of each question in form order, then one row per record with each answer as
 * text in the paper form's words (see `answerText`).
 * Answers of fields hidden in that record are left blank. Lines end with CRLF, including
 * the last. Add a byte order mark ('\uFEFF') when saving if Excel must read non-English letters.
 */
export function toCsv(def: FormDefinition, rows: readonly FormValues[]): string {
  const fields = allFields(def);
  const lines = [csvLine(fields.map((field) => officialWords(field)))];
  for (const values of rows) {
    lines.push(csvLine(fields.map((field) =>
      isFieldVisible(field, values, def) ? answerText(field, values[field.name], 'official') : '')));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
