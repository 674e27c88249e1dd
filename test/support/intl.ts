/**
 * What a reader should see for a date, built with the same `Intl.DateTimeFormat` options the
 * library documents ("Wed, 15 Jan, 8:02 AM UTC"; the year only when it is not the current one; a
 * bare calendar date in UTC and without a time), so the tests do not hard-code one locale's output.
 */
export function expectedDate(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
  };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function expectedNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
