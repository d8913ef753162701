/** Dates and times in words for messages ("Sunday 22 November at 2:05 pm"). */

/** A moment (ISO 8601) as a plain date and time in the tablet's language and time zone. */
export function describeMoment(iso: string, locale = 'en-US'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'earlier';
  const day = date.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = date.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  return `${day} at ${time}`;
}
