/**
 * Client side of `test-server.mjs`: unique keys for its per-key records, and reading them. Waits
 * for a count happen on the server, so they work the same in a background tab, whose timers the
 * browser throttles.
 */

export interface ApiRecord {
  /** Requests that arrived with the key. */
  hits: number;
  /** Requests still being answered. */
  pending: number;
  /** Requests that got their whole answer. */
  answered: number;
  /** Requests whose client went away before the answer was complete. */
  aborted: number;
}

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;

/** A key no other test (nor an earlier run against the same server) has used. */
export function uniqueKey(name: string): string {
  serial += 1;
  return `${run}-${name}-${serial}`;
}

/** An absolute URL on the test server. */
export function api(path: string): string {
  return new URL(path, location.origin).href;
}

/**
 * The record of `key` now, or once `count` has reached `min` (`settled`: once `min` requests
 * arrived and none is pending). The server stops waiting after 4 s and answers as things are.
 */
export async function record(key: string, count?: keyof ApiRecord | 'settled', min = 1): Promise<ApiRecord> {
  const query = new URLSearchParams({ key });
  if (count) {
    query.set('wait', count);
    query.set('min', String(min));
  }
  const response = await fetch(`/api/count-hits?${query.toString()}`, { cache: 'no-store' });
  return (await response.json()) as ApiRecord;
}
