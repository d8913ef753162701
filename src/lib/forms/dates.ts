/**
 * Plain date and time helpers for form answers. Dates are local calendar dates
 * ('YYYY-MM-DD'), times are local 24-hour clock times ('HH:MM'), as native inputs give them.
 * In words, they are in the page's language ("3 May 2026", "3 de mayo de 2026").
 */
import { currentLocale, intlTags, type Locale } from '~/i18n/locale';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar date of `d` as 'YYYY-MM-DD' (not UTC, so late evening stays today). */
export function toLocalDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local clock time of `d` as 'HH:MM' (seconds dropped). */
export function toLocalTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True when `s` is a clock time written 'HH:MM', 00:00 to 23:59. */
export function isValidTime(s: string): boolean {
  return TIME_RE.test(s);
}

/** Minutes after midnight of an 'HH:MM' time, or null when it is not a valid time. */
export function minutesOfDay(s: string): number | null {
  const m = TIME_RE.exec(s);
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** One formatter per language and kind: lists format hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A date as words in the page's language, e.g. '2026-05-03' → '3 May 2026', '3 de mayo de
 * 2026'. Returns the input unchanged when it is not a valid date.
 */
export function formatDate(s: string, locale: Locale = currentLocale()): string {
  if (!isValidDate(s)) return s;
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return formatter(intlTags[locale].dates, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A local Date as words, e.g. '3 May 2026'. */
export function formatLocalDate(d: Date): string {
  return formatDate(toLocalDate(d));
}

/**
 * A time on a 12-hour clock in the page's language, e.g. '14:05' → '2:05 PM', '2:05 p.m.'
 * (as moments write it). Returns the input unchanged when it is not a valid time.
 */
export function formatTime(s: string, locale: Locale = currentLocale()): string {
  const minutes = minutesOfDay(s);
  if (minutes === null) return s;
  const h24 = Math.floor(minutes / 60);
  if (locale !== 'en') return formatter(intlTags[locale].moments, { hour: 'numeric', minute: '2-digit' }).format(Date.UTC(1970, 0, 1, h24, minutes % 60));
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${h12}:${pad(minutes % 60)} ${h24 < 12 ? 'AM' : 'PM'}`;
}
