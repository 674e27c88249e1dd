/**
 * Adapters from the formats publishers already have to article JSON. They return plain,
 * contract-shaped objects that are not yet normalized: the normalizer runs afterwards and drops
 * whatever is unsafe. They read only own properties, never mutate their input and never throw.
 */
import { jsonfeed } from './jsonfeed.js';
import { jsonld } from './jsonld.js';
import { newsapi } from './newsapi.js';
import { get, obj } from './read.js';

export type Format = 'digest' | 'jsonld' | 'jsonfeed' | 'newsapi';

const ADAPTERS: Record<string, (value: unknown) => object[]> = {
  __proto__: null as unknown as () => [],
  jsonld,
  jsonfeed,
  newsapi,
};

/** Which format `value` is in, from its shape; undefined when it is none of them. */
export function detectFormat(value: unknown): Format | undefined {
  try {
    const fields = obj(Array.isArray(value) ? value.find(obj) : value);
    const has = (key: string) => get(fields, key) !== undefined;
    return !fields
      ? undefined
      : has('@context') || has('@graph') || has('@type')
        ? 'jsonld'
        : /jsonfeed\.org/.test(get(fields, 'version') as string) ||
            has('items') ||
            has('content_html') ||
            has('content_text')
          ? 'jsonfeed'
          : has('articles') || has('urlToImage') || has('source')
            ? 'newsapi'
            : has('title')
              ? 'digest'
              : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every article in `value`, read as `format` (detected when not given). Digest data, and data in no
 * known format, comes back unchanged for the normalizer to judge; undefined if reading failed.
 */
export function adaptArticles(value: unknown, format = detectFormat(value)): unknown {
  try {
    const adapt = ADAPTERS[format as string];
    return adapt ? adapt(value) : value;
  } catch {
    return undefined;
  }
}

/** The first article in `value` (see `adaptArticles`). */
export function adaptArticle(value: unknown, format = detectFormat(value)): unknown {
  const articles = adaptArticles(value, format);
  return ADAPTERS[format as string] ? (articles as unknown[] | undefined)?.[0] : articles;
}
