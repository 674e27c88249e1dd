import type { Article } from '../article.js';
import { abs, contentImage, date, host, list, own, pick, pickLink, str } from './read.js';
import { cut, plain, unsuffix } from './text.js';

function item(entry: unknown, feed: unknown): Article | undefined {
  const home = pickLink(feed, 'home_page_url', 'feed_url');
  const content = own(entry, 'content_html');
  const html = typeof content == 'string' ? content : '';
  const name = pick(feed, 'title');
  let title = pick(entry, 'title');
  let summary = pick(entry, 'summary') ?? cut(pick(entry, 'content_text') ?? plain(html));
  // JSON Feed allows untitled (microblog) posts; their text becomes the title.
  if (!title) [title, summary] = [summary, undefined];
  if (!title) return undefined;
  const url = abs(pickLink(entry, 'url', 'external_url'), home);
  // Failing `image`, the first picture of the content.
  const image = pickLink(entry, 'image', 'banner_image');
  return {
    // A numeric id is made text by the normalizer.
    id: (own(entry, 'id') as string) ?? url,
    title: unsuffix(title, [name, host(home)]),
    url,
    summary,
    publishedAt: date(own(entry, 'date_published')),
    updatedAt: date(own(entry, 'date_modified')),
    image: image ? { src: abs(image, home) as string } : contentImage(html, home),
    sources: name
      ? [{ name, url, logo: abs(pickLink(feed, 'icon', 'favicon'), home), domain: host(home) }]
      : [],
    tags: list(own(entry, 'tags'))
      .map(str)
      .filter((tag) => tag) as string[],
  };
}

/** The items of a JSON Feed (1.0 or 1.1), an array of items, or one item; at most `limit`. */
export function jsonfeed(value: unknown, limit = Infinity): Article[] {
  const items = own(value, 'items');
  const feed = Array.isArray(items) ? value : undefined;
  const articles: Article[] = [];
  for (const entry of list(feed ? items : value)) {
    if (articles.length >= limit) break;
    const found = item(entry, feed);
    if (found) articles.push(found);
  }
  return articles;
}
