/**
 * Adapters from the formats publishers already have to article JSON. They return plain,
 * contract-shaped objects that are not yet normalized: the normalizer runs afterwards and drops
 * whatever is unsafe. They read only own properties, never mutate their input, convert only the
 * articles asked for, and never throw.
 *
 * This module holds them all, for the contract export and server rendering. The elements load
 * each one on its own when their data needs it (src/data/on-demand.ts).
 */
import { LIMITS } from '../normalize.js';
import { atom } from './atom.js';
import { adaptWith, detectFormat, type Adapter } from './formats.js';
import { jsonfeed } from './jsonfeed.js';
import { jsonld } from './jsonld.js';
import { newsapi } from './newsapi.js';
import { opengraph } from './opengraph.js';
import { rss } from './rss.js';
import { wordpress } from './wordpress.js';

export { detectFormat, type Format } from './formats.js';
export { readPage, type PageData } from './page.js';
export { NO_XML_PARSER } from './xml.js';

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
  return adaptWith(ADAPTERS[format as string], value, limit);
}

/** The first article in `value` (see `adaptArticles`). */
export function adaptArticle(value: unknown, format = detectFormat(value)): unknown {
  return adaptWith(ADAPTERS[format as string], value, 1, true);
}
