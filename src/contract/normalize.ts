import type { Normalized, NormalizedArticle, Source } from './article.js';
import { asFields, asList, own } from './fields.js';
import { LIMITS } from './limits.js';
import {
  normalized,
  readCurator,
  readImage,
  readSection,
  readSource,
  trusted,
  uniqueTags,
  type TextBudget,
} from './read-parts.js';
import { count, date, hasName, list, Reader, text, url } from './read-values.js';

export { LIMITS };

export interface NormalizeOptions {
  /** Base for relative URLs, normally `document.baseURI`. Without it only absolute URLs are kept. */
  baseUrl?: string;
}

/** Cards never show related stories: they all share one frozen empty list. */
const NO_RELATED: NormalizedArticle[] = [];
Object.freeze(NO_RELATED);

function readArticle(
  read: Reader,
  path: string,
  input: unknown,
  withRelated: boolean,
): NormalizedArticle | undefined {
  if (normalized.has(input as object) && (withRelated || (input as NormalizedArticle).related.length === 0)) {
    return input as NormalizedArticle;
  }
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const title = text(read, `${path}.title`, own(fields, 'title'), LIMITS.title);
  if (title === undefined) {
    read.report(`${path}.title`, 'is missing');
    return undefined;
  }
  const rawId = own(fields, 'id');
  const id = text(
    read,
    `${path}.id`,
    typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : rawId,
    LIMITS.shortText,
  );
  const sources = list(
    read,
    `${path}.sources`,
    own(fields, 'sources'),
    LIMITS.sources,
    (entry, at) => readSource(read, at, entry),
    hasName,
  );
  const declaredCount = count(
    read,
    `${path}.sourceCount`,
    own(fields, 'sourceCount'),
    Number.MAX_SAFE_INTEGER,
  );
  const textBudget: TextBudget = { left: LIMITS.articleText };
  const article: NormalizedArticle = {
    title,
    sources: sources.kept,
    sourceCount: Math.max(declaredCount ?? 0, sources.usable),
    sections: list(read, `${path}.sections`, own(fields, 'sections'), LIMITS.sections, (entry, at) =>
      readSection(read, at, entry, textBudget),
    ).kept,
    tags: uniqueTags(read, `${path}.tags`, own(fields, 'tags')),
    // Related stories are shown as cards, which never show their own related stories.
    related: withRelated
      ? list(read, `${path}.related`, own(fields, 'related'), LIMITS.related, (entry, at) =>
          readArticle(read, at, entry, false),
        ).kept
      : NO_RELATED,
  };
  // Fields the input lacks stay absent, not present and undefined.
  const articleUrl = url(read, `${path}.url`, own(fields, 'url'));
  const summary = text(read, `${path}.summary`, own(fields, 'summary'), LIMITS.summary);
  const publishedAt = date(read, `${path}.publishedAt`, own(fields, 'publishedAt'));
  const updatedAt = date(read, `${path}.updatedAt`, own(fields, 'updatedAt'));
  const curator = readCurator(read, `${path}.curator`, own(fields, 'curator'));
  const image = readImage(read, `${path}.image`, own(fields, 'image'));
  if (id !== undefined) article.id = id;
  if (articleUrl !== undefined) article.url = articleUrl;
  if (summary !== undefined) article.summary = summary;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (updatedAt !== undefined) article.updatedAt = updatedAt;
  if (curator !== undefined) article.curator = curator;
  if (image !== undefined) article.image = image;
  return trusted(article);
}

/**
 * Turns anything into a safe article, or none, with a list of what was wrong for developers.
 * Never throws, never mutates `input`, reads only own, known fields, and is idempotent:
 * `normalizeArticle(normalizeArticle(x).value)` gives the same value back.
 */
export function normalizeArticle(
  input: unknown,
  options: NormalizeOptions = {},
): Normalized<NormalizedArticle> {
  const read = new Reader(options.baseUrl);
  try {
    return { value: readArticle(read, 'article', input, true), problems: read.problems };
  } catch {
    // Only exotic objects (e.g. proxies whose traps throw) get here.
    read.report('article', 'could not be read');
    return { value: undefined, problems: read.problems };
  }
}

/**
 * Normalizes a list of stories for a rail. Stories without a usable title are skipped and
 * reported; the others keep their order.
 */
export function normalizeArticles(
  input: unknown,
  options: NormalizeOptions = {},
): Normalized<NormalizedArticle[]> {
  const read = new Reader(options.baseUrl);
  try {
    const articles = list(read, 'articles', input, LIMITS.related, (entry, at) =>
      readArticle(read, at, entry, false),
    );
    return { value: asList(input) ? articles.kept : undefined, problems: read.problems };
  } catch {
    read.report('articles', 'could not be read');
    return { value: undefined, problems: read.problems };
  }
}

/** Normalizes one source, for elements that take a single publisher. */
export function normalizeSource(input: unknown, options: NormalizeOptions = {}): Normalized<Source> {
  const read = new Reader(options.baseUrl);
  try {
    return { value: readSource(read, 'source', input), problems: read.problems };
  } catch {
    read.report('source', 'could not be read');
    return { value: undefined, problems: read.problems };
  }
}

/** Normalizes a list of sources and the total they stand for (the `sourceCount` rule). */
export function normalizeSources(
  input: unknown,
  declaredCount: unknown,
  options: NormalizeOptions = {},
): Normalized<{ sources: Source[]; sourceCount: number }> {
  const read = new Reader(options.baseUrl);
  try {
    const sources = list(
      read,
      'sources',
      input,
      LIMITS.sources,
      (entry, at) => readSource(read, at, entry),
      hasName,
    );
    const declared = count(read, 'count', declaredCount, Number.MAX_SAFE_INTEGER);
    return {
      value: Object.freeze({ sources: sources.kept, sourceCount: Math.max(declared ?? 0, sources.usable) }),
      problems: read.problems,
    };
  } catch {
    read.report('sources', 'could not be read');
    return { value: undefined, problems: read.problems };
  }
}
