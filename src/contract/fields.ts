/**
 * The one set of defensive readers for data from outside, shared by the normalizer and the
 * adapters. None of them (but `asFields`, on a revoked proxy) throws, mutates its input or reads an inherited property: a getter or
 * proxy trap that throws counts as an absent value, and `{ __proto__: { title } }` has no title.
 */

export type Fields = Record<string, unknown>;

/**
 * `value` as an object of named fields (not an array), or undefined. A revoked proxy throws here,
 * so its reader can say the value "could not be read".
 */
export function asFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** `value` as an array, or undefined. */
export function asList(value: unknown): unknown[] | undefined {
  try {
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One own field of `value` (anything: non-objects have none), or undefined. */
export function own(value: unknown, key: string): unknown {
  try {
    const fields = asFields(value);
    return fields && Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
  } catch {
    return undefined;
  }
}
