/**
 * What the builder does with the text an editor pasted: read it in whatever format the library's
 * adapters know, shape it for the chosen element, and normalize it the way the element will. The
 * library does the reading (detectFormat, adaptArticle(s), normalizeArticle(s)); this file only
 * finds the data in a page's HTML and picks the part each element shows.
 */
import {
  adaptArticle,
  adaptArticles,
  detectFormat,
  normalizeArticle,
  normalizeArticles,
  readPage,
} from '../dist/contract.js';

/** What each format is called in the builder's "Read as" line. */
const FORMAT_NAMES = {
  digest: 'article JSON',
  jsonld: 'JSON-LD',
  jsonfeed: 'JSON Feed',
  newsapi: 'NewsAPI',
  rss: 'RSS',
  atom: 'Atom',
  wordpress: 'WordPress REST JSON',
  opengraph: 'Open Graph',
};

export const formatName = (format) => FORMAT_NAMES[format] ?? format;

/** The page's own address (canonical link or og:url), to resolve its relative URLs against. */
const addressOf = (page) =>
  page.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
  page.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
  undefined;

/**
 * Reads the "Data" text. Returns `{ value, format, baseUrl, note, problems }`: `value` is what the
 * adapters take (parsed JSON, the page's JSON-LD blocks, or the text itself when a text format such
 * as RSS is recognised), `note` says in plain words what was read.
 */
export function readData(text) {
  const trimmed = text.trim();
  if (trimmed === '') return { problems: [], note: 'Paste article data to begin.' };
  // Text formats (RSS, Atom, a page the library reads itself) go to the library first.
  const asText = detectFormat(trimmed);
  if (asText) return { value: trimmed, format: asText, note: `Read as ${formatName(asText)}.`, problems: [] };
  if (trimmed.startsWith('<')) {
    // Parsed into an inert document (nothing in it runs, loads or touches this page) and read as
    // the `from-page` attribute reads a page: its JSON-LD blocks, else its Open Graph and meta tags.
    const page = new DOMParser().parseFromString(trimmed, 'text/html');
    const data = readPage(page);
    const blocks = data.jsonld?.length ?? 0;
    if (blocks === 0 && !data.meta['og:title'] && !data.meta['twitter:title']) {
      return {
        problems: [
          'This HTML has no article data the elements read (no JSON-LD block, no Open Graph title).',
        ],
        note: 'Read as a web page.',
      };
    }
    const found =
      blocks === 0 ? 'its Open Graph tags' : blocks === 1 ? 'one JSON-LD block' : `${blocks} JSON-LD blocks`;
    return {
      value: data,
      format: 'opengraph',
      baseUrl: addressOf(page),
      note: `Read as a web page: ${found}.`,
      problems: [],
    };
  }
  try {
    const value = JSON.parse(trimmed);
    const format = detectFormat(value);
    return {
      value,
      format,
      note: format ? `Read as ${formatName(format)}.` : 'Read as JSON in no known format.',
      problems: [],
    };
  } catch (error) {
    return {
      problems: [`The data is not valid JSON or HTML: ${error.message}.`],
      note: 'Could not read the data.',
    };
  }
}

/** One story, adapted and normalized as story-card and story-digest do; of a list, the first. */
function story({ value, format, baseUrl }) {
  const adapted = adaptArticle(value, format);
  return normalizeArticle(Array.isArray(adapted) ? adapted[0] : adapted, { baseUrl });
}

/**
 * The stories for a rail: every article of a feed, or a single story's related stories (the story
 * itself when it has none).
 */
function stories(input) {
  const adapted = adaptArticles(input.value, input.format);
  if (Array.isArray(adapted)) return normalizeArticles(adapted, { baseUrl: input.baseUrl });
  const { value, problems } = normalizeArticle(adapted, { baseUrl: input.baseUrl });
  if (!value) return { value: undefined, problems };
  return { value: value.related.length > 0 ? value.related : [value], problems };
}

/**
 * What the element `tag` gets from the data read: `{ data, attributes, problems }`, `data` being the
 * normalized value that goes into the snippet's inline JSON (undefined when there is nothing to show).
 */
export function elementData(tag, input) {
  if (input.value === undefined) return { data: undefined, attributes: {}, problems: [] };
  if (tag === 'related-rail') {
    const { value, problems } = stories(input);
    return { data: value?.length ? value : undefined, attributes: {}, problems };
  }
  const { value, problems } = story(input);
  if (tag === 'source-stack') {
    const sources = value?.sources ?? [];
    const hidden = value && value.sourceCount > sources.length;
    return {
      data: sources.length > 0 ? sources : undefined,
      attributes: hidden ? { count: String(value.sourceCount) } : {},
      problems,
    };
  }
  if (tag === 'source-badge') return { data: value?.sources[0], attributes: {}, problems };
  return { data: value, attributes: {}, problems };
}
