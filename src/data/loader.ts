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
const XML_TYPE = /[/+]xml\b/i;

/**
 * The text of a body: UTF-8 when the bytes are valid UTF-8 (a feed that declares ISO-8859-1 but
 * sends UTF-8 exists), else the charset the Content-Type or the XML declaration names, else
 * windows-1252, which decodes any byte (and is what browsers read ISO-8859-1 as).
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
    const named =
      /charset\s{0,3}=\s{0,3}"?([\w.:-]{1,40})/i.exec(contentType)?.[1] ??
      /^\s{0,50}<\?xml[^>]{0,150}encoding\s{0,3}=\s{0,3}["']([\w.:-]{1,40})/.exec(head)?.[1];
    try {
      return new TextDecoder(named ?? 'windows-1252').decode(bytes);
    } catch {
      // A charset the platform does not know.
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

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
  if (!JSON_TYPE.test(type) && !XML_TYPE.test(type)) {
    throw refuse(`is not JSON or an XML feed (content-type "${type}")`);
  }
  const tooLarge = `is larger than ${options.maxBytes} bytes`;
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) throw refuse(tooLarge);
  // Count while reading too: a missing or lying Content-Length must not let a huge body through.
  let bytes = new Uint8Array(Math.min(declared > 0 ? declared : 64 * 1024, options.maxBytes));
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    if (size + chunk.value.byteLength > options.maxBytes) throw refuse(tooLarge);
    if (size + chunk.value.byteLength > bytes.length) {
      const grown = new Uint8Array(Math.min(options.maxBytes, 2 * (size + chunk.value.byteLength)));
      grown.set(bytes.subarray(0, size));
      bytes = grown;
    }
    bytes.set(chunk.value, size);
    size += chunk.value.byteLength;
  }
  const text = decodeBody(bytes.subarray(0, size), type);
  // What the body is decides, not its label: XML text goes to the feed adapters as it is.
  if (/^\uFEFF?\s{0,100}</.test(text)) return { data: text, url: response.url || url };
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
 * Loads JSON (parsed) or an XML feed (as text, for the RSS and Atom adapters) from `url`. Rejects
 * with a `LoadError` (status, timeout, neither JSON nor XML, too large, network) or, when
 * `options.signal` aborts, with an `AbortError`. Each caller's timeout is its own, even on a
 * shared request: one element's short limit does not fail the others.
 */
export function loadJson(url: string, options: LoadOptions): Promise<Loaded> {
  if (options.signal.aborted) return Promise.reject(noLongerNeeded());
  const key = `${options.credentials} ${url}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchJson(url, options, controller.signal)
      .catch((error: unknown) => {
        // Aborted only when every waiter left; nobody hears the reason then.
        throw controller.signal.aborted
          ? controller.signal.reason
          : error instanceof LoadError
            ? error
            : failure(url, `could not be loaded: ${(error as Error).message}`);
      })
      .finally(() => {
        if (inFlight.get(key) === created) inFlight.delete(key);
      });
    const created: Shared = { promise, controller, waiters: 0 };
    shared = created;
    inFlight.set(key, created);
  }
  const current = shared;
  current.waiters++;
  return new Promise<Loaded>((resolve, reject) => {
    let waiting = true;
    /** This caller stops waiting; the last one to do so aborts the request. */
    const leave = (reason: unknown) => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      current.waiters--;
      if (current.waiters === 0 && reason !== undefined) {
        current.controller.abort(reason);
        if (inFlight.get(key) === current) inFlight.delete(key);
      }
    };
    const onAbort = () => {
      const reason = noLongerNeeded();
      leave(reason);
      reject(reason);
    };
    const timer = setTimeout(() => {
      const reason = failure(url, `did not answer within ${options.timeout} ms`);
      leave(reason);
      reject(reason);
    }, options.timeout);
    options.signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (loaded) => {
        if (waiting) resolve(loaded);
        leave(undefined);
      },
      (error: unknown) => {
        if (waiting) reject(error);
        leave(undefined);
      },
    );
  });
}
