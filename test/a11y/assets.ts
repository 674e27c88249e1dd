/**
 * Storybook serves stories/assets/ at /assets (`staticDirs` in .storybook/main.ts); the stories
 * point at it as `./assets/…` (relative to the canvas page) or `/assets/…`, and so does the JSON
 * Feed they load (its `icon`). Web Test Runner serves the repository itself, where those files
 * live at /stories/assets/. Without a mapping every logo would fail and turn into a monogram, and
 * the lead image would be a broken image: axe would then check different markup from the one the
 * stories show. So story args are rewritten to the served path, and fetches of /assets/… are
 * answered as Storybook would (with any asset path inside a JSON body mapped too).
 *
 * Storybook's own special URLs keep theirs: the request that never answers (stories/slow-network.ts
 * recognises it by its path) and the logo that is meant to 404 (MISSING_LOGO, not under /assets).
 */
import feed from '../../stories/assets/feed.json';
import { NEVER_ANSWERS } from '../../stories/slow-network.js';

const STORYBOOK_PREFIXES = ['./assets/', '/assets/'];
const SERVED_AT = '/stories/assets/';

/** Where Web Test Runner serves a Storybook asset URL; any other string as it is. */
export function servedAsset(url: string): string {
  if (url === NEVER_ANSWERS) return url;
  const prefix = STORYBOOK_PREFIXES.find((candidate) => url.startsWith(candidate));
  return prefix ? SERVED_AT + url.slice(prefix.length) : url;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** A deep copy of story args with every Storybook asset URL in them mapped to where it is served. */
export function withServedAssets<T>(value: T): T {
  if (typeof value === 'string') return servedAsset(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withServedAssets(item)) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withServedAssets(item)])) as T;
  }
  return value;
}

/**
 * The JSON files in stories/assets/, by name. Web Test Runner's esbuild plugin serves every .json
 * file as a JavaScript module, so fetching the file would answer JavaScript; imported here, the
 * plugin hands over the data, which is answered as Storybook's static server would: as JSON.
 */
const JSON_ASSETS: Record<string, unknown> = { 'feed.json': feed };

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let installed = false;

/**
 * Wraps `window.fetch` (after stories/slow-network.ts has wrapped it) so a request for a Storybook
 * asset gets what Storybook would answer: a JSON asset with its asset URLs mapped (404 for a JSON
 * file that is not there, as for the "Failed src" story), any other asset from where it is served.
 * A request for the URL that never answers goes on to slow-network.ts unchanged.
 */
export function serveStorybookAssets(): void {
  if (installed) return;
  installed = true;
  const previous = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const served = servedAsset(url.pathname);
    if (url.origin !== location.origin || !served.startsWith(SERVED_AT)) return previous(input, init);
    init?.signal?.throwIfAborted();
    const name = served.slice(SERVED_AT.length);
    if (name.endsWith('.json')) {
      return name in JSON_ASSETS
        ? json(withServedAssets(JSON_ASSETS[name]), 200)
        : json({ error: `no asset ${name}` }, 404);
    }
    return previous(new URL(served + url.search, location.href).href, init);
  };
}
