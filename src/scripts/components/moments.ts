/** Dates and times in words for messages ("Sunday, November 22 at 2:05 PM"). */
import { tMoment } from '~/i18n/moment';
import type { Locale } from '~/i18n/locale';

/**
 * A moment (ISO 8601) as a plain date and time in the page's language and the tablet's
 * time zone; "earlier" when it is not a moment.
 */
export function describeMoment(iso: string, locale?: Locale): string {
  return tMoment(iso, locale);
}
