/**
 * The one loader behind every `src` attribute. Requests for one URL (and credentials mode) that
 * overlap share a single fetch, so ten cards pointing at one feed cost one request; a fetch is
 * aborted only when every element waiting for it has given up.
 */

export interface LoadOptions {
  credentials: RequestCredentials;
  /** Milliseconds before the request is given up. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Aborts this element's interest in the result. */
  signal: AbortSignal;
}

export interface Loaded {
  data: unknown;
  /** Where the data came from after redirects: relative URLs inside it resolve against this. */
  url: string;
}

/** A load that failed in a way a publisher can act on. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface Shared {
  promise: Promise<Loaded>;
  controller: AbortController;
  waiters: number;
}

const inFlight = new Map<string, Shared>();

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './load-limits.js';

const JSON_TYPE = /[/+]json\b/i;

async function fetchJson(
  url: string,
  options: Omit<LoadOptions, 'signal'>,
  signal: AbortSignal,
): Promise<Loaded> {
  const response = await fetch(url, {
    credentials: options.credentials,
    headers: { Accept: 'application/json' },
    signal,
  });
  const reader = response.body?.getReader();
  // A refused response's body is cancelled too, or its connection stays busy (six per host).
  const refuse = (problem: string) => {
    reader?.cancel().catch(() => undefined);
    return failure(url, problem, response.status);
  };
  if (!response.ok) throw refuse(`answered HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) throw refuse(`is not JSON (content-type "${type}")`);
  const tooLarge = `is larger than ${options.maxBytes} bytes`;
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) throw refuse(tooLarge);
  // Count while reading too: a missing or lying Content-Length must not let a huge body through.
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.byteLength;
    if (size > options.maxBytes) throw refuse(tooLarge);
    text += decoder.decode(chunk.value, { stream: true });
  }
  text += decoder.decode();
  try {
    return { data: JSON.parse(text) as unknown, url: response.url || url };
  } catch (error) {
    throw failure(url, `is not valid JSON: ${(error as Error).message}`, response.status);
  }
}

/** Every loader message starts with the URL, so a publisher sees at once which request failed. */
const failure = (url: string, problem: string, status?: number) =>
  new LoadError(`${url} ${problem}`, url, status);

/** How a load rejects once the element waiting for it has given up. */
const noLongerNeeded = () => new DOMException('The element no longer needs this data.', 'AbortError');

/**
 * Loads JSON from `url`. Rejects with a `LoadError` (status, timeout, not JSON, too large,
 * network) or, when `options.signal` aborts, with an `AbortError`.
 */
export function loadJson(url: string, options: LoadOptions): Promise<Loaded> {
  if (options.signal.aborted) return Promise.reject(noLongerNeeded());
  const key = `${options.credentials} ${url}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(failure(url, `did not answer within ${options.timeout} ms`)),
      options.timeout,
    );
    const promise = fetchJson(url, options, controller.signal)
      .catch((error: unknown) => {
        // Aborted, the reason says why: the timer's LoadError, or an AbortError when every element
        // waiting gave up (then nobody hears it).
        throw controller.signal.aborted
          ? controller.signal.reason
          : error instanceof LoadError
            ? error
            : failure(url, `could not be loaded: ${(error as Error).message}`);
      })
      .finally(() => {
        clearTimeout(timer);
        if (inFlight.get(key) === created) inFlight.delete(key);
      });
    const created: Shared = { promise, controller, waiters: 0 };
    shared = created;
    inFlight.set(key, created);
  }
  const current = shared;
  current.waiters++;
  return new Promise<Loaded>((resolve, reject) => {
    const onAbort = () => {
      current.waiters--;
      if (current.waiters === 0) {
        current.controller.abort();
        inFlight.delete(key);
      }
      reject(noLongerNeeded());
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    const settle =
      <T>(outcome: (value: T) => void) =>
      (value: T) => {
        options.signal.removeEventListener('abort', onAbort);
        outcome(value);
      };
    current.promise.then(settle(resolve), settle(reject));
  });
}
