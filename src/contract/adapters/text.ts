/**
 * Text as a reader should see it, the same in every adapter: markup removed, entities decoded,
 * white space folded, and site names taken off titles. Every pattern here runs on text already
 * clipped to `WINDOW` and is linear: no two unbounded quantifiers can match the same characters.
 */

/** Longest text any pattern reads; far more than a title (300) or summary (1,000) needs. */
export const WINDOW = 20_000;

/** Entities the server (no DOM) decodes: the ones real feeds use; the browser decodes them all. */
const COMMON: Record<string, string> = {
  __proto__: null as unknown as string,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  middot: '·',
  bull: '•',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
};

/** Names the platform was asked about, with what they stand for (undefined: not an entity). */
const known = new Map<string, string | undefined>();

/**
 * What `&name;` stands for. In the browser the platform's own HTML parser answers, in an inert
 * document (nothing in it loads or runs), once per name.
 */
function named(name: string): string | undefined {
  if (typeof DOMParser != 'function') return COMMON[name];
  if (known.has(name)) return known.get(name);
  const entity = `&${name};`;
  const text = new DOMParser().parseFromString(entity, 'text/html').body.textContent ?? entity;
  // Every entity stands for one or two characters; a longer answer is a legacy prefix such as
  // "&not" read out of "&notanentity;".
  const value = text !== entity && [...text].length <= 2 ? text : undefined;
  // Made-up names in hostile text must not grow the cache without bound.
  if (known.size < 2000) known.set(name, value);
  return value;
}

const codePoint = (value: number, entity: string): string =>
  value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff) ? String.fromCodePoint(value) : entity;

/** Decodes numeric and named HTML entities in one pass: "&amp;lt;" is the text "&lt;". */
export const decode = (text: string): string =>
  text.includes('&')
    ? text.replace(/&(?:#x([\da-f]{1,6})|#(\d{1,7})|([a-z][a-z\d]{1,31}));/gi, (entity, hex, dec, name) =>
        name ? (named(name as string) ?? entity) : codePoint(hex ? parseInt(hex, 16) : +dec, entity),
      )
    : text;

/** Tags of inline (phrasing) elements. */
const INLINE =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*(?:>|$)/gi;

/**
 * The text of an HTML fragment (or of plain text that may hold entities), found with patterns: no
 * DOM is built from the data and nothing in it runs or loads. Folded to single spaces and trimmed.
 */
export function plain(html: string): string {
  let text = html.slice(0, WINDOW);
  if (text.includes('<')) {
    text = text
      // Each of these always matches once started (at worst up to the end), so it never rescans.
      .replace(/<!--[^]*?(?:-->|$)|<(script|style|head|template)\b[^]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<!\[CDATA\[|\]\]>/g, '')
      // Inline markup joins what it wraps to its neighbours ("<em>not</em>,"); other tags separate.
      .replace(INLINE, '')
      .replace(/<[a-z/!?][^>]*(?:>|$)/gi, ' ');
  }
  return decode(text).replace(/\s+/g, ' ').trim();
}

/** `text` cut to about `max` characters at a word boundary, with "…". */
export const cut = (text: string | undefined, max = 200): string | undefined => {
  if (!text) return undefined;
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  // Trailing punctuation and half a surrogate pair go before the ellipsis (at most `max` long).
  return text.slice(0, space > max / 2 ? space : max).replace(/[\s,;:.\ud800-\udbff–—-]+$/, '') + '…';
};

/**
 * A name reduced to what identifies it: "The Verge", "theverge.com" and "www.TheVerge.com" all
 * become "verge". Used to tell whether a title's last part names the site.
 */
export function nameKey(name: string | undefined): string {
  if (!name) return '';
  let key = name
    .slice(0, 200)
    .toLowerCase()
    .trim()
    .replace(/^www\./, '');
  // A domain loses its top-level part: "bbc.com" → "bbc", "lemonde.co.uk" → "lemonde".
  if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+){1,3}$/u.test(key))
    key = key.replace(/(?:\.[a-z]{2,3})?\.[a-z]{2,}$/, '');
  return key.replace(/[^\p{L}\p{N}]/gu, '').replace(/^the(?=\p{L}{3})/u, '');
}

/** Whether `part` names one of `names` (publisher, site, domain, feed title), loosely. */
export function namesSite(part: string, names: readonly (string | undefined)[]): boolean {
  const key = nameKey(part);
  if (key.length < 2) return false;
  return names.some((name) => {
    const other = nameKey(name);
    // "BBC.com" names "BBC News"; a short common word ("news") names nothing.
    return (
      other.length >= 2 &&
      (key === other ||
        (Math.min(key.length, other.length) >= 3 && (other.startsWith(key) || key.startsWith(other))))
    );
  });
}

/** The separators of a site suffix, with one white-space character either side. */
const SEPARATOR = /\s[-|–—·]\s|\s::\s/g;

/** Where each separator of `title` starts and ends. */
function separators(title: string): [number, number][] {
  return [...title.matchAll(SEPARATOR)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `title` without trailing " - Site", " | Site", " — Site" (and a second part before it, as in
 * " - Section - Site", when that part names a site too). A part that names none is never removed,
 * and neither is the whole title.
 */
export function unsuffix(title: string, names: readonly (string | undefined)[]): string {
  // A title longer than the window has its end cut off anyway: there is no suffix left to find.
  if (title.length > WINDOW / 10) return title;
  let end = title.length;
  const marks = separators(title);
  for (let removed = 0; removed < 2 && marks.length > 0; removed++) {
    const [start, after] = marks.pop() as [number, number];
    if (start === 0 || !namesSite(title.slice(after, end), names)) break;
    end = start;
  }
  return title.slice(0, end).trim();
}

/**
 * The publisher's name in a feed or site title: "Home | Site" → "Site"; "Tagline - Site" or
 * "Site: tagline" → "Site" when that part names the site's domain; else the title as it is.
 */
export function siteName(title: string | undefined, domain: string | undefined): string | undefined {
  if (!title || title.length > 300) return title;
  const parts = title.split(/\s[-|–—·]\s|:\s/).map((part) => part.trim());
  const named = parts.find((part) => namesSite(part, [domain]));
  if (named && parts.length > 1) return named;
  return parts.length > 1 && /^home$/i.test(parts[0] as string) ? parts.slice(1).join(' - ') : title;
}
