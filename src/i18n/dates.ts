/** How a story date is written for readers: absolute, or relative to now. */
import { cached } from './formatters.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400;
const WEEK = 7 * DAY;

/** `absolute` ("Wed, 15 Jan, 8:02 AM"), `relative` ("3 hours ago") or `auto`: relative within a week. */
export type DateStyle = 'absolute' | 'relative' | 'auto';

export interface FormattedDate {
  text: string;
  /** The absolute date, when `text` is relative: for a tooltip. */
  title?: string;
  relative: boolean;
}

/** Units from largest to smallest, with their length in seconds. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.25 * DAY],
  ['month', 30.4375 * DAY],
  ['week', WEEK],
  ['day', DAY],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * A story date for readers, in the reader's time zone, or undefined when it is not a real date.
 * Absolute dates show the year only when it is not the current one. A date without a time is a
 * calendar day, not midnight UTC: it is formatted in UTC, without a time, and "relative" to it
 * counts whole days ("yesterday").
 */
export function formatDate(
  iso: string,
  locale: string,
  style: DateStyle = 'auto',
  now = new Date(),
): FormattedDate | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const dateOnly = DATE_ONLY.test(iso);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const seconds = Math.trunc((date.getTime() - (dateOnly ? today : now.getTime())) / 1000);
  const absolute = formatAbsolute(date, dateOnly, locale, now);
  if (style === 'absolute' || (style !== 'relative' && Math.abs(seconds) >= WEEK)) {
    return { text: absolute, relative: false };
  }
  return { text: formatRelative(seconds, dateOnly, locale), title: absolute, relative: true };
}

/** Formatted dates: a rail re-renders the same few dates often, and formatting is the costly part. */
const absoluteTexts = new Map<string, string>();
const MAX_TEXTS = 1000;

function formatAbsolute(date: Date, dateOnly: boolean, locale: string, now: Date): string {
  const withYear = date.getFullYear() !== now.getFullYear();
  const key = `${date.getTime()}|${locale}|${dateOnly ? 'd' : 't'}|${withYear ? 'y' : ''}`;
  let text = absoluteTexts.get(key);
  if (text === undefined) {
    if (absoluteTexts.size >= MAX_TEXTS) absoluteTexts.clear();
    text = dateFormatter(dateOnly, withYear, locale).format(date);
    absoluteTexts.set(key, text);
  }
  return text;
}

/** "3 hours ago", "in 2 days", "yesterday"; under a minute is "now". Whole units, never rounded up. */
function formatRelative(seconds: number, dateOnly: boolean, locale: string): string {
  const size = Math.abs(seconds);
  const [unit, length] = UNITS.find(
    ([name, unitLength]) => size >= unitLength || (dateOnly && name === 'day'),
  ) ?? ['second', Infinity];
  // `|| 0`: minus zero would read "0 seconds ago" rather than "now".
  return relativeTimeFormatter(locale).format(Math.trunc(seconds / length) || 0, unit);
}

/** A story date's formatter: a calendar day (`dateOnly`) is written in UTC and without a time. */
function dateFormatter(dateOnly: boolean, withYear: boolean, locale: string): Intl.DateTimeFormat {
  return cached(
    `date|${locale}|${dateOnly ? 'd' : 't'}|${withYear ? 'y' : ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: withYear ? 'numeric' : undefined,
        ...(dateOnly ? { timeZone: 'UTC' } : { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
      }),
  );
}

function relativeTimeFormatter(locale: string): Intl.RelativeTimeFormat {
  return cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/** Builds the formatter most dates use ahead of time (see first-render.ts). */
export function warmDateFormatting(locale: string): void {
  dateFormatter(false, false, locale);
}
