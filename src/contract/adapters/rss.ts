import type { Article } from '../article.js';
import { abs, bestImage, contentImage, date, host, link, num, type Candidate } from './read.js';
import { cut, plain, siteName, unsuffix } from './text.js';
import { child, childText, children, NS, parseFeed } from './xml.js';

/** An RSS element without a namespace prefix (RSS 2.0's, or RSS 1.0's default namespace). */
const plainText = (parent: Element | undefined, name: string): string | undefined =>
  children(parent, name).find((element) => !element.prefix)?.textContent ?? undefined;

/** Redirecting click counters: the story's address is elsewhere in the item. */
const REDIRECT = /^https?:\/\/(?:feedproxy\.google\.com|feeds\.[^/]{1,100}\/(?:click|~r)|[^/]{0,100}pheedo)/i;

/** Every picture the item declares: Media RSS, image enclosures and plain image elements. */
function candidates(item: Element): Candidate[] {
  const found: Candidate[] = [];
  const add = (element: Element, src: string | null | undefined) =>
    found.push({
      src: link(src),
      width: num(element.getAttribute('width')),
      height: num(element.getAttribute('height')),
    });
  for (const element of [...children(item), ...children(child(item, 'group', NS.media))]) {
    const type = element.getAttribute('type') ?? '';
    const medium = element.getAttribute('medium');
    const media = element.namespaceURI == NS.media;
    if (
      media &&
      element.localName == 'content' &&
      (medium == 'image' || /^image\//.test(type) || (!medium && !type))
    )
      add(element, element.getAttribute('url'));
    else if (media && element.localName == 'thumbnail') add(element, element.getAttribute('url'));
    else if (element.localName == 'enclosure' && /^image\//.test(type))
      add(element, element.getAttribute('url'));
    // Made-up elements (<image>, <bigimage>, <thumbnail>) holding a URL, as some CMSs write.
    else if (!element.prefix && /image|thumbnail/i.test(element.localName) && !element.children.length)
      add(element, element.textContent);
  }
  return found;
}

function item(
  entry: Element,
  names: (string | undefined)[],
  source: Article['sources'],
): Article | undefined {
  const guid = link(child(entry, 'guid')?.textContent);
  const plainLink = link(plainText(entry, 'link'));
  // FeedBurner and Pheedo keep the story's own address in an `origLink`; a guid is often it too.
  const url =
    link(childText(entry, 'origLink')) ??
    (plainLink && !REDIRECT.test(plainLink) ? plainLink : undefined) ??
    (/^https?:\/\//i.test(guid ?? '') ? guid : plainLink);
  // An advertisement placed among the stories is not one.
  if (/^https?:\/\/ads\./i.test(url ?? '')) return undefined;
  const html = childText(entry, 'encoded', NS.content) ?? plainText(entry, 'description') ?? '';
  const text = plain(plainText(entry, 'description') ?? html);
  let title = plain(plainText(entry, 'title') ?? '');
  let summary = cut(text);
  // A micro-blog post has no title: its text leads.
  if (!title) [title, summary] = [cut(text, 120) ?? '', undefined];
  if (!title) return undefined;
  // RSS has no base for relative URLs in its HTML.
  const image = bestImage(candidates(entry)) ?? contentImage(html, undefined);
  return {
    id: guid ?? url,
    title: unsuffix(title, names),
    url,
    summary,
    publishedAt: date(plainText(entry, 'pubDate') ?? childText(entry, 'date', NS.dc)),
    image,
    sources: source,
  };
}

/** The items of an RSS 2.0 (or 0.9x, or 1.0 RDF) feed given as XML text; at most `limit`. */
export function rss(value: unknown, limit = Infinity): Article[] {
  // A few items more than asked for, in case some are no stories (advertisements).
  const root = typeof value == 'string' ? parseFeed(value, 'item', limit + 10) : undefined;
  const channel = child(root, 'channel');
  if (!channel) return [];
  const home = link(plainText(channel, 'link'));
  const feedTitle = plain(plainText(channel, 'title') ?? '');
  const name = siteName(feedTitle, host(home));
  const logo = link(plainText(child(channel, 'image'), 'url'));
  const source = name ? [{ name, url: home, logo: abs(logo, home), domain: host(home) }] : [];
  const names = [name, feedTitle, host(home)];
  const articles: Article[] = [];
  // RSS 2.0 keeps items in the channel; RSS 1.0 beside it.
  for (const entry of [...children(channel, 'item'), ...children(root, 'item')]) {
    if (articles.length >= limit) break;
    const found = item(entry, names, source);
    if (found) articles.push(found);
  }
  return articles;
}
