/**
 * Locale-aware formatting. `Intl` objects are costly to build, so each distinct
 * (kind, locale, options) is built once per page and shared by every element.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  create: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Wed, 15 Jan, 8:02 AM UTC"-style text for an ISO date, in the reader's time zone. The year is
 * shown only when it is not the current one. A date without a time is a calendar day, not
 * midnight UTC, so it is formatted in UTC and without a time.
 */
export function formatDate(iso: string, locale: string, now = new Date()): string {
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(iso);
  const withYear = date.getFullYear() !== now.getFullYear();
  const key = `date|${locale}|${dateOnly ? 'd' : 't'}|${withYear ? 'y' : ''}`;
  return cached(
    key,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: withYear ? 'numeric' : undefined,
        ...(dateOnly ? { timeZone: 'UTC' } : { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
      }),
  ).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}
