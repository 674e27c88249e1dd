import type { Article } from '../article.js';
import { asFields, asList } from '../fields.js';
import { jsonld, type PageFacts } from './jsonld.js';
import { bestImage, date, host, own, pick, pickLink } from './read.js';
import { siteName, unsuffix } from './text.js';

/** The facts the page's meta tags state. */
function facts(meta: unknown): PageFacts & { title?: string; summary?: string; updatedAt?: string } {
  const url = pickLink(meta, 'og:url', 'canonical', 'twitter:url');
  const name =
    siteName(pick(meta, 'og:site_name', 'application-name')?.replace(/^@/, ''), host(url)) ?? host(url);
  const image = bestImage([
    {
      src: pickLink(meta, 'og:image:secure_url', 'og:image:url', 'og:image'),
      width: +(pick(meta, 'og:image:width') ?? 0) || undefined,
      height: +(pick(meta, 'og:image:height') ?? 0) || undefined,
      alt: pick(meta, 'og:image:alt'),
    },
    { src: pickLink(meta, 'twitter:image', 'twitter:image:src'), alt: pick(meta, 'twitter:image:alt') },
  ]);
  const title = pick(meta, 'og:title', 'twitter:title', 'title');
  return {
    url,
    name,
    image,
    publishedAt: date(pick(meta, 'article:published_time', 'og:published_time', 'date', 'pubdate')),
    updatedAt: date(pick(meta, 'article:modified_time', 'og:updated_time')),
    title: title && unsuffix(title, [name, host(url)]),
    summary: pick(meta, 'og:description', 'twitter:description', 'description'),
  };
}

/**
 * The article a page describes. A page with JSON-LD is read from it, its meta filling what the
 * JSON-LD leaves out (link, publisher, image, date); a page that has JSON-LD but no article in it
 * (a section front, a block that does not parse) gives none. A page without JSON-LD is read from
 * its Open Graph, Twitter and plain meta tags. Also takes the meta alone as an object.
 */
export function opengraph(value: unknown, limit = Infinity): Article[] {
  const meta = asFields(own(value, 'meta')) ?? value;
  const page = facts(meta);
  const blocks = asList(own(value, 'jsonld'));
  if (blocks) return jsonld(blocks, limit, page);
  if (!page.title || limit < 1) return [];
  const { url, name, title, summary, image, publishedAt, updatedAt } = page;
  return [
    { id: url, title, url, summary, image, publishedAt, updatedAt, sources: name ? [{ name, url }] : [] },
  ];
}
