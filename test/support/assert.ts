import { expect } from '@open-wc/testing';

/**
 * A short description of a value for assertion messages: `<button part="next">` for an element.
 *
 * Why not hand the node to chai: when an assertion fails, Web Test Runner sends the error's
 * `actual` and `expected` from the browser to the runner, and a DOM node there (or an array or
 * event holding one) stops the session from ever reporting: the run ends with "Browser tests did
 * not finish". So tests compare nodes with `expectSame` and count lists by their `length`.
 */
export function describeNode(value: unknown): string {
  if (value instanceof Element) {
    const id = value.id ? `#${value.id}` : '';
    const part = value.getAttribute('part');
    return `<${value.localName}${id}${part ? ` part="${part}"` : ''}>`;
  }
  if (value instanceof Node) return value.nodeName;
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Asserts that `actual` is `expected` (the same node, or the same primitive), without handing nodes to chai. */
export function expectSame(actual: unknown, expected: unknown, what: string): void {
  expect(
    actual === expected,
    `${what}: expected ${describeNode(expected)}, got ${describeNode(actual)}`,
  ).to.equal(true);
}
