/**
 * Formatting for the words catalog: placeholders, plural forms, dates and lists
 * (moments are in `moment.ts`).
 *
 * A message is either plain text with `{name}` placeholders, or a set of plural forms
 * chosen by `Intl.PluralRules` for the `count` parameter (`{ one: '{count} meeting',
 * other: '{count} meetings' }`). Numbers are written as digits in the catalog's
 * locale. No HTML: messages are always put on the page as text (see `splitPlaceholders`
 * for a message with a link or bold word inside).
 */

/** Plural forms, by `Intl.PluralRules` category. `other` is always needed. */
interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One entry of the catalog. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders. A plural message needs `count`. */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** A number as the locale writes it ("1,250" in English). */
export function formatNumber(n: number, locale: string): string {
  return n.toLocaleString(locale);
}

/** The text of a message for `count`: the plural form `Intl.PluralRules` picks, else `other`. */
function pickForm(message: Message, locale: string, count: number): string {
  if (typeof message === 'string') return message;
  return message[rulesFor(locale).select(count)] ?? message.other;
}

/**
 * Fills a message in. `{name}` is replaced by `params.name` (numbers in the locale's
 * digits); an unknown placeholder is left as it is, so a missing value shows in tests.
 */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  const text = pickForm(message, locale, Number(params['count'] ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A piece of a message: text, or the name of a placeholder left open for the page to fill. */
export type MessagePart = string | { placeholder: string };

/**
 * Cuts a filled-in message at the placeholders still open: "Look in {learn}." gives
 * `['Look in ', { placeholder: 'learn' }, '.']`. Pages put a link or bold word there.
 */
export function splitPlaceholders(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ placeholder: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** A calendar date ('YYYY-MM-DD') in words: "3 May 2026". Returns the input when it is not a date. */
export function formatCalendarDate(date: string, intlLocale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return date;
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Joins phrases the way the language writes a list: "a", "a and b", "a, b and c". */
export function formatList(parts: readonly string[], intlLocale: string): string {
  return new Intl.ListFormat(intlLocale, { style: 'long', type: 'conjunction' }).format(parts);
}

/**
 * Another language's words for one area of the catalog: the same keys as the English
 * area `T`, no more, no fewer (write it as `{ … } satisfies Translation<typeof enArea>`).
 */
export type Translation<T> = { readonly [K in keyof T]: Message };
