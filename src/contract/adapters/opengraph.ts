import type { Article } from '../article.js';
import { asFields, asList } from '../fields.js';
import { jsonld, type PageFacts } from './jsonld.js';
import { bestImage, date, host, own, pick, pickLink } from './read.js';
import { siteName, unsuffix } from './text.js';

/**
 * What an article page says about itself: its `<meta>` tags by name or property (`og:title`,
 * `article:published_time`, `description`…), its `<title>` and canonical link, and its JSON-LD
 * blocks (absent when the page has no `application/ld+json` script).
 */
export interface PageData {
  meta: Record<string, string>;
  jsonld?: unknown[];
}

/** The JSON of a JSON-LD script, without the CDATA or comment wrapper XHTML-generating CMSs add. */
function unwrap(text: string): string {
  let json = text.trim();
  for (const [open, close] of [
    ['<![CDATA[', ']]>'],
    ['<!--', '-->'],
    ['//<![CDATA[', '//]]>'],
  ] as const) {
    if (json.startsWith(open) && json.endsWith(close)) json = json.slice(open.length, -close.length).trim();
  }
  return json;
}

/** Reads `doc` (the page, or one parsed from HTML) as `from-page` does. Reads; never changes it. */
export function readPage(doc: Document): PageData {
  const meta: Record<string, string> = { __proto__: null } as unknown as Record<string, string>;
  const set = (key: string | null | undefined, value: string | null | undefined) => {
    const name = key?.trim().toLowerCase();
    // The first of repeated tags wins, as in Open Graph's own rule for single values.
    if (name && value && !(name in meta)) meta[name] = value;
  };
  for (const tag of [...doc.querySelectorAll('meta[content]')].slice(0, 500))
    set(tag.getAttribute('property') ?? tag.getAttribute('name'), tag.getAttribute('content'));
  set('canonical', doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'));
  set('title', doc.querySelector('title')?.textContent);
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, 50);
  const blocks: unknown[] = [];
  for (const script of scripts) {
    try {
      blocks.push(JSON.parse(unwrap(script.textContent ?? '')));
    } catch {
      // A block that does not parse holds nothing to read.
    }
  }
  return { meta, jsonld: scripts.length > 0 ? blocks : undefined };
}

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
