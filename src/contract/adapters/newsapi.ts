import type { Article } from '../article.js';
import { date, get, list, pick, unsuffix } from './read.js';

function article(entry: unknown): Article | undefined {
  const title = pick(entry, 'title');
  // NewsAPI blanks out withdrawn stories as "[Removed]".
  if (!title || title == '[Removed]') return undefined;
  const name = pick(get(entry, 'source'), 'name');
  const url = pick(entry, 'url');
  const src = pick(entry, 'urlToImage');
  // `content` is never read: NewsAPI truncates it with "… [+1234 chars]".
  return {
    id: url,
    title: unsuffix(title, name),
    url,
    summary: pick(entry, 'description'),
    publishedAt: date(pick(entry, 'publishedAt')),
    image: src ? { src } : undefined,
    sources: name ? [{ name, url }] : [],
  };
}

/** The articles of a NewsAPI response, an array of NewsAPI articles, or one article. */
export function newsapi(value: unknown): Article[] {
  const articles = get(value, 'articles');
  return list(Array.isArray(articles) ? articles : value)
    .map(article)
    .filter((item) => item) as Article[];
}
