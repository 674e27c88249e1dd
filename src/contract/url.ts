/**
 * The URL rule. Every link, image and fetch goes through `safeUrl`, so there is exactly one
 * place that decides what may reach an `href` or a `src`.
 */

/** Longer values are refused, before parsing and after; real article and logo URLs stay far below. */
export const MAX_URL_LENGTH = 4096;

export interface UrlRuleOptions {
  /** Allow `mailto:` (curator and source links only; never images or fetches). */
  mailto?: boolean;
}

/**
 * Returns the normalized absolute URL when `value` is a string that parses, against `base`, to
 * `http:` or `https:` (or `mailto:` when allowed) and carries no credentials; otherwise undefined.
 * Parsing first and checking the parsed protocol is what defeats obfuscation such as
 * `java\tscript:` or `JaVaScRiPt:`: the WHATWG parser strips those characters before we look.
 */
export function safeUrl(
  value: unknown,
  base: string | undefined,
  options: UrlRuleOptions = {},
): string | undefined {
  // An empty reference resolves to the base itself, which is never what the data meant.
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || value.trim() === '') {
    return undefined;
  }
  if (isCanonicalHttpUrl(value)) return value;
  // The base's length keeps the key unambiguous whatever characters base and value hold.
  const key = `${options.mailto === true ? 'm' : 'h'}${base?.length ?? -1}:${base ?? ''}${value}`;
  if (decided.has(key)) return decided.get(key);
  if (decided.size >= MAX_DECIDED) decided.clear();
  const result = decide(value, base, options);
  decided.set(key, result);
  return result;
}

/**
 * An absolute http(s) URL already written the way the parser would write it: lower-case scheme and
 * host name (no port, no credentials, no IDN or IPv4 forms), a path, and only characters the
 * parser leaves alone. Most URLs in real feeds are like this, and for them the parser's answer is
 * the value itself, so they skip it; anything else is parsed. No dot segments (`/./`, `/../`, or
 * their `%2e` spelling), which the parser would resolve.
 */
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[\w\-.~!$&'()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&()*+,;=:@%/?]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)|%2e/i;

export function isCanonicalHttpUrl(value: string): boolean {
  return CANONICAL_HTTP_URL.test(value) && !DOT_SEGMENT.test(value);
}

/**
 * Answers already given: a rail repeats the same publishers' URLs and logos, and parsing a URL is
 * the normalizer's costliest step. Bounded, so hostile data cannot grow it.
 */
const decided = new Map<string, string | undefined>();
const MAX_DECIDED = 500;

function decide(value: string, base: string | undefined, options: UrlRuleOptions): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  const { protocol } = url;
  const allowed =
    protocol === 'https:' || protocol === 'http:' || (protocol === 'mailto:' && options.mailto === true);
  if (!allowed || url.username !== '' || url.password !== '') return undefined;
  // Percent-encoding can make the result several times longer than the input: the cap holds for
  // what is returned too, so a normalized URL passes the rule again.
  return url.href.length > MAX_URL_LENGTH ? undefined : url.href;
}
