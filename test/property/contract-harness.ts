/**
 * The harness shared by the contract property files (contract*.property.test.ts): the fixed seed,
 * the property runner, the subjects and the checks that a run was harmless.
 */
import fc from 'fast-check';
import type { Format } from '../../src/contract/adapters/index.js';
import { adaptArticle, adaptArticles, detectFormat } from '../../src/contract/adapters/index.js';
import type { Normalized } from '../../src/contract/article.js';
import {
  normalizeArticle,
  normalizeArticles,
  normalizeSource,
  normalizeSources,
} from '../../src/contract/normalize.js';
import { adapterInput, anyInput, anyList, articleArb, ITEM_SIZES, sourceArb } from './arbitraries.js';
import {
  mutations,
  prototypeChanges,
  snapshotPrototypes,
  snapshotValue,
  summarize,
  type PrototypeSnapshot,
} from './checks.js';

/** Fixed, so every run of the suite checks the same cases; fast-check prints it on failure. */
export const SEED = 0x5eed_2025;
export const RUNS = 300;

const options = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  seed: SEED,
  // The message then says what the property found, not only where.
  includeErrorInReport: true,
});

/** Runs one property as a test; fc.assert throws with seed, path and counterexample on failure. */
export function property<T extends unknown[]>(
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

export const FORMATS: (Format | undefined)[] = [undefined, 'digest', 'jsonld', 'jsonfeed', 'newsapi'];
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
export function harmless(run: (input: unknown) => unknown, input: unknown): unknown {
  const prototypes = snapshotPrototypes();
  const snapshot = snapshotValue(input);
  const result = run(input);
  expectNoPollution(prototypes);
  const changed = mutations(snapshot);
  if (changed.length > 0) throw new Error(`the input was mutated: ${summarize(changed)}`);
  return result;
}

export function expectNormalized(result: unknown): void {
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

export const SUBJECTS: Subject[] = [
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

export const throwIf = (problems: string[], what: string) => {
  if (problems.length > 0) throw new Error(`${what}: ${summarize(problems)}`);
};
