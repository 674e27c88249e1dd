import type { Article, ArticleImage } from '../article.js';
import { bestImage, contentImage, date, host, list, num, own, pick, pickLink, str } from './read.js';
import { cut, namesSite, plain, siteName, unsuffix } from './text.js';

/** `rendered` HTML of a WordPress field (`title`, `excerpt`, `content`), as text or HTML. */
const rendered = (post: unknown, key: string): unknown => own(own(post, key), 'rendered');

/** WordPress's GMT dates carry no offset: they are UTC. */
const gmt = (value: unknown): string | undefined => {
  const text = date(value);
  return text && /T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?$/.test(text) ? `${text}Z` : text;
};

function image(post: unknown): ArticleImage | undefined {
  const media = list(own(own(post, '_embedded'), 'wp:featuredmedia'))[0];
  const details = own(media, 'media_details');
  const featured = pickLink(media, 'source_url');
  if (featured)
    return {
      src: featured,
      width: num(own(details, 'width')),
      height: num(own(details, 'height')),
      alt: pick(media, 'alt_text'),
    };
  const og = list(own(own(post, 'yoast_head_json'), 'og_image')).map((item) => ({
    src: pickLink(item, 'url'),
    width: num(own(item, 'width')),
    height: num(own(item, 'height')),
  }));
  const content = rendered(post, 'content');
  return bestImage(og) ?? contentImage(typeof content == 'string' ? content : '', pickLink(post, 'link'));
}

function post(entry: unknown): Article | undefined {
  const url = pickLink(entry, 'link');
  const yoast = own(entry, 'yoast_head_json');
  const domain = host(url);
  // The site's name is not part of a post; Yoast knows it, or its title's suffix names the host.
  const seoTitle = pick(yoast, 'title') ?? pick(own(entry, 'yoast_meta'), 'title', 'yoast_wpseo_title');
  const suffix = seoTitle
    ?.split(/\s[-|–—]\s/)
    .slice(1)
    .pop();
  const name =
    siteName(pick(yoast, 'og_site_name'), domain) ??
    (suffix && namesSite(suffix, [domain]) ? suffix : undefined);
  const title = str(rendered(entry, 'title'));
  if (!title) return undefined;
  const excerpt = rendered(entry, 'excerpt');
  return {
    id: pick(entry, 'id') ?? url,
    title: unsuffix(title, [name, domain]),
    url,
    summary: cut(typeof excerpt == 'string' ? plain(excerpt) : pick(yoast, 'og_description')),
    publishedAt: gmt(own(entry, 'date_gmt')) ?? date(own(entry, 'date')),
    updatedAt: gmt(own(entry, 'modified_gmt')),
    image: image(entry),
    sources: name ? [{ name, url }] : [],
  };
}

/** The posts of a WordPress REST response (`/wp-json/wp/v2/posts`, `?_embed` or not), or one post. */
export function wordpress(value: unknown, limit = Infinity): Article[] {
  const articles: Article[] = [];
  for (const entry of list(value)) {
    if (articles.length >= limit) break;
    const found = post(entry);
    if (found) articles.push(found);
  }
  return articles;
}
