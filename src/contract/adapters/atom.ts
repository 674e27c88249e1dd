import type { Article } from '../article.js';
import { abs, bestImage, contentImage, date, host, link, num, type Candidate } from './read.js';
import { cut, plain, siteName, unsuffix } from './text.js';
import { child, childText, children, NS, parseFeed } from './xml.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The base URL in effect at `element`: every `xml:base` on the way down, resolved in turn. */
function baseOf(element: Element, start: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let at: Element | null = element; at && bases.length < 20; at = at.parentElement) {
    const base = at.getAttributeNS(XML_NS, 'base');
    if (base) bases.unshift(base);
  }
  return bases.reduce<string | undefined>((resolved, base) => abs(base, resolved), start);
}

/** The address of the first `<link>` with relation `rel` (no `rel` is "alternate"), resolved. */
function linkOf(parent: Element, rel: string, start: string | undefined): string | undefined {
  const found = children(parent, 'link')
    .filter(
      (element) => element.namespaceURI == NS.atom && (element.getAttribute('rel') ?? 'alternate') == rel,
    )
    // Of several alternates, the web page.
    .sort((a, b) => +(b.getAttribute('type') == 'text/html') - +(a.getAttribute('type') == 'text/html'))[0];
  return found && abs(link(found.getAttribute('href')), baseOf(found, start));
}

/** The text of an Atom text construct (`text`, `html` or `xhtml`). */
const textOf = (element: Element | undefined): string => plain(element?.textContent ?? '');

function entry(
  node: Element,
  start: string | undefined,
  names: (string | undefined)[],
  source: Article['sources'],
): Article | undefined {
  const title = textOf(child(node, 'title', NS.atom));
  if (!title) return undefined;
  const url = link(childText(node, 'origLink')) ?? linkOf(node, 'alternate', start);
  const content = child(node, 'content', NS.atom);
  const summary = child(node, 'summary', NS.atom) ?? content;
  const html = content?.getAttribute('type') == 'xhtml' ? content.innerHTML : (content?.textContent ?? '');
  const found: Candidate[] = [];
  for (const element of children(node)) {
    const isMedia = element.namespaceURI == NS.media && /^(?:thumbnail|content)$/.test(element.localName);
    const isEnclosure = element.localName == 'link' && element.getAttribute('rel') == 'enclosure';
    if (isMedia || (isEnclosure && /^image\//.test(element.getAttribute('type') ?? '')))
      found.push({
        src: abs(link(element.getAttribute('url') ?? element.getAttribute('href')), url),
        width: num(element.getAttribute('width')),
        height: num(element.getAttribute('height')),
      });
  }
  return {
    id: childText(node, 'id', NS.atom) ?? url,
    title: unsuffix(title, names),
    url,
    summary: cut(textOf(summary)),
    publishedAt: date(childText(node, 'published', NS.atom) ?? childText(node, 'updated', NS.atom)),
    updatedAt: date(childText(node, 'updated', NS.atom)),
    // Relative images in the content resolve against an xml:base, when the feed gives one.
    image: bestImage(found) ?? contentImage(html, content && baseOf(content, undefined)),
    sources: source,
  };
}

/** The entries of an Atom 1.0 feed given as XML text; at most `limit`. */
export function atom(value: unknown, limit = Infinity): Article[] {
  // A few entries more than asked for, in case some have no title.
  const root = typeof value == 'string' ? parseFeed(value, 'entry', limit + 10) : undefined;
  if (!root || root.localName != 'feed' || root.namespaceURI != NS.atom) return [];
  // Relative links resolve against xml:base, else the feed's own page (or its self link).
  const self = linkOf(root, 'self', undefined);
  const home = linkOf(root, 'alternate', self) ?? self;
  const feedTitle = textOf(child(root, 'title', NS.atom));
  const name = siteName(feedTitle, host(home));
  const logo = abs(link(childText(root, 'icon', NS.atom) ?? childText(root, 'logo', NS.atom)), home);
  const source = name ? [{ name, url: home, logo, domain: host(home) }] : [];
  const names = [name, feedTitle, host(home)];
  const articles: Article[] = [];
  for (const node of children(root, 'entry')) {
    if (articles.length >= limit) break;
    const found = entry(node, home, names, source);
    if (found) articles.push(found);
  }
  return articles;
}
