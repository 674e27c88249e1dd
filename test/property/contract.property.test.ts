/**
 * Property-based tests of the data contract against hostile data: the normalizers and the adapters
 * never throw, never mutate their input, never touch Object.prototype, and what they let through
 * obeys the URL rule; the normalizer is idempotent.
 *
 * Every property runs with the fixed SEED below. A failure message from fast-check names the seed,
 * the path of the failing run and the shrunk counterexample; to replay it, pass `{ seed, path }`
 * (from the message) to `fc.assert` in place of `options()`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Format } from '../../src/contract/adapters/index.js';
import { adaptArticle, adaptArticles, detectFormat } from '../../src/contract/adapters/index.js';
import type { Normalized, NormalizedArticle, Source } from '../../src/contract/article.js';
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
import {
  articleShape,
  articleUrlViolations,
  firstDifference,
  mutations,
  prototypeChanges,
  snapshotPrototypes,
  snapshotValue,
  sourceShape,
  sourcesUrlViolations,
  summarize,
  type PrototypeSnapshot,
} from './checks.js';
import { exoticArb, materialize } from './exotic.js';
import { isCanonicalHttpUrl, safeUrl } from '../../src/contract/url.js';

/** README: a URL is at most 4,096 characters, before and after parsing. */
const MAX_URL_LENGTH = 4096;

/** Fixed, so every run of the suite checks the same cases; fast-check prints it on failure. */
export const SEED = 0x5eed_2025;
const RUNS = 300;

const options = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  seed: SEED,
  // The message then says what the property found, not only where.
  includeErrorInReport: true,
});

/** Runs one property as a test; fc.assert throws with seed, path and counterexample on failure. */
function property<T extends unknown[]>(
  name: string,
  arbitraries: { [K in keyof T]: fc.Arbitrary<T[K]> },
  predicate: (...args: T) => void,
  numRuns = RUNS,
): void {
  it(name, function () {
    this.timeout(120_000);
    const build = fc.property as unknown as (...args: unknown[]) => fc.IProperty<unknown>;
    fc.assert(build(...arbitraries, predicate), options(numRuns));
  });
}

const FORMATS: (Format | undefined)[] = [undefined, 'digest', 'jsonld', 'jsonfeed', 'newsapi'];
const formatName = (format: Format | undefined) => (format ? `format "${format}"` : 'a detected format');

/** Restores any key a run added to a built-in prototype, so one failure does not poison the rest. */
function undoPollution(before: PrototypeSnapshot): void {
  for (const [name, proto] of [
    ['Object.prototype', Object.prototype],
    ['Array.prototype', Array.prototype],
    ['String.prototype', String.prototype],
    ['Function.prototype', Function.prototype],
  ] as const) {
    const known = before.get(name);
    for (const key of Reflect.ownKeys(proto)) {
      if (!known?.has(key)) Reflect.deleteProperty(proto, key);
    }
  }
}

function expectNoPollution(before: PrototypeSnapshot): void {
  const changes = prototypeChanges(before);
  if (changes.length > 0 || 'polluted' in {}) {
    undoPollution(before);
    throw new Error(`a built-in prototype was changed: ${summarize(changes)}`);
  }
}

/**
 * Calls `run(input)` and checks that it returned without throwing, left the input exactly as it
 * was (every reachable object: keys, values, prototypes) and left the built-in prototypes alone.
 */
function harmless(run: (input: unknown) => unknown, input: unknown): unknown {
  const prototypes = snapshotPrototypes();
  const snapshot = snapshotValue(input);
  const result = run(input);
  expectNoPollution(prototypes);
  const changed = mutations(snapshot);
  if (changed.length > 0) throw new Error(`the input was mutated: ${summarize(changed)}`);
  return result;
}

function expectNormalized(result: unknown): void {
  const { problems } = result as Normalized<unknown>;
  if (!Array.isArray(problems) || !problems.every((problem) => typeof problem === 'string')) {
    throw new Error('the result has no problems list of strings');
  }
}

interface Subject {
  name: string;
  input: fc.Arbitrary<unknown>;
  run: (input: unknown, baseUrl: string | undefined, extra: unknown) => unknown;
  /** Normalizers return `{ value, problems }`. */
  normalizer: boolean;
}

const SUBJECTS: Subject[] = [
  {
    name: 'normalizeArticle',
    input: anyInput(),
    run: (input, baseUrl) => normalizeArticle(input, { baseUrl }),
    normalizer: true,
  },
  {
    name: 'normalizeArticles',
    input: anyList(articleArb(ITEM_SIZES, 1)),
    run: (input, baseUrl) => normalizeArticles(input, { baseUrl }),
    normalizer: true,
  },
  {
    name: 'normalizeSource',
    input: fc.oneof(sourceArb(), anyInput()),
    run: (input, baseUrl) => normalizeSource(input, { baseUrl }),
    normalizer: true,
  },
  {
    name: 'normalizeSources',
    input: anyList(sourceArb()),
    run: (input, baseUrl, count) => normalizeSources(input, count, { baseUrl }),
    normalizer: true,
  },
  ...FORMATS.map((format): Subject => ({
    name: `adaptArticle with ${formatName(format)}`,
    input: adapterInput(),
    run: (input) => adaptArticle(input, format),
    normalizer: false,
  })),
  ...FORMATS.map((format): Subject => ({
    name: `adaptArticles with ${formatName(format)}`,
    input: adapterInput(),
    run: (input) => adaptArticles(input, format),
    normalizer: false,
  })),
  { name: 'detectFormat', input: adapterInput(), run: (input) => detectFormat(input), normalizer: false },
];

before(() => {
  console.info(`contract.property.test.ts: fast-check seed ${SEED}, ${RUNS} runs per property`);
});

describe('contract properties: hostile plain data', () => {
  for (const subject of SUBJECTS) {
    property(
      `${subject.name} never throws, returns, leaves its input unmutated and Object.prototype untouched`,
      [subject.input, baseUrlArb, hostileNumber],
      (input, baseUrl, extra) => {
        const result = harmless((value) => subject.run(value, baseUrl, extra), input);
        if (subject.normalizer) expectNormalized(result);
      },
    );
  }
});

describe('contract properties: cycles, throwing getters and proxies', () => {
  for (const subject of SUBJECTS) {
    property(
      `${subject.name} never throws on circular objects, throwing getters and (revoked) proxies with throwing traps, writes through none of them, and leaves Object.prototype untouched`,
      [exoticArb(subject.input), baseUrlArb, hostileNumber],
      (spec, baseUrl, extra) => {
        const { value, writes } = materialize(spec);
        const result = harmless((input) => subject.run(input, baseUrl, extra), value);
        if (writes.length > 0) throw new Error(`it wrote to a proxy: ${summarize(writes)}`);
        if (subject.normalizer) expectNormalized(result);
      },
    );
  }
});

const throwIf = (problems: string[], what: string) => {
  if (problems.length > 0) throw new Error(`${what}: ${summarize(problems)}`);
};

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

describe('contract properties: normalized data is clean contract data', () => {
  property(
    'normalizeArticle returns only contract keys and types, trimmed text without controls, within LIMITS',
    [anyInput(), baseUrlArb],
    (input, baseUrl) => {
      const { value } = normalizeArticle(input, { baseUrl });
      if (value !== undefined) throwIf(articleShape(value), 'not clean contract data');
    },
  );

  property(
    'normalizeArticle(adaptArticle(x)) returns only contract keys and types, clean text within LIMITS',
    [adapterInput(), fc.constantFrom(...FORMATS), baseUrlArb],
    (input, format, baseUrl) => {
      const { value } = normalizeArticle(adaptArticle(input, format), { baseUrl });
      if (value !== undefined) throwIf(articleShape(value), 'not clean contract data');
    },
  );

  property(
    'normalizeSources returns clean sources and a sourceCount of at least their number',
    [anyList(sourceArb()), hostileNumber, baseUrlArb],
    (input, count, baseUrl) => {
      const { value } = normalizeSources(input, count, { baseUrl });
      if (value === undefined) return;
      const out: string[] = [];
      value.sources.forEach((source, index) => sourceShape(source, `sources[${index}]`, out));
      if (!Number.isInteger(value.sourceCount) || value.sourceCount < value.sources.length) {
        out.push(`sourceCount ${value.sourceCount} for ${value.sources.length} sources`);
      }
      throwIf(out, 'not clean contract data');
    },
  );
});

// The normalizer hands its own (frozen) output back as it is, so a second pass on that very object
// would compare it with itself: second passes run on a structural copy, which is normalized anew.
describe('contract properties: normalizing is idempotent', () => {
  property(
    'normalizeArticle(normalizeArticle(x).value).value deep-equals normalizeArticle(x).value',
    [anyInput(), baseUrlArb],
    (input, baseUrl) => {
      const first = normalizeArticle(input, { baseUrl }).value;
      const second = normalizeArticle(structuredClone(first), { baseUrl }).value;
      const difference = firstDifference(first, second, 'article');
      if (difference) throw new Error(`normalizing twice changed the article: ${difference}`);
    },
  );

  property(
    'normalizeArticle reports no problems for an article it normalized itself',
    [anyInput(), baseUrlArb],
    (input, baseUrl) => {
      const first = normalizeArticle(input, { baseUrl }).value;
      fc.pre(first !== undefined);
      throwIf(normalizeArticle(structuredClone(first), { baseUrl }).problems, 'problems on the second pass');
    },
  );

  property(
    'normalizeArticle is idempotent on adapted publisher data, for every format and with detection',
    [adapterInput(), fc.constantFrom(...FORMATS), baseUrlArb],
    (input, format, baseUrl) => {
      const first = normalizeArticle(adaptArticle(input, format), { baseUrl }).value;
      const second = normalizeArticle(structuredClone(first), { baseUrl }).value;
      const difference = firstDifference(first, second, 'article');
      if (difference) throw new Error(`normalizing twice changed the article: ${difference}`);
    },
  );

  property(
    'normalizeArticles(normalizeArticles(x).value).value deep-equals normalizeArticles(x).value',
    [anyList(articleArb(ITEM_SIZES, 1)), baseUrlArb],
    (input, baseUrl) => {
      const first = normalizeArticles(input, { baseUrl }).value;
      const second = normalizeArticles(structuredClone(first), { baseUrl }).value;
      const difference = firstDifference(first, second, 'articles');
      if (difference) throw new Error(`normalizing twice changed the list: ${difference}`);
    },
  );

  property(
    'normalizeSource(normalizeSource(x).value).value deep-equals normalizeSource(x).value',
    [fc.oneof(sourceArb(), anyInput()), baseUrlArb],
    (input, baseUrl) => {
      const first: Source | undefined = normalizeSource(input, { baseUrl }).value;
      const second = normalizeSource(structuredClone(first), { baseUrl }).value;
      const difference = firstDifference(first, second, 'source');
      if (difference) throw new Error(`normalizing twice changed the source: ${difference}`);
    },
  );

  property(
    'normalizeSources of its own sources and sourceCount gives them back unchanged',
    [anyList(sourceArb()), hostileNumber, baseUrlArb],
    (input, count, baseUrl) => {
      const first = normalizeSources(input, count, { baseUrl }).value;
      fc.pre(first !== undefined);
      const copy = structuredClone(first);
      const second = normalizeSources(copy.sources, copy.sourceCount, { baseUrl }).value;
      const difference = firstDifference(first, second, 'sources');
      if (difference) throw new Error(`normalizing twice changed the sources: ${difference}`);
    },
  );
});

describe('contract properties: the shrunk counterexamples, as examples', () => {
  // Found by the idempotency and clean-data properties above; each is the smallest form of one cause.
  it('normalizeArticle keeps a source url whose percent-encoded href it would itself refuse on a second pass', () => {
    const input = { title: 't', sources: [{ name: 'n', url: `https://news.example/${'é'.repeat(700)}` }] };
    const first = normalizeArticle(input).value as NormalizedArticle;
    const second = normalizeArticle(structuredClone(first));
    expect(second.problems, 'problems on the second pass').to.deep.equal([]);
    expect(second.value?.sources[0]?.url?.length).to.equal(first.sources[0]?.url?.length);
  });

  it('a normalized article passed back is returned as it is (the pass-through the copies above avoid)', () => {
    const first = normalizeArticle({ title: 't', related: [{ title: 'r' }] }).value as NormalizedArticle;
    expect(normalizeArticle(first).value).to.equal(first);
    expect(normalizeArticles(first.related).value?.[0]).to.equal(first.related[0]);
    const source = normalizeSource({ name: 'n' }).value as Source;
    expect(normalizeSource(source).value).to.equal(source);
  });

  it('normalizeSource derives a domain no longer than LIMITS.shortText (200) from a long host name', () => {
    const host = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.example`;
    const domain = normalizeSource({ name: 'n', url: `https://${host}/` }).value?.domain ?? '';
    expect(domain.length, 'domain length').to.be.at.most(200);
  });

  it('normalizeSource keeps a lower-cased domain within LIMITS.shortText (200) when lower-casing lengthens it', () => {
    const domain = normalizeSource({ name: 'n', domain: 'İ'.repeat(150) }).value?.domain ?? '';
    expect(domain.length, 'domain length').to.be.at.most(200);
  });
});

describe('contract properties: the harness itself', () => {
  it('detects a mutation and an Object.prototype change (negative control for the checks above)', () => {
    const input = { title: 'x', sources: [{ name: 'a' }] };
    const mutate = (value: unknown) => {
      ((value as { sources: { name: string }[] }).sources[0] as { name: string }).name = 'changed';
    };
    expect(() => harmless(mutate, input)).to.throw(/the input was mutated/);
    const pollute = () => {
      (Object.prototype as Record<string, unknown>).polluted = 'yes';
    };
    expect(() => harmless(pollute, {})).to.throw(/Object\.prototype\.polluted added/);
    expect('polluted' in {}).to.equal(false);
  });

  it('builds exotic inputs that really throw when read (negative control)', () => {
    const spec = {
      kind: 'proxy',
      base: { title: 'x' },
      node: 0,
      target: 0,
      keys: ['title'],
      traps: ['get'],
    } as const;
    const { value } = materialize({ ...spec, keys: [...spec.keys], traps: [...spec.traps] });
    expect(() => (value as NormalizedArticle).title).to.throw(/hostile get trap/);
  });
});
