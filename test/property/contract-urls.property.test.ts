/**
 * Contract properties of the URL rule: every URL the normalizers let through is safe, and the
 * quick path for canonical URLs agrees with the parser. Split from contract.property.test.ts so
 * each file finishes well within its time limit; the seed and harness are shared
 * (contract-harness.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptArticle, adaptArticles } from '../../src/contract/adapters/index.js';
import {
  normalizeArticle,
  normalizeArticles,
  normalizeSource,
  normalizeSources,
} from '../../src/contract/normalize.js';
import {
  adapterInput,
  anyInput,
  anyList,
  articleArb,
  baseUrlArb,
  hostileNumber,
  ITEM_SIZES,
  sourceArb,
} from './arbitraries.js';
import { articleUrlViolations, sourcesUrlViolations } from './checks.js';
import { isCanonicalHttpUrl, safeUrl } from '../../src/contract/url.js';

/** README: a URL is at most 4,096 characters, before and after parsing. */
const MAX_URL_LENGTH = 4096;
import { FORMATS, property, RUNS, SEED, throwIf } from './contract-harness.js';

before(() => {
  console.info(`contract-urls.property.test.ts: fast-check seed ${SEED}, ${RUNS} runs per property`);
});

describe('contract properties: every URL that comes out obeys the URL rule', () => {
  property(
    'normalizeArticle keeps only absolute http(s) URLs without credentials, and mailto: only for source and curator links',
    [anyInput(), baseUrlArb],
    (input, baseUrl) => {
      throwIf(articleUrlViolations(normalizeArticle(input, { baseUrl }).value), 'unsafe URLs');
    },
  );

  property(
    'normalizeArticles keeps only absolute http(s) URLs without credentials, and mailto: only for source links',
    [anyList(articleArb(ITEM_SIZES, 1)), baseUrlArb],
    (input, baseUrl) => {
      const stories = normalizeArticles(input, { baseUrl }).value ?? [];
      throwIf(
        stories.flatMap((story, index) => articleUrlViolations(story, `articles[${index}]`)),
        'unsafe URLs',
      );
    },
  );

  property(
    'normalizeSource keeps only absolute http(s) or mailto: links and http(s) logos, without credentials',
    [fc.oneof(sourceArb(), anyInput()), baseUrlArb],
    (input, baseUrl) => {
      const { value } = normalizeSource(input, { baseUrl });
      throwIf(sourcesUrlViolations(value ? [value] : []), 'unsafe URLs');
    },
  );

  property(
    'normalizeSources keeps only absolute http(s) or mailto: links and http(s) logos, without credentials',
    [anyList(sourceArb()), hostileNumber, baseUrlArb],
    (input, count, baseUrl) => {
      throwIf(
        sourcesUrlViolations(normalizeSources(input, count, { baseUrl }).value?.sources),
        'unsafe URLs',
      );
    },
  );

  property(
    'normalizeArticle(adaptArticle(x)) keeps only safe URLs, for every format and with detection',
    [adapterInput(), fc.constantFrom(...FORMATS), baseUrlArb],
    (input, format, baseUrl) => {
      throwIf(
        articleUrlViolations(normalizeArticle(adaptArticle(input, format), { baseUrl }).value),
        'unsafe URLs',
      );
    },
  );

  property(
    'normalizeArticles(adaptArticles(x)) keeps only safe URLs, for every format and with detection',
    [adapterInput(), fc.constantFrom(...FORMATS), baseUrlArb],
    (input, format, baseUrl) => {
      const stories = normalizeArticles(adaptArticles(input, format), { baseUrl }).value ?? [];
      throwIf(
        stories.flatMap((story, index) => articleUrlViolations(story, `articles[${index}]`)),
        'unsafe URLs',
      );
    },
  );
});

/**
 * URLs close to canonical, where a quick path could go wrong: case, ports, credentials, IDN and
 * IPv4-like hosts, dot segments in every spelling, characters the parser encodes or rewrites.
 */
const nearCanonicalUrl = (() => {
  const pick = (...options: string[]) => fc.constantFrom(...options);
  /** Mostly the canonical choice, sometimes one of the others. */
  const mostly = (usual: fc.Arbitrary<string>, ...others: string[]) =>
    fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: pick(...others), weight: 1 });
  const label = mostly(
    fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
    'xn--nxasmq6b',
    'xn--a',
    '0x7f',
    '1',
    '08',
    'A',
    'ex--ample',
    '-a',
    'a-',
    'münchen',
    'ex%41mple',
    '',
  );
  const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
  const piece = mostly(
    fc.stringMatching(/^[A-Za-z0-9_~.!$&'()*+,;=:@%-]{0,8}$/),
    '.',
    '..',
    '%2e',
    '%2E%2e',
    '%41',
    '%zz',
    "'",
    '"',
    ' ',
    '\\',
    '^',
    '`',
    '{',
    '|',
    '[',
    '\t',
    'é',
    '?',
    '#',
    '//',
  );
  const part = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''));
  return fc
    .tuple(
      mostly(pick('http', 'https'), 'HTTP', 'Https', 'ftp'),
      mostly(pick('://'), '://user:pw@', '://user@', ':/', ':'),
      host,
      mostly(pick(''), ':80', ':443', ':8080', ':'),
      fc.array(part, { maxLength: 4 }).map((segments) => segments.map((segment) => `/${segment}`).join('')),
      fc.option(part.map((query) => `?${query}`)),
      fc.option(part.map((fragment) => `#${fragment}`)),
    )
    .map(([scheme, separator, name, port, path, query, fragment]) =>
      [scheme, separator, name, port, path, query ?? '', fragment ?? ''].join(''),
    );
})();

const BASE_FOR_QUICK_PATH = 'https://base.example/dir/page';

/** What the URL rule says for an http(s) URL, straight from the parser (`null`: no base). */
function parsedAnswer(value: string, base: string | null): string | undefined {
  let url: URL;
  try {
    url = base === null ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && !url.username && !url.password && url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
}

describe("contract properties: the URL rule's quick path agrees with the parser", () => {
  property(
    'a URL that skips parsing as already canonical is exactly what the parser makes of it, and safeUrl answers as the parser does',
    [nearCanonicalUrl],
    (value) => {
      if (isCanonicalHttpUrl(value) && new URL(value).href !== value) {
        throw new Error(`taken as canonical, but the parser writes ${new URL(value).href}`);
      }
      const answer = safeUrl(value, BASE_FOR_QUICK_PATH);
      if (answer !== parsedAnswer(value, BASE_FOR_QUICK_PATH))
        throw new Error(`safeUrl said ${answer}, the parser ${parsedAnswer(value, BASE_FOR_QUICK_PATH)}`);
    },
    2000,
  );

  property(
    "a source without a domain gets its URL's host name (less www.), read with or without the parser alike",
    [nearCanonicalUrl],
    (value) => {
      const href = parsedAnswer(value, null);
      const domain = normalizeSource({ name: 'Publisher', url: value }).value?.domain;
      const expected = href
        ? new URL(href).hostname.replace(/^www\./, '').slice(0, 200) || undefined
        : undefined;
      if (domain !== expected) throw new Error(`domain ${domain}, the parser's host name ${expected}`);
    },
    1000,
  );

  /** Short text of letters, spaces, other white space and controls, clean or not. */
  const textWithNoise = fc
    .array(
      fc.constantFrom(
        'a',
        'é',
        'Z',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u2028',
        '\u3000',
        '\u0000',
        '\u0085',
        '\u009f',
        '\u200b',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));
  // The rule as written before the quick path: strip controls, collapse white space, trim.
  // eslint-disable-next-line no-control-regex
  const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

  property(
    'text is cleaned alike with or without the quick path: titles collapse white space, paragraphs keep lines',
    [textWithNoise],
    (value) => {
      const { value: article } = normalizeArticle({ title: value, sections: [{ paragraphs: [value] }] });
      const title = value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
      const paragraph = value
        .replace(CONTROLS, '')
        .replace(/[ \t]+/g, ' ')
        .trim();
      if ((article?.title ?? '') !== title) throw new Error(`title ${JSON.stringify(article?.title)}`);
      const kept = article?.sections?.[0]?.paragraphs[0] ?? '';
      if (article && kept !== paragraph) throw new Error(`paragraph ${JSON.stringify(kept)}`);
    },
    2000,
  );

  it('takes the quick path for typical feed URLs, and not for others (negative control)', () => {
    const typical = [
      'https://www.theverge.com/2025/1/15/24344332/story-slug',
      'https://fortune.com/2025/01/15/a-story/?utm_source=feed&x=1#top',
      'http://news.example/images/logo.svg',
    ];
    expect(typical.map(isCanonicalHttpUrl)).to.deep.equal([true, true, true]);
    const others = [
      'HTTPS://a.example/',
      'https://a.example',
      'https://a.example:443/',
      'https://a.example/x/../y',
    ];
    expect(others.map(isCanonicalHttpUrl)).to.deep.equal([false, false, false, false]);
  });
});
