/**
 * Reading XML feeds (RSS, Atom) in the browser with the platform's `DOMParser`: no parser ships
 * with the library. On a server without `DOMParser` an XML feed cannot be read, and says so.
 */

/** Why an XML feed gave no articles on a server. */
export const NO_XML_PARSER =
  'XML feeds (RSS, Atom) are read in the browser only: this runtime has no DOMParser';

/** The root element of `text` parsed as XML, or undefined when it is not well-formed. */
export function parseXml(text: string): Element | undefined {
  if (typeof DOMParser != 'function') throw new Error(NO_XML_PARSER);
  // A byte order mark or blank lines before the root are not XML's business.
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF?\s*/, ''), 'application/xml');
  const root = doc.documentElement;
  return root && !doc.querySelector('parsererror') ? root : undefined;
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
