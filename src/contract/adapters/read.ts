/**
 * Tiny, defensive readers shared by the adapters. Every byte here ships to readers' phones, so the
 * helpers are few and small. None of them throws on plain data, mutates its input or reads an
 * inherited property; exotic input (a throwing getter or proxy) is caught by the adapters' callers.
 */

export type Fields = Record<string, unknown>;

/** Upper bound on any list an adapter walks, so a huge array costs bounded time. */
const MAX = 500;

export const obj = (value: unknown): Fields | undefined =>
  typeof value == 'object' && value && !Array.isArray(value) ? (value as Fields) : undefined;

/** An own property, or undefined. (A throwing getter or proxy trap is caught by the adapter's caller.) */
export const get = (value: unknown, key: string): unknown =>
  obj(value) && Object.hasOwn(value as Fields, key) ? (value as Fields)[key] : undefined;

/** One value or many as a list: null → [], an array or a JSON-LD `{"@list": [...]}` → its entries. */
export const list = (value: unknown): unknown[] => {
  const items = get(value, '@list') ?? value;
  return Array.isArray(items) ? items.slice(0, MAX) : items == null ? [] : [items];
};

// `__proto__: null`, so `&constructor;` finds nothing.
const NAMED: Record<string, string> = {
  __proto__: null as unknown as string,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Turns the HTML entities publishers leave in JSON (`&amp;`, `&#039;`, `&#x2019;`) into characters. */
const decode = (text: string): string =>
  // At most 5 hex or 6 decimal digits: always a valid code point, so fromCodePoint never throws.
  text.replace(/&(?:#x([\da-f]{1,5})|#(\d{1,6})|([a-z]+));/gi, (entity, hex, dec, name) =>
    name ? (NAMED[name] ?? entity) : String.fromCodePoint(hex ? parseInt(hex, 16) : dec),
  );

/** A non-empty, trimmed, entity-decoded string, or undefined. The result is text, never markup. */
export const str = (value: unknown): string | undefined =>
  typeof value == 'string' ? decode(value).trim() || undefined : undefined;

/** The first of the own properties `keys` of `value` that `str` accepts. */
export const pick = (value: unknown, ...keys: string[]): string | undefined =>
  keys.map((key) => str(get(value, key))).find((text) => text);

/** A positive number, also from a numeric string (`"1200"`). */
export const num = (value: unknown): number | undefined => {
  const n = typeof value == 'string' ? +value : value;
  return typeof n == 'number' && n > 0 ? n : undefined;
};

/** `text` cut to about `max` characters at a word boundary, with "…". */
export const cut = (text: string | undefined, max = 200): string | undefined => {
  if (!text) return undefined;
  text = text.replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  // Trailing punctuation and half a surrogate pair go before the ellipsis.
  return text.slice(0, space > max / 2 ? space : max).replace(/[\s,;:.\ud800-\udbff–—-]+$/, '') + '…';
};

/**
 * The text of an HTML fragment, by removing tags with regular expressions: no DOM is ever created
 * and nothing runs.
 */
export const plain = (html: string): string | undefined =>
  str(
    html
      .replace(/<(script|style)\b[^]*?(<\/\1>|$)|<[^>]*(>|$)/gi, ' ')
      // A tag between a word and its punctuation ("<em>not</em>,") leaves no space.
      .replace(/\s+(?=[,.;:!?)])/g, ''),
  );

/** An ISO 8601 date as written, or another date `Date.parse` understands (RFC 822) as ISO. */
export const date = (text = ''): string | undefined => {
  const time = Date.parse(text);
  // The year test keeps lenient parsers from reading a date into any text with a number.
  return /^\d{4}-\d\d-\d\d/.test(text)
    ? text
    : time === time && /\d{4}/.test(text)
      ? new Date(time).toISOString()
      : undefined;
};

/** `url` resolved against `base` when both parse; otherwise `url` as it is, for the URL rule to judge. */
export const abs = (url: string | undefined, base: string | undefined): string | undefined => {
  try {
    return url && new URL(url, base).href;
  } catch {
    return url;
  }
};

/** The host of an absolute URL without "www.", e.g. "bbc.com". */
export const host = (url: string | undefined): string | undefined => {
  try {
    return new URL(url as string).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
};

/** `title` without a trailing " - Name" or " | Name" that repeats `name` (the publisher). */
export const unsuffix = (title: string, name: string | undefined): string => {
  const m = /^(.*\S)\s+[-|–—]\s+(.+)$/.exec(title);
  return m && m[2]?.toLowerCase() == name?.toLowerCase() ? (m[1] as string) : title;
};
