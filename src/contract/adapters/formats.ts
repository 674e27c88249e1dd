/**
 * Which format data is in, and what reading it with an adapter gives. Every page that shows
 * stories needs this much to decide whether its data needs an adapter at all; the adapters
 * themselves are loaded only when it does.
 */
import { asFields, own } from '../fields.js';

export type Format =
  'digest' | 'jsonld' | 'jsonfeed' | 'newsapi' | 'rss' | 'atom' | 'wordpress' | 'opengraph';

/** Reads the articles in `value`, at most `limit` of them. */
export type Adapter = (value: unknown, limit: number) => object[];

/** The qualified name of the root element of XML text, after its declaration, comments and doctype. */
export function xmlRoot(text: string): string | undefined {
  const start = text.slice(0, 5000).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?[^>]{0,500}>\s*|<!--[^]{0,2000}?-->\s*|<!DOCTYPE[^>]{0,2000}>\s*){0,20}<([\w.:-]{1,50})/i.exec(
    start,
  )?.[1];
}

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

/** Whether `value` names a format (the `format` attribute may hold anything). */
export const isFormat = (value: unknown): value is Format => RULES.some(([format]) => format === value);

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
 * `value` read by `adapter`: at most `limit` articles, or the first of them alone when the reader
 * takes `one`; undefined if reading failed. Without an adapter (digest data, or data in no known
 * format) `value` comes back unchanged for the normalizer to judge.
 */
export function adaptWith(adapter: Adapter | undefined, value: unknown, limit: number, one = false): unknown {
  if (!adapter) return value;
  try {
    const articles = adapter(value, limit);
    return one ? articles[0] : articles;
  } catch {
    return undefined;
  }
}
