import type { Article } from '../article.js';
import { date, host, list, own, pick, pickLink } from './read.js';
import { unsuffix } from './text.js';

/** Sources NewsAPI names for stories it found through them; the publisher is in the title. */
const AGGREGATORS = /^(?:google news|youtube|yahoo(?: \w+)?|msn|flipboard|apple news|newsbreak)$/i;

function article(entry: unknown): Article | undefined {
  const raw = pick(entry, 'title');
  // NewsAPI blanks out withdrawn stories as "[Removed]".
  if (!raw || raw == '[Removed]') return undefined;
  const url = pickLink(entry, 'url');
  let name = pick(own(entry, 'source'), 'name');
  let title = unsuffix(raw, [name, host(url)]);
  if (name && AGGREGATORS.test(name)) {
    // "Story - Publisher": the last part names the real publisher.
    const parts = raw.split(/\s[-|–—]\s/);
    const last = parts.length > 1 ? parts.pop()?.trim() : undefined;
    if (last && last.length <= 100)
      [name, title] = [
        last,
        raw
          .slice(0, raw.lastIndexOf(last))
          .replace(/\s[-|–—]\s$/, '')
          .trim(),
      ];
  }
  const src = pickLink(entry, 'urlToImage');
  // `content` is never read: NewsAPI truncates it with "… [+1234 chars]".
  return {
    id: url,
    title,
    url,
    summary: pick(entry, 'description'),
    publishedAt: date(own(entry, 'publishedAt')),
    image: src ? { src } : undefined,
    sources: name ? [{ name, url }] : [],
  };
}

/** The articles of a NewsAPI response, an array of NewsAPI articles, or one article; at most `limit`. */
export function newsapi(value: unknown, limit = Infinity): Article[] {
  const articles = own(value, 'articles');
  const found: Article[] = [];
  for (const entry of list(Array.isArray(articles) ? articles : value)) {
    if (found.length >= limit) break;
    const one = article(entry);
    if (one) found.push(one);
  }
  return found;
}
