import type { Article } from '../article.js';
import { abs, cut, date, get, host, list, pick, plain, str } from './read.js';

function item(entry: unknown, feed: unknown): Article | undefined {
  const home = pick(feed, 'home_page_url', 'feed_url');
  const content = get(entry, 'content_html');
  // Only the start of the HTML is read: enough for a summary, and bounded work.
  const html = typeof content == 'string' ? content.slice(0, 5000) : '';
  let title = pick(entry, 'title');
  let summary = pick(entry, 'summary') ?? cut(pick(entry, 'content_text') ?? plain(html));
  // JSON Feed allows untitled (microblog) posts; their text becomes the title.
  if (!title) [title, summary] = [summary, undefined];
  if (!title) return undefined;
  const url = abs(pick(entry, 'url', 'external_url'), home);
  const name = pick(feed, 'title');
  // Failing `image`, the first <img> of the content (found by pattern, never parsed as HTML).
  const src = abs(
    pick(entry, 'image', 'banner_image') ?? str(/<img[^>]+src=["']?([^"'\s>]+)/i.exec(html)?.[1]),
    home,
  );
  return {
    // A numeric id is made text by the normalizer.
    id: (get(entry, 'id') as string) ?? url,
    title,
    url,
    summary,
    publishedAt: date(pick(entry, 'date_published')),
    updatedAt: date(pick(entry, 'date_modified')),
    image: src ? { src } : undefined,
    sources: name ? [{ name, url, logo: abs(pick(feed, 'icon', 'favicon'), home), domain: host(home) }] : [],
    tags: list(get(entry, 'tags'))
      .map(str)
      .filter((tag) => tag) as string[],
  };
}

/** The items of a JSON Feed (1.0 or 1.1), an array of items, or one item. */
export function jsonfeed(value: unknown): Article[] {
  const items = get(value, 'items');
  const feed = Array.isArray(items) ? value : undefined;
  return list(feed ? items : value)
    .map((entry) => item(entry, feed))
    .filter((article) => article) as Article[];
}
