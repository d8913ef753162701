/**
 * Records counted in Easy Read: "14 meetings", "1 form", and the order forms are listed in.
 * Apart from `record-words.ts` (which every form page loads) because only the backup and
 * settings words count records.
 */
import { formatMessage } from '~/i18n/format';
import { currentLocale } from '~/i18n/locale';
import { nounOf } from './record-words';

/** Each form's place in lists of counts (`src/forms/<id>/count-order.ts`), found by file name. */
const orders = import.meta.glob<number>('../../forms/*/count-order.ts', { eager: true, import: 'countOrder' });

/** The order forms are listed in (most common first); other forms come after, by id. */
export const formOrder = Object.entries(orders)
  .sort(([, a], [, b]) => a - b)
  .map(([path]) => /\/forms\/([^/]+)\/count-order\.ts$/.exec(path)?.[1] ?? '');

/** "1 meeting", "3 meetings" (numbers as digits: easier to read), by the language's plural rules. */
export function count(n: number, one: string, many: string): string {
  return formatMessage({ one: `{count} ${one}`, other: `{count} ${many}` }, currentLocale(), { count: n });
}

/** A form's records counted: "1 meeting", "14 meetings", "2 forms" for an unknown form. */
export function countRecords(formId: string, n: number): string {
  const noun = nounOf(formId);
  return count(n, noun.one, noun.other);
}

/** A form's noun for `n` records, by the language's plural rules: "meeting" for 1, "meetings" for 14. */
export function recordNounFor(formId: string, n: number): string {
  const noun = nounOf(formId);
  return formatMessage(noun, currentLocale(), { count: n });
}

