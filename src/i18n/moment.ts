/**
 * A moment in words: "Sunday, November 22 at 2:05 PM". On its own, and without the
 * rest of the formatting code, so form pages that only need this stay small.
 */
import { appMoments } from './en/app';
import { appMoments as appMomentsEs } from './es/app';
import { currentLocale, intlTags, type Locale } from './locale';

const catalogs: Readonly<Record<Locale, Readonly<Record<keyof typeof appMoments, string>>>> = { en: appMoments, es: appMomentsEs };

/** A moment (ISO 8601) in words, in the tablet's time zone; "earlier" when it is not one. */
export function tMoment(iso: string, locale: Locale = currentLocale()): string {
  const words = catalogs[locale];
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return words['app.momentUnknown'];
  const tag = intlTags[locale].moments;
  const parts = {
    day: new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long' }).format(date),
    time: new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }).format(date),
  };
  return words['app.moment'].replace(/\{(day|time)\}/g, (_, name: 'day' | 'time') => parts[name]);
}
