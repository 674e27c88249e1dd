import { waitUntil } from '@open-wc/testing';

/**
 * Makes a lazy image load now. A lazy image loads when it nears the viewport, which a hidden page
 * (Web Test Runner runs two test files at once, one in a background tab) never computes. Only
 * the loading strategy changes: the element still handles the load or error itself.
 */
export function loadNow(img: HTMLImageElement | null | undefined): void {
  if (img && img.loading !== 'eager') img.loading = 'eager';
}

/**
 * Waits for a condition that depends on the network, e.g. a logo loading or failing: up to 4 s, or
 * `timeout` ms where the test allows more (a loaded machine serves images late, never not at all).
 */
export function eventually(predicate: () => unknown, message: string, timeout = 4000): Promise<void> {
  return waitUntil(predicate, message, { interval: 20, timeout });
}
