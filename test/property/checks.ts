/**
 * Checks shared by the property tests. They return descriptions of what is wrong (empty when all is
 * well) instead of asserting, so a property can throw one readable message and never hand a DOM
 * node or a huge value to chai.
 */
import type { NormalizedArticle, Source } from '../../src/contract/article.js';
import { LIMITS } from '../support/documented-limits.js';

// ---------------------------------------------------------------------------------------------
// Prototype pollution

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
];

export type PrototypeSnapshot = Map<string, Map<string | symbol, unknown>>;

/** The own property names of the built-in prototypes and what each holds. */
export function snapshotPrototypes(): PrototypeSnapshot {
  const snapshot: PrototypeSnapshot = new Map();
  for (const [name, proto] of PROTOTYPES) {
    const props = new Map<string | symbol, unknown>();
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      props.set(key, 'value' in descriptor ? descriptor.value : descriptor.get);
    }
    snapshot.set(name, props);
  }
  return snapshot;
}

/** What changed on the built-in prototypes since `before`, e.g. `Object.prototype.polluted added`. */
export function prototypeChanges(before: PrototypeSnapshot): string[] {
  const after = snapshotPrototypes();
  const changes: string[] = [];
  for (const [name, props] of before) {
    const now = after.get(name) as Map<string | symbol, unknown>;
    for (const [key, value] of now) {
      if (!props.has(key)) changes.push(`${name}.${String(key)} added`);
      else if (props.get(key) !== value) changes.push(`${name}.${String(key)} changed`);
    }
    for (const key of props.keys()) if (!now.has(key)) changes.push(`${name}.${String(key)} removed`);
  }
  if (Object.getPrototypeOf(Object.prototype) !== null) changes.push('Object.prototype has a prototype');
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Mutation

interface Shallow {
  proto: unknown;
  extensible: boolean;
  keys: (string | symbol)[];
  descriptors: PropertyDescriptor[];
}

/** A shallow record of every object reachable from a value, by identity. */
export type ValueSnapshot = Map<object, Shallow>;

function shallow(object: object): Shallow {
  const keys = Reflect.ownKeys(object);
  return {
    proto: Object.getPrototypeOf(object),
    extensible: Object.isExtensible(object),
    keys,
    descriptors: keys.map((key) => Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor),
  };
}

/** `shallow(object)`, or undefined for an object that cannot be read (a proxy whose traps throw). */
function readable(object: object): Shallow | undefined {
  try {
    return shallow(object);
  } catch {
    return undefined;
  }
}

/**
 * Records every object reachable from `value` through data properties, without calling a getter.
 * Objects that cannot be read (a proxy whose traps throw) are left out, and only they: everything
 * else in the input is still checked.
 */
export function snapshotValue(value: unknown, limit = 50_000): ValueSnapshot {
  const snapshot: ValueSnapshot = new Map();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null) continue;
    if (snapshot.has(next) || snapshot.size >= limit) continue;
    const record = readable(next);
    if (record === undefined) continue;
    snapshot.set(next, record);
    for (const descriptor of record.descriptors) if ('value' in descriptor) stack.push(descriptor.value);
  }
  return snapshot;
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor): boolean =>
  Object.is(a.value, b.value) &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

/** How the objects recorded in `snapshot` differ from what they hold now. */
export function mutations(snapshot: ValueSnapshot): string[] {
  const found: string[] = [];
  for (const [object, before] of snapshot) {
    const now = readable(object);
    // A proxy that could be read before and throws now cannot be compared; it is exotic, not changed.
    if (now === undefined) continue;
    const what = Array.isArray(object) ? 'an array' : 'an object';
    if (now.proto !== before.proto) found.push(`${what}'s prototype changed`);
    if (now.extensible !== before.extensible) found.push(`${what} was made non-extensible`);
    if (now.keys.length !== before.keys.length || now.keys.some((key, index) => key !== before.keys[index])) {
      found.push(
        `${what}'s keys changed from [${before.keys.map(String).join(', ')}] to [${now.keys.map(String).join(', ')}]`,
      );
      continue;
    }
    now.descriptors.forEach((descriptor, index) => {
      if (!sameDescriptor(descriptor, before.descriptors[index] as PropertyDescriptor)) {
        found.push(`${what}'s property ${String(now.keys[index])} changed`);
      }
    });
    if (found.length > 5) break;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The URL rule on normalized data

/** Why `value` breaks the URL rule (an absolute, canonical http(s) URL without credentials; mailto when allowed). */
export function urlProblem(value: unknown, mailto: boolean): string | undefined {
  if (typeof value !== 'string') return `is a ${typeof value}, not a string`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  const allowed =
    url.protocol === 'http:' || url.protocol === 'https:' || (mailto && url.protocol === 'mailto:');
  if (!allowed) return `has the scheme ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'carries credentials';
  if (url.href !== value) return 'is not in its normalized form';
  return undefined;
}

const short = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…(${text.length} chars)` : text);
};

function sourceUrls(source: Source, path: string, out: string[]): void {
  const check = (value: unknown, where: string, mailto: boolean) => {
    if (value === undefined) return;
    const problem = urlProblem(value, mailto);
    if (problem) out.push(`${where} ${short(value)} ${problem}`);
  };
  check(source.url, `${path}.url`, true);
  check(source.logo, `${path}.logo`, false);
}

/** Every URL in a normalized article that breaks the URL rule, with its path. */
export function articleUrlViolations(article: NormalizedArticle | undefined, path = 'article'): string[] {
  const out: string[] = [];
  if (article === undefined) return out;
  const check = (value: unknown, where: string, mailto: boolean) => {
    if (value === undefined) return;
    const problem = urlProblem(value, mailto);
    if (problem) out.push(`${where} ${short(value)} ${problem}`);
  };
  check(article.url, `${path}.url`, false);
  check(article.image?.src, `${path}.image.src`, false);
  check(article.curator?.url, `${path}.curator.url`, true);
  check(article.curator?.logo, `${path}.curator.logo`, false);
  (article.sources ?? []).forEach((source, index) => sourceUrls(source, `${path}.sources[${index}]`, out));
  (article.related ?? []).forEach((story, index) =>
    out.push(...articleUrlViolations(story, `${path}.related[${index}]`)),
  );
  return out;
}

export function sourcesUrlViolations(sources: Source[] | undefined, path = 'sources'): string[] {
  const out: string[] = [];
  (sources ?? []).forEach((source, index) => sourceUrls(source, `${path}[${index}]`, out));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The shape of normalized data

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function plainObject(
  value: unknown,
  path: string,
  keys: string[],
  out: string[],
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.push(`${path} is not an object`);
    return false;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype)
    out.push(`${path} does not inherit from Object.prototype`);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || !keys.includes(key))
      out.push(`${path} has the unknown key ${String(key)}`);
  }
  return true;
}

function textProblem(value: unknown, path: string, max: number, out: string[], keepLines = false): void {
  if (value === undefined) return;
  if (typeof value !== 'string') {
    out.push(`${path} is a ${typeof value}`);
    return;
  }
  if (value === '') out.push(`${path} is empty`);
  if (value.length > max) out.push(`${path} is ${value.length} characters long, over its limit of ${max}`);
  if (value.trim() !== value) out.push(`${path} ${short(value)} is not trimmed`);
  if (CONTROL.test(value)) out.push(`${path} ${short(value)} holds control characters`);
  if (!keepLines && /\s\s|[\t\n\r]/.test(value))
    out.push(`${path} ${short(value)} has uncollapsed white space`);
}

function listOf(value: unknown, path: string, max: number, out: string[]): unknown[] {
  if (!Array.isArray(value)) {
    out.push(`${path} is not an array`);
    return [];
  }
  if (Object.getPrototypeOf(value) !== Array.prototype)
    out.push(`${path} does not inherit from Array.prototype`);
  if (value.length > max) out.push(`${path} has ${value.length} entries, over its limit of ${max}`);
  return value;
}

function countProblem(value: unknown, path: string, max: number, out: string[], required = false): void {
  if (value === undefined && !required) return;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > max ||
    Object.is(value, -0)
  ) {
    out.push(`${path} ${String(value)} is not a whole number from 0 to ${max}`);
  }
}

export function sourceShape(value: unknown, path: string, out: string[]): void {
  if (!plainObject(value, path, ['name', 'url', 'logo', 'title', 'domain'], out)) return;
  if (value.name === undefined) out.push(`${path}.name is missing`);
  textProblem(value.name, `${path}.name`, LIMITS.shortText, out);
  textProblem(value.title, `${path}.title`, LIMITS.title, out);
  textProblem(value.domain, `${path}.domain`, LIMITS.shortText, out);
  if (typeof value.domain === 'string' && value.domain !== value.domain.toLowerCase()) {
    out.push(`${path}.domain ${short(value.domain)} is not lower case`);
  }
}

/** Everything about a normalized article that is not plain, clean, bounded contract data. */
export function articleShape(value: unknown, path = 'article', withRelated = true): string[] {
  const out: string[] = [];
  const keys = [
    'id',
    'title',
    'url',
    'summary',
    'publishedAt',
    'updatedAt',
    'curator',
    'image',
    'sources',
    'sourceCount',
    'sections',
    'tags',
    'related',
  ];
  if (!plainObject(value, path, keys, out)) return out;
  if (value.title === undefined) out.push(`${path}.title is missing`);
  textProblem(value.title, `${path}.title`, LIMITS.title, out);
  textProblem(value.id, `${path}.id`, LIMITS.shortText, out);
  textProblem(value.summary, `${path}.summary`, LIMITS.summary, out);
  for (const key of ['publishedAt', 'updatedAt']) {
    const date = value[key];
    if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date)))) {
      out.push(`${path}.${key} ${short(date)} is not a date`);
    }
  }
  if (
    value.curator !== undefined &&
    plainObject(value.curator, `${path}.curator`, ['name', 'url', 'logo'], out)
  ) {
    textProblem(value.curator.name, `${path}.curator.name`, LIMITS.shortText, out);
  }
  if (
    value.image !== undefined &&
    plainObject(value.image, `${path}.image`, ['src', 'alt', 'width', 'height'], out)
  ) {
    textProblem(value.image.alt, `${path}.image.alt`, LIMITS.summary, out);
    countProblem(value.image.width, `${path}.image.width`, LIMITS.imageSide, out);
    countProblem(value.image.height, `${path}.image.height`, LIMITS.imageSide, out);
  }
  const sources = listOf(value.sources, `${path}.sources`, LIMITS.sources, out);
  sources.forEach((source, index) => sourceShape(source, `${path}.sources[${index}]`, out));
  countProblem(value.sourceCount, `${path}.sourceCount`, Number.MAX_SAFE_INTEGER, out, true);
  if (typeof value.sourceCount === 'number' && value.sourceCount < sources.length) {
    out.push(`${path}.sourceCount ${value.sourceCount} is less than the ${sources.length} sources`);
  }
  listOf(value.sections, `${path}.sections`, LIMITS.sections, out).forEach((section, index) => {
    const at = `${path}.sections[${index}]`;
    if (!plainObject(section, at, ['heading', 'paragraphs'], out)) return;
    textProblem(section.heading, `${at}.heading`, LIMITS.title, out);
    listOf(section.paragraphs, `${at}.paragraphs`, LIMITS.paragraphs, out).forEach((paragraph, n) =>
      textProblem(paragraph, `${at}.paragraphs[${n}]`, LIMITS.paragraph, out, true),
    );
  });
  const tags = listOf(value.tags, `${path}.tags`, LIMITS.tags, out);
  tags.forEach((tag, index) => textProblem(tag, `${path}.tags[${index}]`, LIMITS.shortText, out));
  if (new Set(tags).size !== tags.length) out.push(`${path}.tags has duplicates`);
  const related = listOf(value.related, `${path}.related`, LIMITS.related, out);
  if (!withRelated && related.length > 0) out.push(`${path}.related is not empty one level down`);
  related.forEach((story, index) => out.push(...articleShape(story, `${path}.related[${index}]`, false)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deep equality for normalized data (plain objects, arrays and primitives; acyclic)

/** The first path where `a` (the first pass) and `b` (the second) differ, or undefined when they are deeply equal. */
export function firstDifference(a: unknown, b: unknown, path = 'value'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: first pass ${short(a)}, second pass ${short(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: an array and a non-array`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const missing = keysA.filter((key) => !keysB.includes(key));
  const extra = keysB.filter((key) => !keysA.includes(key));
  if (missing.length > 0 || extra.length > 0) {
    return `${path}: keys [${missing.join(', ')}] only in the first pass, [${extra.join(', ')}] only in the second`;
  }
  for (const key of keysA) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (difference) return difference;
  }
  return undefined;
}

/** One line for a failure message. */
export function summarize(problems: string[], max = 5): string {
  const shown = problems.slice(0, max).join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}
