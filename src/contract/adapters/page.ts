/**
 * Reading a page as `from-page` does: its meta tags and JSON-LD blocks, with no adapter. The
 * elements load it, a chunk of its own, only for `from-page`.
 */
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

/**
 * What `from-page` shows: this document read by `readPage`; undefined when it states nothing about
 * an article (no JSON-LD, no Open Graph or Twitter title), so inline JSON shows instead.
 */
export function readOwnPage(): PageData | undefined {
  const page = readPage(document);
  return page.jsonld || page.meta['og:title'] || page.meta['twitter:title'] ? page : undefined;
}
