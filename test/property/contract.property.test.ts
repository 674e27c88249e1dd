/**
 * Property-based tests of the data contract against hostile data: the normalizers and the adapters
 * never throw, never mutate their input, never touch Object.prototype, and what they let through
 * obeys the URL rule; the normalizer is idempotent.
 *
 * Every property runs with the fixed SEED (contract-harness.ts). A failure message from fast-check names the seed,
 * the path of the failing run and the shrunk counterexample; to replay it, pass `{ seed, path }`
 * (from the message) to `fc.assert` in place of `options()`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptArticle } from '../../src/contract/adapters/index.js';
import type { NormalizedArticle, Source } from '../../src/contract/article.js';
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
import { articleShape, firstDifference, sourceShape } from './checks.js';
import { materialize } from './exotic.js';
import { FORMATS, harmless, property, RUNS, SEED, throwIf } from './contract-harness.js';

before(() => {
  console.info(`contract.property.test.ts: fast-check seed ${SEED}, ${RUNS} runs per property`);
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
