/**
 * The `Intl` objects every element formats with. They are costly to build, so each distinct
 * (kind, locale, options) is built once per page and shared by every element. The formatters of story
 * dates are in dates.ts, which only the elements that show stories load.
 */
type Formatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat | Intl.PluralRules;

const formatters = new Map<string, Formatter>();

/** The formatter `create` builds, built once per page under `key`. */
export function cached<T extends Formatter>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Builds what counts ("22 sources") are written with ahead of time (see first-render.ts). */
export function warmCountFormatting(locale: string): void {
  formatNumber(0, locale);
  pluralCategory(0, locale);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}
