/**
 * fast-check arbitraries for hostile pages and hostile data: text that looks like markup or plays
 * tricks with Unicode, URLs in every disguise the WHATWG parser forgives, values of the wrong type,
 * own `__proto__` keys, huge strings and lists, deep nesting, and objects shaped like the article
 * contract, JSON-LD, JSON Feed and NewsAPI. Exotic objects (cycles, throwing getters, proxies) are
 * described by plain `Exotic` recipes and built fresh for every run by `materialize` (exotic.ts).
 */
import fc from 'fast-check';
import { HOSTILE_URLS } from '../support/data.js';

/** The page the data is embedded in, as `document.baseURI` would give it. */
export const BASE = 'https://pub.example/news/page.html';

export const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
export const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', 'a\uD800b'];
export const COMBINING = [
  '\u0301',
  '\u0336',
  '\u20DD',
  'e\u0301',
  'Z\u0351\u0360\u0334\u0321\u0327',
  '\u0E47\u0E49',
];
export const EMOJI = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '👩🏽‍💻', '🧑‍🤝‍🧑', '❤️', '🇺🇳', '😀', '\u{1F600}\u200D'];
/** Letters whose lower or upper case is longer than they are (İ → i̇, ß → SS). */
export const CASE_CHANGING = ['İ', 'ẞ', 'ß', 'ﬃ', 'Σ', 'ΐ', 'ǅ'];
export const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u000B',
  '\u000C',
  '\u0085',
];
export const CONTROLS = ['\u0000', '\u0007', '\u001B', '\u007F', '\u009F'];

/**
 * Markup that runs script if anything ever parses data as HTML. The payloads call
 * `__sentinel()` (see sentinel.test.ts) or `alert()`, both of which the sentinel test records.
 */
export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  `<img src=x onerror="__sentinel('img')">`,
  '<script>alert(1)</script>',
  '<script>__sentinel("script")</script>',
  '"><svg onload=alert(1)>',
  `'><svg/onload=__sentinel('svg')>`,
  '<iframe src="javascript:__sentinel(\'iframe\')"></iframe>',
  '<a href="javascript:__sentinel(\'a\')">link</a>',
  '<details open ontoggle=__sentinel("details")>',
  '<body onload=__sentinel("body")>',
  '<style>*{display:none}</style>',
  '</story-card><script>__sentinel("close")</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__sentinel("mxss")>',
  '<!--',
  ']]>',
  '<b>bold</b> & <i>"quoted"</i>',
];

/** Text that other layers might treat specially: citations, title suffixes, entities, templates. */
export const TRICKY = [
  '[1]',
  '[2]',
  '[0]',
  '[01]',
  '[9999]',
  '[1e9]',
  '[-1]',
  ' - ',
  ' | ',
  ' — ',
  '…',
  '&amp;',
  '&lt;script&gt;',
  '&#x27;',
  '&#0;',
  '&#xD800;',
  '&#1114111;',
  '&constructor;',
  '&__proto__;',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '%s%n',
  '\\',
  '"',
  "'",
  '`',
  'Lite:true',
  '2025-01-15',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];

export const FRAGMENTS = [
  ...BIDI,
  ...ZERO_WIDTH,
  ...LONE_SURROGATES,
  ...COMBINING,
  ...EMOJI,
  ...CASE_CHANGING,
  ...WHITESPACE,
  ...CONTROLS,
  ...MARKUP,
  ...TRICKY,
];

/** `unit` repeated (and cut) to exactly `length` code units; the cut may split a surrogate pair. */
export function repeatTo(unit: string, length: number): string {
  if (unit === '' || length <= 0) return '';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const fragment = fc.constantFrom(...FRAGMENTS);

/** Short runs: hostile fragments mixed with arbitrary code points (lone surrogates included). */
const piece = fc.oneof(
  { weight: 4, arbitrary: fragment },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }) },
);

/** Lengths around the normalizer's clip limits (200, 300, 1000, 10 000). */
const limitLength = fc.oneof(
  fc.constantFrom(199, 200, 201, 202, 299, 300, 301, 999, 1000, 1001, 9999, 10_000, 10_001),
  fc.integer({ min: 150, max: 12_000 }),
);

const shortText = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

/** A string repeated to a length near a limit. */
const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), limitLength)
  .map(([parts, length]) => repeatTo(parts.join('') || 'x', length));

/** 50 KB to 200 KB. */
export const hugeText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.integer({ min: 50_000, max: 200_000 }))
  .map(([parts, length]) => repeatTo(parts.join('') || 'x', length));

/** Hostile text of every size. */
export const hostileText = fc.oneof(
  { weight: 12, arbitrary: shortText },
  { weight: 4, arbitrary: longText },
  { weight: 1, arbitrary: hugeText },
);

// ---------------------------------------------------------------------------------------------
// URLs

const SCHEMES = [
  'javascript',
  'data',
  'vbscript',
  'file',
  'blob',
  'about',
  'tel',
  'ftp',
  'intent',
  'view-source',
  'chrome',
  'ws',
  'mailto',
  'http',
  'https',
];

const SCHEME_NOISE = ['\t', '\n', '\r', '\u0000', '\u00AD', '\u200B', ' ', '%0A', '&#9;'];

const SCHEME_PREFIX = ['', '', ' ', '   ', '\u0001', '\u0000', '\u001F', '\u00A0', '\u200B', '\uFEFF', '\n'];

const SCHEME_SEPARATOR = [':', ':', ':', '&colon;', '&#58;', '&#x3A;', '%3A', '：', '\t:'];

const PAYLOADS = [
  'alert(1)',
  "__sentinel('url')",
  '//news.example/%0Aalert(1)',
  'text/html,<script>__sentinel("data")</script>',
  'image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__sentinel(\'svg\')"/>',
  'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'msgbox(1)',
  '//evil.example/',
  'desk@news.example?subject=Hi&body=<script>',
  '',
];

/** `name` with random case and control characters, whitespace or entities spliced in. */
const disguisedScheme = fc
  .record({
    name: fc.constantFrom(...SCHEMES),
    caseMask: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    noise: fc.array(fc.tuple(fc.nat({ max: 11 }), fc.constantFrom(...SCHEME_NOISE)), { maxLength: 2 }),
    entityFirst: fc.constantFrom('', '&#106;', '&#x6A;', '%6A', '&#0000106'),
    prefix: fc.constantFrom(...SCHEME_PREFIX),
    separator: fc.constantFrom(...SCHEME_SEPARATOR),
    payload: fc.constantFrom(...PAYLOADS),
    suffix: fc.constantFrom('', '\n', '  ', '#', '\u0000'),
  })
  .map(({ name, caseMask, noise, entityFirst, prefix, separator, payload, suffix }) => {
    let scheme = [...name].map((char, index) => (caseMask[index] ? char.toUpperCase() : char)).join('');
    for (const [at, text] of noise) {
      const index = Math.min(at, scheme.length);
      scheme = scheme.slice(0, index) + text + scheme.slice(index);
    }
    if (entityFirst && /^j/i.test(scheme)) scheme = entityFirst + scheme.slice(1);
    return `${prefix}${scheme}${separator}${payload}${suffix}`;
  });

const HOSTS = [
  'news.example',
  'pub.example',
  'WWW.Example.COM',
  'www.news.example',
  'bücher.example',
  'xn--bcher-kva.example',
  'İstanbul.example',
  '127.0.0.1',
  '[::1]',
  'localhost:8633',
  'example.com:99999',
  'ex%41mple.com',
  'user:secret@evil.example',
  'user@evil.example',
  ':secret@evil.example',
  '@news.example',
  '',
  'a'.repeat(63) + '.' + 'b'.repeat(63) + '.' + 'c'.repeat(63) + '.' + 'd'.repeat(63) + '.example',
];

const URL_STARTS = [
  'https://',
  'http://',
  'HTTPS://',
  'HtTp://',
  '//',
  'https:',
  'http:\\\\',
  ' https://',
  '\u0000https://',
  '\thttps://',
  'mailto:',
  'MAILTO:',
];

/** A path that percent-encoding may make several times longer (é → %C3%A9). */
const expandingPath = fc
  .tuple(
    fc.constantFrom('é', '😀', ' ', '<', '"', '%', 'İ', '\u202E', 'a', '\u0000', '{'),
    fc.oneof(fc.integer({ min: 0, max: 4200 }), fc.constantFrom(600, 700, 1000, 1400, 2000, 4070, 4096)),
  )
  .map(([unit, length]) => repeatTo(unit, length));

const webUrl = fc
  .tuple(
    fc.constantFrom(...URL_STARTS),
    fc.constantFrom(...HOSTS),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('/', '/a', '/stories/1?x=1#y', '', '/..//x', '/%2e%2e/') },
      { weight: 2, arbitrary: shortText.map((text) => `/${text}`) },
      { weight: 2, arbitrary: expandingPath.map((path) => `/${path}`) },
    ),
  )
  .map(([start, host, path]) => `${start}${host}${path}`);

const RELATIVE = [
  '/a',
  'story.html',
  '../img/a.png',
  '?q=1',
  '#frag',
  '//cdn.example/x.png',
  '',
  ' ',
  '\t\n',
  '.',
  '..',
  '/',
  'https:example.com',
  '\\\\evil.example\\x',
];

/** Vectors from test/contract/url.test.ts that support/data.ts does not already list. */
export const EXTRA_URL_VECTORS = [
  '   javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'javascript:alert(1)\n  ',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'java\u0000script:alert(1)',
  '\u00a0javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/svg+xml,<svg onload="alert(1)"></svg>',
  'tel:+15551234567',
  'mailto:desk@news.example',
  'MAILTO:desk@news.example?subject=Hi',
  'https://user:pass@x.example',
  'https://:pass@x.example',
  '//user@x.example/a',
  'https://@x.example',
  'http:\\\\evil.example\\x',
  ' '.repeat(4096) + 'https://x.example/',
  'https://x.example/' + 'a'.repeat(4096 - 18),
  'https://x.example/' + 'a'.repeat(4096 - 17),
];

export const URL_VECTORS = [...HOSTILE_URLS, ...EXTRA_URL_VECTORS];

/** Anything a publisher or an attacker might put where a URL belongs. */
export const hostileUrl = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...URL_VECTORS) },
  { weight: 4, arbitrary: disguisedScheme },
  { weight: 5, arbitrary: webUrl },
  { weight: 2, arbitrary: fc.constantFrom(...RELATIVE) },
  { weight: 1, arbitrary: hostileText },
);

// ---------------------------------------------------------------------------------------------
// Values of the wrong type

/** Primitives and plain values that are not what a field expects. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      1,
      -1,
      1.5,
      1e21,
      2 ** 53,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      true,
      false,
      '',
      ' ',
      '[Removed]',
    ),
  },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant({}) },
  // Objects whose conversion to text gives a URL or throws: only type checks keep them out.
  { weight: 1, arbitrary: fc.constant(null).map(() => ({ toString: () => 'javascript:alert(1)' })) },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => ({
      toString() {
        throw new Error('toString');
      },
    })),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => new String('https://x.example/')) },
  { weight: 1, arbitrary: fc.constant(null).map(() => new Date(NaN)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => Symbol('field')) },
);

/** Numbers for sizes and counts, valid and not. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 20_000 }),
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1.5,
    10_000,
    10_001,
    2 ** 53,
    2 ** 53 - 1,
    '1200',
    ' 12 ',
    '0x10',
    '1e3',
  ),
  fc.double(),
  weirdValue,
);

const ISO_DATES = [
  '2025-01-15',
  '2025-01-15T08:02:00Z',
  '2025-01-15T08:02:00.123+05:30',
  '2025-02-30',
  '2024-02-29',
  '0000-01-01',
  '9999-12-31T23:59:59-14:00',
  '2025-13-01',
  '2025-01-15T25:00',
  '2025-01-15 08:02',
  'Wed, 15 Jan 2025 08:02:00 GMT',
  'Tue, 31 Feb 2025 08:02:00 +0000',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '1e1000',
  'now',
  ' 2025-01-15 ',
];

export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ISO_DATES) },
  {
    weight: 2,
    arbitrary: fc
      .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: weirdValue },
);

/** A text field: usually text (hostile or not), sometimes the wrong type. */
export const textField: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Hello', 'The Verge', 'A city council votes', 'Metro Daily') },
  { weight: 6, arbitrary: hostileText },
  { weight: 2, arbitrary: weirdValue },
);

/** A URL field: usually a URL (hostile or not), sometimes the wrong type. */
export const urlField: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom('https://news.example/a', '/images/a.png', 'mailto:desk@x.example'),
  },
  { weight: 7, arbitrary: hostileUrl },
  { weight: 1, arbitrary: weirdValue },
);

// ---------------------------------------------------------------------------------------------
// Own `__proto__` keys, pollution payloads, deep nesting

/** Keys that are dangerous to assign with `object[key] = value`. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'];

/** What an attacker puts under `__proto__` to pollute Object.prototype. */
export const POLLUTION = fc.constantFrom<unknown>(
  { polluted: 'yes' },
  { polluted: 'yes', title: 'from the prototype', url: 'javascript:alert(1)' },
  { prototype: { polluted: 'yes' } },
  { __proto__: null },
  'polluted',
  null,
  [],
);

/**
 * Parsed JSON with an own `__proto__` key (as `JSON.parse` creates it, unlike an object literal),
 * merged into `fields` without ever assigning through the `__proto__` setter.
 */
export function withOwnKeys(fields: object, extra: [string, unknown][]): object {
  const result = fields;
  for (const [key, value] of extra) {
    let payload: unknown = value;
    if (key === '__proto__') {
      // A JSON round trip where possible, so the key really comes from JSON.parse.
      try {
        const parsed = JSON.parse(`{"__proto__":${JSON.stringify(value) ?? 'null'}}`) as Record<
          string,
          unknown
        >;
        payload = Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value;
      } catch {
        payload = value;
      }
    }
    Object.defineProperty(result, key, {
      value: payload,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

const extraKeys = (known: string[]) =>
  fc.array(
    fc.tuple(
      fc.constantFrom(...DANGEROUS_KEYS, 'polluted', 'toString', 'hasOwnProperty', 'valueOf', ...known),
      fc.oneof(POLLUTION, weirdValue, hostileText),
    ),
    { maxLength: 3 },
  );

/** `record` plus up to three own keys such as `__proto__`, `constructor` or a repeated field. */
function withExtraKeys<T extends object>(record: fc.Arbitrary<T>, known: string[]): fc.Arbitrary<object> {
  return fc.tuple(record, extraKeys(known)).map(([fields, extra]) => withOwnKeys(fields, extra));
}

export type NestKind = 'array' | 'object' | 'related' | 'sections' | 'graph' | 'list' | 'proto';

/** `leaf` wrapped `depth` times; built iteratively, so any depth is cheap to build. */
export function nest(kind: NestKind, depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) {
    switch (kind) {
      case 'array':
        value = [value];
        break;
      case 'object':
        value = { title: `level ${level}`, nested: value };
        break;
      case 'related':
        value = { title: `level ${level}`, related: [value] };
        break;
      case 'sections':
        value = { title: `level ${level}`, sections: [{ heading: 'h', paragraphs: [value] }] };
        break;
      case 'graph':
        value = { '@context': 'https://schema.org', '@graph': [value] };
        break;
      case 'list':
        value = { '@list': [value] };
        break;
      case 'proto':
        value = JSON.parse(`{"__proto__":${JSON.stringify(value) ?? 'null'}}`) as unknown;
        break;
    }
  }
  return value;
}

/** Deeply nested values, up to 2000 levels. */
export const deepValue = (leaf: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.constantFrom<NestKind>('array', 'object', 'related', 'sections', 'graph', 'list', 'proto'),
      fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 100, max: 2000 })),
      leaf,
    )
    // A JSON round trip for `proto` nesting is quadratic; keep it shallow.
    .map(([kind, depth, value]) => nest(kind, kind === 'proto' ? Math.min(depth, 60) : depth, value));

// ---------------------------------------------------------------------------------------------
// Contract-shaped objects

export interface Sizes {
  /** Longest list in ordinary runs. */
  maxList: number;
  /** Whether lists far past the normalizer's caps (hundreds of entries) may be generated. */
  bigLists: boolean;
}

export const CONTRACT_SIZES: Sizes = { maxList: 8, bigLists: true };
/** Smaller articles for inside a list, which may itself be long. */
export const ITEM_SIZES: Sizes = { maxList: 4, bigLists: false };
/** Smaller data for rendering, where every item costs elements. */
export const RENDER_SIZES: Sizes = { maxList: 4, bigLists: false };

/** A list of `item`, sometimes the wrong type, sometimes (one shared entry) far past the caps. */
function listOf(item: fc.Arbitrary<unknown>, sizes: Sizes): fc.Arbitrary<unknown> {
  const lists: fc.WeightedArbitrary<unknown>[] = [
    { weight: 8, arbitrary: fc.array(item, { maxLength: sizes.maxList }) },
    { weight: 1, arbitrary: weirdValue },
    { weight: 1, arbitrary: item },
  ];
  if (sizes.bigLists) {
    lists.push({
      weight: 1,
      arbitrary: fc
        .tuple(item, fc.integer({ min: 18, max: 700 }))
        .map(([entry, length]) => Array.from({ length }, () => entry)),
    });
  }
  return fc.oneof(...lists);
}

const SOURCE_KEYS = ['name', 'url', 'logo', 'title', 'domain'];

export const sourceArb = (sizes: Sizes = CONTRACT_SIZES): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: withExtraKeys(
        fc.record(
          {
            name: textField,
            url: urlField,
            logo: urlField,
            title: textField,
            domain: fc.oneof(textField, fc.constantFrom(...HOSTS), hostileText),
          },
          // Nameless sources are skipped; rendering runs want most of theirs shown.
          { requiredKeys: sizes === RENDER_SIZES ? ['name'] : [] },
        ),
        SOURCE_KEYS,
      ),
    },
    { weight: 1, arbitrary: weirdValue },
  );

const imageArb = fc.oneof(
  {
    weight: 6,
    arbitrary: withExtraKeys(
      fc.record(
        { src: urlField, alt: textField, width: hostileNumber, height: hostileNumber },
        { requiredKeys: [] },
      ),
      ['src', 'alt', 'width', 'height'],
    ),
  },
  { weight: 1, arbitrary: urlField },
  { weight: 1, arbitrary: weirdValue },
);

const curatorArb = fc.oneof(
  {
    weight: 6,
    arbitrary: withExtraKeys(
      fc.record({ name: textField, url: urlField, logo: urlField }, { requiredKeys: [] }),
      ['name', 'url', 'logo'],
    ),
  },
  { weight: 1, arbitrary: weirdValue },
);

const paragraphArb = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom('[1]', '[2]', '[3]', '[0]', '[01]', '[9999]', ' '), shortText), {
        maxLength: 8,
      })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: weirdValue },
);

const sectionArb = (sizes: Sizes) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: withExtraKeys(
        fc.record({ heading: textField, paragraphs: listOf(paragraphArb, sizes) }, { requiredKeys: [] }),
        ['heading', 'paragraphs'],
      ),
    },
    { weight: 1, arbitrary: weirdValue },
  );

export const ARTICLE_KEYS = [
  'id',
  'title',
  'url',
  'summary',
  'publishedAt',
  'updatedAt',
  'image',
  'sources',
  'sourceCount',
  'curator',
  'sections',
  'related',
  'tags',
];

/** The article contract's fields, each filled with hostile values; `depth` levels of `related`. */
export function articleArb(sizes: Sizes = CONTRACT_SIZES, depth = 2): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    id: fc.oneof(textField, hostileNumber),
    title: fc.oneof({ weight: 8, arbitrary: textField }, { weight: 1, arbitrary: weirdValue }),
    url: urlField,
    summary: textField,
    publishedAt: hostileDate,
    updatedAt: hostileDate,
    image: imageArb,
    sources: listOf(sourceArb(sizes), sizes),
    sourceCount: hostileNumber,
    curator: curatorArb,
    sections: listOf(sectionArb(sizes), sizes),
    tags: listOf(textField, sizes),
  };
  if (depth > 0) fields.related = listOf(articleArb(sizes, depth - 1), sizes);
  return withExtraKeys(fc.record(fields, { requiredKeys: ['title'] }), ARTICLE_KEYS);
}

// ---------------------------------------------------------------------------------------------
// Publisher formats

const textOrUrl = fc.oneof(textField, urlField);

const ldRef = fc.constantFrom('#org', '#article', '#image', '#page', 'https://pub.example/#org', '');

const ldImage = fc.oneof(
  urlField,
  fc.record(
    {
      '@type': fc.constantFrom('ImageObject', 'Thing'),
      '@id': ldRef,
      url: urlField,
      contentUrl: urlField,
      width: hostileNumber,
      height: hostileNumber,
    },
    { requiredKeys: [] },
  ),
  fc.array(urlField, { maxLength: 3 }),
  fc.record({ '@list': fc.array(urlField, { maxLength: 3 }) }),
  fc.record({ '@id': ldRef }),
  weirdValue,
);

const ldOrganization = fc.oneof(
  fc.record(
    {
      '@type': fc.constantFrom('Organization', 'Person'),
      '@id': ldRef,
      name: textField,
      url: urlField,
      logo: ldImage,
    },
    { requiredKeys: [] },
  ),
  fc.record({ '@id': ldRef }),
  textField,
  fc.array(fc.record({ name: textField }), { maxLength: 2 }),
);

const ldArticle = withExtraKeys(
  fc.record(
    {
      '@context': fc.oneof(
        fc.constantFrom('https://schema.org', 'http://schema.org/', { '@vocab': 'x' }),
        weirdValue,
      ),
      '@type': fc.oneof(
        fc.constantFrom('NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'WebPage', 'Thing'),
        fc.constantFrom(['NewsArticle', 'WebPage'], ['Thing']),
        weirdValue,
      ),
      '@id': ldRef,
      headline: textField,
      name: textField,
      url: urlField,
      mainEntityOfPage: fc.oneof(urlField, fc.record({ '@type': fc.constant('WebPage'), '@id': textOrUrl })),
      description: textField,
      datePublished: hostileDate,
      dateCreated: hostileDate,
      dateModified: hostileDate,
      image: ldImage,
      thumbnailUrl: urlField,
      publisher: ldOrganization,
      author: ldOrganization,
      citation: fc.oneof(
        fc.array(
          fc.oneof(
            urlField,
            textField,
            fc.record({ headline: textField, url: urlField, publisher: ldOrganization }),
          ),
          {
            maxLength: 4,
          },
        ),
        textOrUrl,
      ),
      isBasedOn: fc.oneof(urlField, fc.array(urlField, { maxLength: 3 })),
      keywords: fc.oneof(textField, fc.array(textField, { maxLength: 4 })),
    },
    { requiredKeys: ['@type'] },
  ),
  ['@type', '@id', '@graph', 'headline', 'publisher', 'image'],
);

/** One JSON-LD block, a `@graph`, or an array of blocks, filled with hostile values. */
export const jsonLdArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: ldArticle },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(ldArticle, ldOrganization, ldImage), { maxLength: 5 }), weirdValue)
      .map(([graph, context]) => ({ '@context': context ?? 'https://schema.org', '@graph': graph })),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.oneof(ldArticle, fc.array(ldArticle, { maxLength: 2 })), { maxLength: 4 }),
  },
  { weight: 1, arbitrary: deepValue(ldArticle) },
);

const feedItem = withExtraKeys(
  fc.record(
    {
      id: fc.oneof(textField, hostileNumber),
      url: urlField,
      external_url: urlField,
      title: textField,
      summary: textField,
      content_html: fc.oneof(
        hostileText,
        fc.constantFrom(...MARKUP),
        fc
          .tuple(fc.constantFrom(...MARKUP), urlField, hostileText)
          .map(
            ([markup, src, text]) =>
              `<p>${text}</p><img src="${typeof src === 'string' ? src : ''}">${markup}`,
          ),
      ),
      content_text: textField,
      image: urlField,
      banner_image: urlField,
      date_published: hostileDate,
      date_modified: hostileDate,
      tags: fc.oneof(fc.array(textField, { maxLength: 4 }), weirdValue),
    },
    { requiredKeys: [] },
  ),
  ['id', 'title', 'url', 'content_html'],
);

/** A JSON Feed, an array of items or one item, filled with hostile values. */
export const jsonFeedArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: withExtraKeys(
      fc.record(
        {
          version: fc.oneof(
            fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
            textField,
          ),
          title: textField,
          home_page_url: urlField,
          feed_url: urlField,
          icon: urlField,
          favicon: urlField,
          items: fc.oneof(
            { weight: 5, arbitrary: fc.array(feedItem, { maxLength: 5 }) },
            { weight: 1, arbitrary: weirdValue },
          ),
        },
        { requiredKeys: ['items'] },
      ),
      ['items', 'title', 'home_page_url'],
    ),
  },
  { weight: 1, arbitrary: fc.array(feedItem, { maxLength: 4 }) },
  { weight: 1, arbitrary: feedItem },
);

const newsItem = withExtraKeys(
  fc.record(
    {
      source: fc.oneof(
        fc.record({ id: fc.oneof(textField, weirdValue), name: textField }, { requiredKeys: [] }),
        weirdValue,
      ),
      author: textField,
      title: fc.oneof(
        textField,
        fc.constant('[Removed]'),
        fc.tuple(hostileText, textField).map(([a, b]) => `${a} - ${typeof b === 'string' ? b : 'Publisher'}`),
      ),
      description: textField,
      url: urlField,
      urlToImage: urlField,
      publishedAt: hostileDate,
      content: hostileText,
    },
    { requiredKeys: [] },
  ),
  ['source', 'title', 'url'],
);

/** A NewsAPI response, an array of its articles or one article, filled with hostile values. */
export const newsApiArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: withExtraKeys(
      fc.record(
        {
          status: fc.constantFrom('ok', 'error'),
          totalResults: hostileNumber,
          articles: fc.oneof(
            { weight: 5, arbitrary: fc.array(newsItem, { maxLength: 5 }) },
            { weight: 1, arbitrary: weirdValue },
          ),
        },
        { requiredKeys: ['articles'] },
      ),
      ['articles'],
    ),
  },
  { weight: 1, arbitrary: fc.array(newsItem, { maxLength: 4 }) },
  { weight: 1, arbitrary: newsItem },
);

// ---------------------------------------------------------------------------------------------
// Whole inputs

/** Anything at all: JSON, wrong types, contract-shaped and format-shaped objects, deep nesting. */
export const anyInput = (sizes: Sizes = CONTRACT_SIZES): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: articleArb(sizes) },
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 2, arbitrary: weirdValue },
    { weight: 2, arbitrary: hostileText },
    { weight: 2, arbitrary: fc.array(articleArb(sizes, 1), { maxLength: sizes.maxList }) },
    { weight: 2, arbitrary: jsonLdArb },
    { weight: 2, arbitrary: jsonFeedArb },
    { weight: 2, arbitrary: newsApiArb },
    { weight: 1, arbitrary: deepValue(fc.oneof(articleArb(sizes, 0), weirdValue)) },
  );

/** Inputs for the list normalizers: mostly lists. */
export const anyList = (item: fc.Arbitrary<unknown>, sizes: Sizes = CONTRACT_SIZES): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: listOf(item, sizes) }, { weight: 1, arbitrary: anyInput(sizes) });

/** Inputs for the adapters: the publisher formats first. */
export const adapterInput = (sizes: Sizes = CONTRACT_SIZES): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: jsonLdArb },
    { weight: 3, arbitrary: jsonFeedArb },
    { weight: 3, arbitrary: newsApiArb },
    { weight: 2, arbitrary: anyInput(sizes) },
  );

/** undefined (no base: only absolute URLs survive), the usual page, or an unusable base. */
export const baseUrlArb = fc.constantFrom<string | undefined>(
  undefined,
  BASE,
  BASE,
  'about:blank',
  'not a url',
);
