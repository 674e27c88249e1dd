/**
 * Adapters from the formats publishers already have to article JSON. They return plain,
 * contract-shaped objects that are not yet normalized: the normalizer runs afterwards and drops
 * whatever is unsafe. They read only own properties, never mutate their input, convert only the
 * articles asked for, and never throw.
 */
import { LIMITS } from '../normalize.js';
import { asFields, own } from '../fields.js';
import { atom } from './atom.js';
import { jsonfeed } from './jsonfeed.js';
import { jsonld } from './jsonld.js';
import { newsapi } from './newsapi.js';
import { opengraph } from './opengraph.js';
import { rss } from './rss.js';
import { wordpress } from './wordpress.js';

export { readPage, type PageData } from './page.js';
import { xmlRoot } from './xml.js';
export { NO_XML_PARSER } from './xml.js';

export type Format =
  'digest' | 'jsonld' | 'jsonfeed' | 'newsapi' | 'rss' | 'atom' | 'wordpress' | 'opengraph';

type Adapter = (value: unknown, limit: number) => object[];

const ADAPTERS: Record<string, Adapter> = {
  __proto__: null as unknown as Adapter,
  jsonld,
  jsonfeed,
  newsapi,
  rss,
  atom,
  wordpress,
  opengraph,
};

/** Whether `fields` has own property `key`. */
const has = (fields: unknown, key: string) => own(fields, key) !== undefined;

/**
 * How each format is recognized from the data itself (never from a file name or Content-Type),
 * tried in order: the first rule that holds names the format.
 */
const RULES: [Format, (fields: unknown, value: unknown) => boolean][] = [
  ['rss', (_, value) => typeof value == 'string' && /^(?:rss|rdf:RDF|RDF)$/.test(xmlRoot(value) ?? '')],
  ['atom', (_, value) => typeof value == 'string' && xmlRoot(value) == 'feed'],
  ['jsonld', (fields) => has(fields, '@context') || has(fields, '@graph') || has(fields, '@type')],
  // Before page meta: a WordPress post has a `meta` field of its own.
  ['wordpress', (fields) => has(own(fields, 'title'), 'rendered')],
  [
    'opengraph',
    (fields) => !!asFields(own(fields, 'meta')) || has(fields, 'og:title') || has(fields, 'og:url'),
  ],
  [
    'jsonfeed',
    (fields) =>
      /jsonfeed\.org/.test(String(own(fields, 'version')).slice(0, 100)) ||
      has(fields, 'items') ||
      has(fields, 'content_html') ||
      has(fields, 'content_text'),
  ],
  ['newsapi', (fields) => has(fields, 'articles') || has(fields, 'urlToImage') || has(fields, 'source')],
  ['digest', (fields) => has(fields, 'title')],
];

/** Which format `value` is in, from its content; undefined when it is none of them. */
export function detectFormat(value: unknown): Format | undefined {
  try {
    const fields = Array.isArray(value) ? value.slice(0, 50).find(asFields) : value;
    return RULES.find(([, holds]) => holds(fields, value))?.[0];
  } catch {
    return undefined;
  }
}

/**
 * The articles in `value`, read as `format` (detected when not given), at most `limit` of them:
 * an element converts only what it can show. Digest data, and data in no known format, comes back
 * unchanged for the normalizer to judge; undefined if reading failed.
 */
export function adaptArticles(
  value: unknown,
  format = detectFormat(value),
  limit: number = LIMITS.related,
): unknown {
  try {
    const adapt = ADAPTERS[format as string];
    return adapt ? adapt(value, limit) : value;
  } catch {
    return undefined;
  }
}

/** The first article in `value` (see `adaptArticles`). */
export function adaptArticle(value: unknown, format = detectFormat(value)): unknown {
  const articles = adaptArticles(value, format, 1);
  return ADAPTERS[format as string] ? (articles as unknown[] | undefined)?.[0] : articles;
}
