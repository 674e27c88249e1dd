import type { ArticleImage, Curator, Normalized, NormalizedArticle, Section, Source } from './article.js';
import { asFields, asList, own } from './fields.js';
import { isCanonicalHttpUrl, safeUrl } from './url.js';

/**
 * Caps that keep one hostile or mistaken article from costing a page unbounded DOM or time.
 * They are far above what a digest needs, so real data never meets them.
 */
export const LIMITS = {
  title: 300,
  shortText: 200,
  summary: 1000,
  paragraph: 10_000,
  /** All of an article's paragraphs together: laying out a megabyte of text blocks a page for long. */
  articleText: 100_000,
  sources: 100,
  sections: 50,
  paragraphs: 100,
  tags: 20,
  related: 50,
  imageSide: 10_000,
} as const;

export interface NormalizeOptions {
  /** Base for relative URLs, normally `document.baseURI`. Without it only absolute URLs are kept. */
  baseUrl?: string;
}

/** Problems listed per input; past them they are only counted, so hostile data cannot grow the list. */
const MAX_PROBLEMS = 100;

/** Collects problems under a JSON-path-like prefix, so messages name the exact bad value. */
class Reader {
  private readonly listed: string[] = [];
  private unlisted = 0;

  constructor(readonly base: string | undefined) {}

  report(path: string, what: string): void {
    if (this.listed.length < MAX_PROBLEMS) this.listed.push(`${path} ${what}`);
    else this.unlisted++;
  }

  get problems(): string[] {
    return this.unlisted === 0 ? this.listed : [...this.listed, `and ${this.unlisted} more`];
  }
}

// C0/C1 controls other than whitespace have no business in display text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * What the cleaning below would change: a control, white space other than a single inner space.
 * Most text from feeds has none and is taken as it is, without three regular-expression passes.
 */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}|^ | $/;

/** Cuts `text` to `max` characters ending in "…"; `cut` says its input was already cut short. */
function clip(text: string, max: number, cut = false): string {
  if (text.length <= max && !cut) return text;
  let end = Math.min(text.length, max - 1);
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Plain text: strings only, controls removed, whitespace collapsed (unless `keepLines`), trimmed,
 * clipped. Empty text is absent text.
 */
function text(
  read: Reader,
  path: string,
  value: unknown,
  max: number,
  keepLines = false,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    read.report(path, 'is not a string');
    return undefined;
  }
  // Cleaning only removes characters, so past a window twice the limit the rest cannot show
  // unless the text is mostly white space: every pattern below runs on at most that window.
  const window = 2 * max + 64;
  const cut = value.length > window;
  const raw = cut ? value.slice(0, window) : value;
  if (!UNCLEAN.test(raw)) return raw === '' ? undefined : clip(raw, max, cut);
  let clean = raw.replace(CONTROL, '');
  clean = keepLines ? clean.replace(/[ \t]+/g, ' ').trim() : clean.replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clip(clean, max, cut);
}

function url(read: Reader, path: string, value: unknown, mailto = false): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const safe = safeUrl(value, read.base, { mailto });
  if (safe === undefined)
    read.report(path, `is not a usable ${mailto ? 'http(s) or mailto' : 'http(s)'} URL`);
  return safe;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Rejects days a month does not have, which `Date.parse` would silently roll over (Feb 30 → Mar 2). */
function isCalendarDay(iso: string): boolean {
  // Every month has days up to the 28th, and Date.parse has already refused a day 00.
  if (Number(iso.slice(8, 10)) <= 28) return true;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO 8601 dates that the platform can also parse; the original spelling is kept. */
function date(read: Reader, path: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) && isCalendarDay(trimmed)) {
      return trimmed;
    }
  }
  read.report(path, 'is not an ISO 8601 date');
  return undefined;
}

function count(read: Reader, path: string, value: unknown, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
  read.report(path, `is not a whole number from 0 to ${max}`);
  return undefined;
}

/** Runs `item` over at most `cap` entries of a list, keeping the ones that come out usable. */
function list<T>(
  read: Reader,
  path: string,
  value: unknown,
  cap: number,
  item: (entry: unknown, path: string) => T | undefined,
  usableBeyondCap: (entry: unknown) => boolean = () => false,
): { kept: T[]; usable: number } {
  const kept: T[] = [];
  let usable = 0;
  const entries = value === undefined || value === null ? [] : asList(value);
  if (!entries) read.report(path, 'is not a list');
  // Unusable entries are read up to a point too: a megabyte of them would otherwise cost seconds.
  const readable = cap + MAX_PROBLEMS;
  if (entries && entries.length > readable) {
    read.report(path, `has ${entries.length} entries; those past the first ${readable} are not read`);
  }
  for (let index = 0; entries && index < entries.length; index++) {
    // Past the cap entries are only counted, never normalized or rendered: a huge list costs no DOM.
    if (kept.length >= cap || index >= readable) {
      if (usableBeyondCap(entries[index])) usable++;
      continue;
    }
    const result = item(entries[index], `${path}[${index}]`);
    if (result !== undefined) {
      kept.push(result);
      usable++;
    }
  }
  Object.freeze(kept);
  return { kept, usable };
}

const lowerCase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

function hostOf(href: string | undefined): string | undefined {
  if (href === undefined || !href.startsWith('http')) return undefined;
  // A canonical URL's host name is plainly between `://` and the next `/`: no parsing needed.
  const start = href.indexOf('://') + 3;
  const hostname = isCanonicalHttpUrl(href)
    ? href.slice(start, href.indexOf('/', start))
    : new URL(href).hostname;
  const host = hostname.replace(/^www\./, '');
  return host ? clip(host, LIMITS.shortText) : undefined;
}

/** A cheap version of readSource's test, for sources past the cap that are counted but not read. */
function hasName(input: unknown): boolean {
  const fields = asFields(input);
  const name = fields && own(fields, 'name');
  return typeof name === 'string' && name.trim() !== '';
}

/**
 * Objects this normalizer made. Passed back in (a rail hands its stories to cards, a card its
 * sources to a stack), they are already normalized and are returned as they are. Data cannot
 * forge membership, and everything the normalizer returns is deeply frozen, so a page cannot edit
 * a trusted object into an unsafe one (`article.url = 'javascript:…'`) behind the URL rule's back.
 */
const normalized = new WeakSet<object>();

function trusted<T extends object>(value: T): T {
  normalized.add(Object.freeze(value));
  return value;
}

function readSource(read: Reader, path: string, input: unknown): Source | undefined {
  if (normalized.has(input as object)) return input as Source;
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const name = text(read, `${path}.name`, own(fields, 'name'), LIMITS.shortText);
  if (name === undefined) {
    read.report(`${path}.name`, 'is missing');
    return undefined;
  }
  const source: Source = { name };
  const href = url(read, `${path}.url`, own(fields, 'url'), true);
  const logo = url(read, `${path}.logo`, own(fields, 'logo'));
  const title = text(read, `${path}.title`, own(fields, 'title'), LIMITS.title);
  const domain =
    // Lower case before clipping: a few letters grow when lower-cased (İ → i̇).
    text(read, `${path}.domain`, lowerCase(own(fields, 'domain')), LIMITS.shortText) ?? hostOf(href);
  if (href !== undefined) source.url = href;
  if (logo !== undefined) source.logo = logo;
  if (title !== undefined) source.title = title;
  if (domain !== undefined) source.domain = domain;
  return trusted(source);
}

function readCurator(read: Reader, path: string, input: unknown): Curator | undefined {
  if (input === undefined || input === null) return undefined;
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const name = text(read, `${path}.name`, own(fields, 'name'), LIMITS.shortText);
  if (name === undefined) {
    read.report(`${path}.name`, 'is missing');
    return undefined;
  }
  const curator: Curator = { name };
  const href = url(read, `${path}.url`, own(fields, 'url'), true);
  const logo = url(read, `${path}.logo`, own(fields, 'logo'));
  if (href !== undefined) curator.url = href;
  if (logo !== undefined) curator.logo = logo;
  return Object.freeze(curator);
}

function readImage(read: Reader, path: string, input: unknown): ArticleImage | undefined {
  if (input === undefined || input === null) return undefined;
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const rawSrc = own(fields, 'src');
  if (rawSrc === undefined || rawSrc === null || rawSrc === '') read.report(`${path}.src`, 'is missing');
  const src = url(read, `${path}.src`, rawSrc);
  if (src === undefined) return undefined;
  const image: ArticleImage = { src };
  const alt = text(read, `${path}.alt`, own(fields, 'alt'), LIMITS.summary);
  const width = count(read, `${path}.width`, own(fields, 'width'), LIMITS.imageSide);
  const height = count(read, `${path}.height`, own(fields, 'height'), LIMITS.imageSide);
  if (alt !== undefined) image.alt = alt;
  // A size is only useful as a pair: together they give the aspect ratio that reserves space.
  if (width && height) {
    image.width = width;
    image.height = height;
  }
  return Object.freeze(image);
}

/** What is left of an article's `LIMITS.articleText`, shared by its sections in reading order. */
interface TextBudget {
  left: number;
}

function readParagraph(read: Reader, path: string, input: unknown, budget: TextBudget): string | undefined {
  const limit = `the article's ${LIMITS.articleText} characters of paragraphs`;
  if (budget.left <= 0) {
    if (input !== undefined && input !== null && input !== '') read.report(path, `is past ${limit}`);
    return undefined;
  }
  const whole = text(read, path, input, LIMITS.paragraph, true);
  if (whole === undefined) return undefined;
  // Only a paragraph that had to be cut is reported: one that fills the budget exactly is fine.
  const paragraph = whole.length > budget.left ? clip(whole, budget.left) : whole;
  if (paragraph !== whole) read.report(path, `is cut at ${limit}`);
  budget.left -= paragraph.length;
  return paragraph;
}

function readSection(read: Reader, path: string, input: unknown, budget: TextBudget): Section | undefined {
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const heading = text(read, `${path}.heading`, own(fields, 'heading'), LIMITS.title);
  const paragraphs = list(
    read,
    `${path}.paragraphs`,
    own(fields, 'paragraphs'),
    LIMITS.paragraphs,
    (entry, at) => readParagraph(read, at, entry, budget),
  ).kept;
  if (heading === undefined && paragraphs.length === 0) {
    read.report(path, 'has no heading and no paragraphs');
    return undefined;
  }
  return Object.freeze(heading === undefined ? { paragraphs } : { heading, paragraphs });
}

function uniqueTags(read: Reader, path: string, input: unknown): string[] {
  const seen = new Set<string>();
  return list(read, path, input, LIMITS.tags, (entry, at) => {
    const tag = text(read, at, entry, LIMITS.shortText);
    if (tag === undefined || seen.has(tag)) return undefined;
    seen.add(tag);
    return tag;
  }).kept;
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
