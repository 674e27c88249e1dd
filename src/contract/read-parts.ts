/**
 * The normalizer's readers of an article's parts: sources, curator, image, sections and tags,
 * each returned frozen.
 */
import type { ArticleImage, Curator, Section, Source } from './article.js';
import { asFields, own } from './fields.js';
import { LIMITS } from './limits.js';
import { clip, count, hostOf, list, lowerCase, Reader, text, url } from './read-values.js';

/**
 * Objects this normalizer made. Passed back in (a rail hands its stories to cards, a card its
 * sources to a stack), they are already normalized and are returned as they are. Data cannot
 * forge membership, and everything the normalizer returns is deeply frozen, so a page cannot edit
 * a trusted object into an unsafe one (`article.url = 'javascript:…'`) behind the URL rule's back.
 */
export const normalized = new WeakSet<object>();

export function trusted<T extends object>(value: T): T {
  normalized.add(Object.freeze(value));
  return value;
}

/** An object with a usable `name`, or undefined once the problem is reported. */
function readNamed(read: Reader, path: string, input: unknown) {
  const fields = asFields(input);
  if (!fields) {
    read.report(path, 'is not an object');
    return undefined;
  }
  const name = text(read, `${path}.name`, own(fields, 'name'), LIMITS.shortText);
  if (name === undefined) read.report(`${path}.name`, 'is missing');
  return name === undefined ? undefined : { fields, name };
}

export function readSource(read: Reader, path: string, input: unknown): Source | undefined {
  if (normalized.has(input as object)) return input as Source;
  const named = readNamed(read, path, input);
  if (!named) return undefined;
  const { fields, name } = named;
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

export function readCurator(read: Reader, path: string, input: unknown): Curator | undefined {
  if (input === undefined || input === null) return undefined;
  const named = readNamed(read, path, input);
  if (!named) return undefined;
  const { fields, name } = named;
  const curator: Curator = { name };
  const href = url(read, `${path}.url`, own(fields, 'url'), true);
  const logo = url(read, `${path}.logo`, own(fields, 'logo'));
  if (href !== undefined) curator.url = href;
  if (logo !== undefined) curator.logo = logo;
  return Object.freeze(curator);
}

export function readImage(read: Reader, path: string, input: unknown): ArticleImage | undefined {
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
export interface TextBudget {
  left: number;
}

export function readParagraph(
  read: Reader,
  path: string,
  input: unknown,
  budget: TextBudget,
): string | undefined {
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

export function readSection(
  read: Reader,
  path: string,
  input: unknown,
  budget: TextBudget,
): Section | undefined {
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

export function uniqueTags(read: Reader, path: string, input: unknown): string[] {
  const seen = new Set<string>();
  return list(read, path, input, LIMITS.tags, (entry, at) => {
    const tag = text(read, at, entry, LIMITS.shortText);
    if (tag === undefined || seen.has(tag)) return undefined;
    seen.add(tag);
    return tag;
  }).kept;
}
