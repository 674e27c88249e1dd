/**
 * The `Intl` objects every element formats with. They are costly to build, so each distinct
 * (kind, locale, options) is built once per page and shared by every element. How a story date is
 * written from them is in dates.ts, which only the elements that show stories load.
 */
type Formatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat | Intl.PluralRules;

const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A story date's formatter: a calendar day (`dateOnly`) is written in UTC and without a time. */
export function dateFormatter(dateOnly: boolean, withYear: boolean, locale: string): Intl.DateTimeFormat {
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

export function relativeTimeFormatter(locale: string): Intl.RelativeTimeFormat {
  return cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/** Builds the formatter most dates use ahead of time (see first-render.ts). */
export function warmDateFormatting(locale: string): void {
  dateFormatter(false, false, locale);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}
