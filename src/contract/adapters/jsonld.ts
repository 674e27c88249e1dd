import type { Article, ArticleImage, Source } from '../article.js';
import { asFields, date, host, link, list, num, own, pick, pickLink, str } from './read.js';
import { unsuffix } from './text.js';

type Resolve = (value: unknown) => unknown;

/** What the page around the JSON-LD says, for the fields its article leaves out. */
export interface PageFacts {
  url?: string;
  name?: string;
  image?: ArticleImage;
  publishedAt?: string;
}

/** The first usable image of a URL, an ImageObject, or an array or `@list` of them. */
function image(value: unknown, ref: Resolve): ArticleImage | undefined {
  for (let item of list(value)) {
    item = ref(item);
    const src = link(item) ?? pickLink(item, 'url', 'contentUrl');
    if (src) return { src, width: num(own(item, 'width')), height: num(own(item, 'height')) };
  }
  return undefined;
}

/** The name of a Person or Organization (or a plain string). */
const nameOf = (value: unknown): string | undefined => str(value) ?? pick(value, 'name');

/** A cited work (a URL, or a CreativeWork with a publisher) as a source. */
function cited(value: unknown, ref: Resolve): Source {
  value = ref(value);
  const text = str(value);
  // Text that is not an absolute URL is a bibliographic citation: a name, never a link.
  const url = host(text) ? text : pickLink(value, 'url');
  const title = pick(value, 'headline', 'name');
  return {
    name: nameOf(ref(list(own(value, 'publisher'))[0])) ?? host(url) ?? title ?? (text as string),
    url,
    title,
  };
}

function article(node: unknown, ref: Resolve, page: PageFacts): Article | undefined {
  const at = (key: string) => own(node, key);
  const headline = pick(node, 'headline', 'name');
  if (!headline) return undefined;
  const publisher = ref(list(at('publisher'))[0]);
  const entity = ref(at('mainEntityOfPage'));
  const url = pickLink(node, 'url') ?? link(entity) ?? pickLink(entity, 'url', '@id') ?? page.url;
  // On a page, an id that is no URL (a UUID) gives way to the page's own address.
  const href = !host(url) && page.url ? page.url : url;
  const name = nameOf(publisher) ?? page.name;
  return {
    id: pick(node, '@id') ?? href,
    title: unsuffix(headline, [name, page.name, host(href)]),
    url: href,
    summary: pick(node, 'description'),
    publishedAt: date(pick(node, 'datePublished', 'dateCreated')) ?? page.publishedAt,
    updatedAt: date(pick(node, 'dateModified')),
    image: image(at('image') ?? at('thumbnailUrl'), ref) ?? page.image,
    // The publisher first, then the works the story cites.
    sources: [
      { name: name as string, url: href, logo: image(own(publisher, 'logo'), ref)?.src },
      ...[...list(at('citation')), ...list(at('isBasedOn'))].map((work) => cited(work, ref)),
    ].filter((source) => source.name),
    tags: list(at('keywords'))
      .flatMap((words) => str(words)?.split(',') ?? [])
      // Platform flags such as Medium's "Lite:true" are not topics. (The normalizer trims tags.)
      .filter((tag) => !/^\s*\w+:\S*$/.test(tag)),
  };
}

/** Every schema.org Article subtype (NewsArticle, Report, SocialMediaPosting, LiveBlogPosting…). */
const ARTICLE = /(?:Article|BlogPosting|Posting|Report)$/;

const isArticle = (node: unknown): boolean =>
  list(own(node, '@type')).some((type) => ARTICLE.test(str(type)?.slice(0, 100) ?? ''));

/**
 * The articles in parsed JSON-LD: one block, an array of blocks (nested arrays too), `@graph`s and
 * a page's `mainEntity`, with `{"@id"}` references resolved against the other nodes. At most
 * `limit` articles are converted.
 */
export function jsonld(value: unknown, limit = Infinity, page: PageFacts = {}): Article[] {
  const seen = new Set<unknown>();
  const walk = (from: unknown): void => {
    for (const item of list(from)) {
      if (typeof item == 'object' && item && seen.size < 500 && !seen.has(item)) {
        seen.add(item);
        if (Array.isArray(item)) walk(item);
        walk(own(item, '@graph'));
        walk(own(item, 'mainEntity'));
      }
    }
  };
  walk(value);
  const nodes = [...seen].filter(asFields);
  const ids = new Map<unknown, unknown>();
  for (const node of nodes) {
    const id = pick(node, '@id');
    // Bare references ({"@id"} with no type) never shadow the node they point to.
    if (id && own(node, '@type') && !ids.has(id)) ids.set(id, node);
  }
  const ref: Resolve = (item) => ids.get(pick(item, '@id')) ?? item;
  const articles: Article[] = [];
  for (const node of nodes) {
    if (articles.length >= limit) break;
    const found = isArticle(node) ? article(node, ref, page) : undefined;
    if (found) articles.push(found);
  }
  return articles;
}
