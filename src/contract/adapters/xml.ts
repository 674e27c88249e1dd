/**
 * Reading XML feeds (RSS, Atom) in the browser with the platform's `DOMParser`: no parser ships
 * with the library. On a server without `DOMParser` an XML feed cannot be read, and says so.
 */
import { xmlRoot } from './formats.js';

/** Why an XML feed gave no articles on a server. */
export const NO_XML_PARSER =
  'XML feeds (RSS, Atom) are read in the browser only: this runtime has no DOMParser';

/** The root element of `text` parsed as XML, or undefined when it is not well-formed. */
function parse(text: string): Element | undefined {
  if (typeof DOMParser != 'function') throw new Error(NO_XML_PARSER);
  // A byte order mark or blank lines before the root are not XML's business.
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF?\s*/, ''), 'application/xml');
  const root = doc.documentElement;
  return root && !doc.querySelector('parsererror') ? root : undefined;
}

/**
 * The root element of the feed in `text`, parsed only as far as its first `limit` items (`<item>`
 * or `<entry>`): the platform's parser costs time for every element, and a card shows one. When
 * the cut text is not well-formed (an item's name inside CDATA, say), the whole text is parsed.
 */
export function parseFeed(text: string, item: string, limit: number): Element | undefined {
  const close = `</${item}>`;
  let end = 0;
  for (let count = 0; count < limit && end >= 0; count++) {
    end = text.indexOf(close, end);
    if (end >= 0) end += close.length;
  }
  const root = xmlRoot(text);
  if (end < 0 || !root) return parse(text);
  // What is still open after the items: RSS 2.0's channel, and the root.
  const closing = `${root == 'rss' ? '</channel>' : ''}</${root}>`;
  return parse(text.slice(0, end) + closing) ?? parse(text);
}

/** The child elements of `parent` with local name `name` (any namespace), or all of them. */
export const children = (parent: Element | undefined, name?: string): Element[] =>
  parent ? [...parent.children].filter((child) => !name || child.localName == name) : [];

/** The first child element of `parent` named `name` with namespace `ns` (any when not given). */
export const child = (parent: Element | undefined, name: string, ns?: string): Element | undefined =>
  children(parent, name).find((element) => !ns || element.namespaceURI == ns);

/** The text of the first child named `name`; undefined when there is none. */
export const childText = (parent: Element | undefined, name: string, ns?: string): string | undefined =>
  child(parent, name, ns)?.textContent ?? undefined;

/** Namespaces feeds use for images and links. */
export const NS = {
  media: 'http://search.yahoo.com/mrss/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;
