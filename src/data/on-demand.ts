import type { Adapter, Format } from '../contract/adapters/formats.js';
import type { readPage } from '../contract/adapters/page.js';

/**
 * Code the data intake loads only when an element's data needs it: a page whose data is article
 * JSON never downloads an adapter, and a JSON-LD page none of the feed readers.
 */

/** A module loaded on demand, once per page: `value` is set once it has arrived. */
export interface OnDemand<M> {
  load: () => Promise<M>;
  value?: M;
  promise?: Promise<M>;
}

const onDemand = <M>(load: () => Promise<M>): OnDemand<M> => ({ load });

/** Starts loading `module`, or joins the load under way. A failed load is tried again next time. */
export function start<M>(module: OnDemand<M>): Promise<M> {
  return (module.promise ??= module.load().then(
    (value) => (module.value = value),
    (error: unknown) => {
      module.promise = undefined;
      throw error;
    },
  ));
}

/** Each format's adapter, a chunk of its own (helpers they share form another). */
export const ADAPTERS: Record<Exclude<Format, 'digest'>, OnDemand<Adapter>> = {
  jsonld: onDemand(async () => (await import('../contract/adapters/jsonld.js')).jsonld),
  jsonfeed: onDemand(async () => (await import('../contract/adapters/jsonfeed.js')).jsonfeed),
  newsapi: onDemand(async () => (await import('../contract/adapters/newsapi.js')).newsapi),
  rss: onDemand(async () => (await import('../contract/adapters/rss.js')).rss),
  atom: onDemand(async () => (await import('../contract/adapters/atom.js')).atom),
  wordpress: onDemand(async () => (await import('../contract/adapters/wordpress.js')).wordpress),
  opengraph: onDemand(async () => (await import('../contract/adapters/opengraph.js')).opengraph),
};

/** The page reader of `from-page`. */
export const PAGE_READER: OnDemand<typeof readPage> = onDemand(async () => {
  // What it reads goes to the Open Graph adapter: fetch both at once, not one after the other.
  start(ADAPTERS.opengraph).catch(() => undefined);
  return (await import('../contract/adapters/page.js')).readPage;
});
