/**
 * Formatting for the words catalog: placeholders, plural forms and dates.
 *
 * A message is either plain text with `{name}` placeholders, or a set of plural forms
 * chosen by `Intl.PluralRules` for the `count` parameter (`{ one: '{count} meeting',
 * other: '{count} meetings' }`). Numbers are written as digits in the catalog's
 * locale. No HTML: messages are always put on the page as text.
 */

/** Plural forms, by `Intl.PluralRules` category. `other` is always needed. */
export interface PluralMessage {
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

/**
 * Fills a message in. `{name}` is replaced by `params.name` (numbers in the locale's
 * digits); an unknown placeholder is left as it is, so a missing value shows in tests.
 */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params['count'] ?? 0);
    const category = rulesFor(locale).select(count);
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A calendar date ('YYYY-MM-DD') in words: "3 May 2026". Returns the input when it is not a date. */
export function formatCalendarDate(date: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return date;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
