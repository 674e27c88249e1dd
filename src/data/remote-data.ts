import type { LitElement } from 'lit';
import type { StoryInputs } from './story-intake.js';
import { property } from '../element/decorators.js';
import type { Format } from '../contract/adapters/formats.js';
import { DEFAULT_TIMEOUT } from './load-limits.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an open constructor type
type Constructor<T> = new (...args: any[]) => T;

/** The attributes of an element that can load its data from a URL. */
export interface Remote {
  src?: string;
  format?: Format;
  fromPage: boolean;
  credentials: 'omit' | 'include';
  timeout: number;
}

/** Adds `src`, `format`, `credentials`, `timeout` and `from-page` to a data-taking element; its StoryIntake does the work. */
export function RemoteData<T extends Constructor<LitElement>>(Base: T): Constructor<Remote> & T {
  class RemoteElement extends Base implements Remote {
    /** URL of the JSON or XML feed to load (http or https, resolved against the page). Fetched without cookies unless `credentials="include"`. */
    @property() src?: string;

    /** `omit` (default): no cookies or HTTP auth are sent with `src`; `include`: they are, for publishers' own endpoints that need them. */
    @property() credentials: 'omit' | 'include' = 'omit';

    /**
     * The format of the data, whichever way it arrives: `digest` (article JSON), `jsonld`
     * (schema.org NewsArticle and kin), `jsonfeed` (JSON Feed 1.0/1.1), `newsapi`, `rss` (RSS 2.0,
     * 0.9x, 1.0), `atom` (Atom 1.0), `wordpress` (WordPress REST `wp/v2/posts`) or `opengraph` (a
     * page's meta tags). Detected from the data's content when absent. RSS and Atom are read in the
     * browser only (with its XML parser).
     */
    @property() format?: Format;

    /**
     * Read the story from the page itself, so an article page can show a card for itself with no
     * endpoint: its `<script type="application/ld+json">` blocks, with its Open Graph and other
     * meta tags filling what they leave out, or the meta tags alone on a page without JSON-LD.
     */
    @property({ attribute: 'from-page', type: Boolean }) fromPage = false;

    /** Milliseconds to wait for `src` before showing the error state. */
    @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;
  }
  return RemoteElement;
}

/** What an element with these attributes hands its data intake: `data` (its data property) and how to load otherwise. */
export function intakeInputs(element: Remote, data: unknown): StoryInputs {
  const { src, credentials, timeout, format, fromPage } = element;
  return { data, src, credentials, timeout, format, fromPage };
}
