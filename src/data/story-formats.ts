/**
 * How an element that shows stories reads publishers' formats (JSON-LD, feeds, WordPress, page
 * meta…): detection, and each format's adapter and the page reader of `from-page`, loaded when data
 * first needs them. Elements that show stories declare it in their `dataIntake`, read by their StoryIntake;
 * the source badge and stack, which never adapt, carry none of it.
 */
import {
  adaptWith,
  detectFormat,
  isFormat,
  type Adapter,
  type Format,
} from '../contract/adapters/formats.js';
import type { PageData } from '../contract/adapters/page.js';
import { onDemand, start, type OnDemand } from './on-demand.js';

export interface StoryFormats {
  /** How many stories the element shows: 1 takes the first article itself, more a list of at most that many. */
  stories: number;
  /** Whether the `format` attribute names a format. */
  isFormat: (value: unknown) => value is Format;
  /** Which format data is in, from its content. */
  detect: (value: unknown) => Format | undefined;
  /** Each format's adapter (digest data needs none). */
  adapters: Record<Exclude<Format, 'digest'>, OnDemand<Adapter>>;
  /** The page reader of `from-page`. */
  pageReader: OnDemand<() => PageData | undefined>;
  /** `value` read by `adapter` into the stories the element shows; undefined if reading failed. */
  adapt: (adapter: Adapter, value: unknown) => unknown;
}

/** Each format's adapter, a chunk of its own (helpers they share form others). */
export const ADAPTERS: StoryFormats['adapters'] = {
  jsonld: onDemand(async () => (await import('../contract/adapters/jsonld.js')).jsonld),
  jsonfeed: onDemand(async () => (await import('../contract/adapters/jsonfeed.js')).jsonfeed),
  newsapi: onDemand(async () => (await import('../contract/adapters/newsapi.js')).newsapi),
  rss: onDemand(async () => (await import('../contract/adapters/rss.js')).rss),
  atom: onDemand(async () => (await import('../contract/adapters/atom.js')).atom),
  wordpress: onDemand(async () => (await import('../contract/adapters/wordpress.js')).wordpress),
  opengraph: onDemand(async () => (await import('../contract/adapters/opengraph.js')).opengraph),
};

/** The page reader of `from-page`. */
export const PAGE_READER: StoryFormats['pageReader'] = onDemand(async () => {
  // What it reads goes to the Open Graph adapter: fetch both at once, not one after the other.
  start(ADAPTERS.opengraph).catch(() => undefined);
  return (await import('../contract/adapters/page.js')).readOwnPage;
});

/** The formats an element showing `stories` stories reads. */
export const storyFormats = (stories: number): StoryFormats => ({
  stories,
  isFormat,
  detect: detectFormat,
  adapters: ADAPTERS,
  pageReader: PAGE_READER,
  adapt: (adapter, value) => adaptWith(adapter, value, stories, stories === 1),
});
