/**
 * Exotic objects for property tests: cycles, throwing getters, proxies whose traps throw, revoked
 * proxies. An arbitrary only generates a plain recipe (`Exotic`); `materialize` builds a fresh
 * object from it for each run, so fast-check can print, replay and shrink the recipe.
 */
import fc from 'fast-check';
import { ARTICLE_KEYS } from './arbitraries.js';

export type ExoticKind = 'cycle' | 'getter' | 'proxy' | 'revoked';

export const TRAPS = [
  'get',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'isExtensible',
] as const;
export type Trap = (typeof TRAPS)[number];

/** How to make `base` exotic: which node (by walk order), which keys, which traps throw. */
export interface Exotic {
  kind: ExoticKind;
  base: unknown;
  node: number;
  target: number;
  keys: string[];
  traps: Trap[];
}

export interface Materialized {
  value: unknown;
  /** Write traps (set, defineProperty, deleteProperty, setPrototypeOf, preventExtensions) that were called. */
  writes: string[];
}

const EXOTIC_KEYS = [
  ...ARTICLE_KEYS,
  'name',
  'src',
  'logo',
  'paragraphs',
  'heading',
  '@graph',
  '@type',
  '@id',
  '@list',
  'headline',
  'publisher',
  'items',
  'articles',
  'source',
  'version',
  '0',
  '1',
];

export const exoticArb = (base: fc.Arbitrary<unknown>): fc.Arbitrary<Exotic> =>
  fc.record({
    kind: fc.constantFrom<ExoticKind>('cycle', 'getter', 'proxy', 'revoked'),
    base,
    node: fc.nat({ max: 1000 }),
    target: fc.nat({ max: 1000 }),
    keys: fc.uniqueArray(fc.constantFrom(...EXOTIC_KEYS), { minLength: 1, maxLength: 4 }),
    traps: fc.subarray([...TRAPS], { minLength: 1 }),
  });

const isWalkable = (value: unknown): value is object => {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** A deep copy of a generated tree that keeps own `__proto__` keys, null prototypes and `-0`. */
export function copyTree(value: unknown, seen = new Map<object, object>()): unknown {
  if (!isWalkable(value)) return value;
  const known = seen.get(value);
  if (known) return known;
  const copy: object = Array.isArray(value)
    ? []
    : Object.create(Object.getPrototypeOf(value) as object | null);
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if ('value' in descriptor) descriptor.value = copyTree(descriptor.value, seen);
    Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}

interface Place {
  node: object;
  parent: object | undefined;
  key: string | undefined;
  ancestors: object[];
}

/** Plain objects and arrays reachable from `root`, parents first (at most `limit`). */
function places(root: object, limit = 2000): Place[] {
  const found: Place[] = [];
  const queue: Place[] = [{ node: root, parent: undefined, key: undefined, ancestors: [root] }];
  const seen = new Set<object>();
  while (queue.length > 0 && found.length < limit) {
    const place = queue.shift() as Place;
    if (seen.has(place.node)) continue;
    seen.add(place.node);
    found.push(place);
    for (const key of Object.keys(place.node)) {
      const descriptor = Object.getOwnPropertyDescriptor(place.node, key);
      const child: unknown = descriptor?.value;
      if (isWalkable(child)) {
        queue.push({
          node: child,
          parent: place.node,
          key,
          ancestors: [...place.ancestors.slice(-50), child],
        });
      }
    }
  }
  return found;
}

const define = (object: object, key: string, value: unknown): void => {
  try {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // e.g. an array's length: leave it.
  }
};

function hostileHandler(traps: Trap[], writes: string[]): ProxyHandler<object> {
  const handler: ProxyHandler<object> = {
    set: (_target, key) => {
      writes.push(`set ${String(key)}`);
      return false;
    },
    defineProperty: (_target, key) => {
      writes.push(`defineProperty ${String(key)}`);
      return false;
    },
    deleteProperty: (_target, key) => {
      writes.push(`deleteProperty ${String(key)}`);
      return false;
    },
    setPrototypeOf: () => {
      writes.push('setPrototypeOf');
      return false;
    },
    preventExtensions: () => {
      writes.push('preventExtensions');
      return false;
    },
  };
  for (const trap of traps) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new Error(`hostile ${trap} trap`);
    };
  }
  return handler;
}

/** Builds a fresh exotic value from its recipe. */
export function materialize(spec: Exotic): Materialized {
  const writes: string[] = [];
  let root = copyTree(spec.base);
  if (!isWalkable(root)) root = { title: 'Exotic', summary: root };
  const all = places(root as object);
  const place = all[spec.node % all.length] as Place;
  const { node } = place;
  const keys = Array.isArray(node) ? ['0', ...spec.keys.filter((key) => /^\d+$/.test(key))] : spec.keys;
  const replace = (replacement: unknown) => {
    if (place.parent === undefined || place.key === undefined) root = replacement;
    else define(place.parent, place.key, replacement);
  };
  switch (spec.kind) {
    case 'cycle': {
      const target = place.ancestors[spec.target % place.ancestors.length] as object;
      for (const key of keys) {
        const existing = Object.getOwnPropertyDescriptor(node, key)?.value as unknown;
        if (Array.isArray(existing)) existing.push(target);
        else define(node, key, key === 'related' || key === 'sources' ? [target] : target);
      }
      // And a cycle through the root, wherever the node is.
      if (Array.isArray(node)) node.push(root);
      else define(node, 'related', [root, node]);
      break;
    }
    case 'getter':
      for (const key of keys) {
        try {
          Object.defineProperty(node, key, {
            get() {
              throw new Error(`hostile getter ${key}`);
            },
            enumerable: true,
            configurable: true,
          });
        } catch {
          // Not configurable (an array's length): leave it.
        }
      }
      break;
    case 'proxy':
      replace(new Proxy(node, hostileHandler(spec.traps, writes)));
      break;
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable(node, hostileHandler([], writes));
      revoke();
      replace(proxy);
      break;
    }
  }
  return { value: root, writes };
}

/** A value for a run: plain generated data, or an exotic version of it. */
export type Given = { kind: 'plain'; base: unknown } | Exotic;

export const givenArb = (base: fc.Arbitrary<unknown>, plainWeight = 3): fc.Arbitrary<Given> =>
  fc.oneof(
    { weight: plainWeight, arbitrary: base.map((value): Given => ({ kind: 'plain', base: value })) },
    { weight: 1, arbitrary: exoticArb(base) },
  );

/** A fresh value from its recipe. */
export function build(given: Given): Materialized {
  return given.kind === 'plain' ? { value: copyTree(given.base), writes: [] } : materialize(given);
}
