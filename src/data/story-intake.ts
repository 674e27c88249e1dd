import { isServer } from 'lit';
import type { Format } from '../contract/adapters/formats.js';
import type { PageData } from '../contract/adapters/page.js';
import type { Normalized } from '../contract/article.js';
import { safeUrl } from '../contract/url.js';
import { awaitContent } from '../element/digest-element.js';
import { warn } from '../element/events.js';
import {
  DataIntake,
  WAITING,
  type IntakeHost,
  type IntakeInputs,
  type IntakeOptions,
  type LoadState,
  type Reading,
} from './data-intake.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './load-limits.js';
import type { LoadError, LoadOptions, Loaded } from './loader.js';
import { start, type OnDemand } from './on-demand.js';
import type { Remote } from './remote-data.js';
import type { StoryFormats } from './story-formats.js';

/** What a failed `src` tells the publisher. */
type LoadProblem = Pick<LoadError, 'message' | 'url' | 'status'>;

/** How an element that shows stories takes them: its intake, and the formats it reads. */
export interface StoryIntakeOptions<T> extends IntakeOptions<T> {
  /**
   * How the element reads data in publishers' formats (JSON-LD, feeds, WordPress, page meta…) and
   * how many stories it shows from it (`storyFormats(n)`): such data is read by its format's
   * adapter, loaded when data first needs it, before normalizing.
   */
  formats: StoryFormats;
}

/** A story element's inputs: its data property and its loading attributes. */
export interface StoryInputs extends IntakeInputs, Partial<Remote> {}

/**
 * The data intake of the elements that show stories. Besides the data property and the inline
 * child, it loads JSON from `src` (which shows while nothing else can, and loses to the
 * property), reads the page itself for `from-page`, and adapts publishers' formats.
 *
 * The adapters and the page reader are loaded when an input first needs them: until one arrives
 * the element has no result and is `loading`, and its `updateComplete` waits for it and the update
 * that follows.
 */
export class StoryIntake<T> extends DataIntake<T> {
  override get state(): LoadState {
    return this.blocked ?? this.loadState;
  }

  declare protected inputs: StoryInputs | undefined;
  declare protected readonly options: StoryIntakeOptions<T>;

  /** How `src` is doing. */
  private loadState: LoadState = 'idle';
  /** Set while the input cannot be read for a module on its way (`loading`) or one that failed. */
  private blocked: LoadState | undefined;
  /** The module the intake waits for, and when its arrival has been handled. */
  private awaited: Promise<unknown> | undefined;
  private arrival: Promise<void> | undefined;
  /** Modules that failed to load for this element; "Try again" tries them again. */
  private failed: Set<OnDemand<unknown>> | undefined;

  private loaded: Loaded | undefined;
  /** `credentials src` of the current request; undefined to (re)load on the next update. */
  private requested: string | undefined;
  private request: AbortController | undefined;
  /** What the page says about itself (JSON-LD, meta tags), for `from-page`. */
  private page: PageData | undefined;
  private format: Format | undefined;

  constructor(host: IntakeHost, options: StoryIntakeOptions<T>) {
    super(host, options);
    awaitContent(host, () => this.arrival);
  }

  override hostConnected(): void {
    super.hostConnected();
    // Removed mid-request, or given a new src while away: load now.
    if (this.inputs?.src) this.host.requestUpdate();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    if (this.request) {
      this.abort();
      this.requested = undefined;
    }
  }

  override take(inputs: StoryInputs): void {
    this.syncSource(inputs);
    this.blocked = undefined;
    super.take(inputs);
  }

  /** Loads `src` again after an error (the "Try again" button), and any module that failed. */
  retry(): void {
    this.requested = undefined;
    this.failed = undefined;
    this.input = WAITING;
    this.host.requestUpdate();
  }

  /** The data property, else the JSON from `src`, else the page for `from-page`, else the inline child. */
  protected override choose(inputs: StoryInputs, inline: Normalized<unknown> | undefined): unknown {
    let input = inputs.data ?? this.loaded;
    const { formats } = this.options;
    // Lit's server renderer has no page to read.
    if (input === undefined && inputs.fromPage && !isServer) {
      const read = this.ready(formats.pageReader);
      if (!read) return WAITING;
      input = this.page ??= read();
    }
    input ??= inline;
    const format = formats.isFormat(inputs.format)
      ? inputs.format
      : input !== undefined && input === this.page
        ? 'opengraph'
        : undefined;
    // Another format reads the same input anew.
    if (format !== this.format) {
      this.format = format;
      this.input = WAITING;
    }
    return input;
  }

  /** The input's data, read by its format's adapter when it is in a publisher's format. */
  protected override read(input: unknown, inline: Normalized<unknown> | undefined): Reading | typeof WAITING {
    const { formats } = this.options;
    const loaded = input === this.loaded ? this.loaded : undefined;
    const loadedFrom = loaded?.url;
    let data = loaded ? loaded.data : this.given(input, inline);
    const reading = data === undefined ? undefined : (this.format ?? formats.detect(data));
    if (reading && reading !== 'digest') {
      const adapter = this.ready(formats.adapters[reading]);
      if (!adapter) return WAITING;
      data = formats.adapt(adapter, data);
    }
    return { data, loadedFrom };
  }

  /** Nothing is awaited for what `result` is made from now. */
  protected override taken(input: unknown): void {
    super.taken(input);
    this.awaited = this.arrival = undefined;
  }

  /**
   * `module` once it has arrived. Until then the element has no result and waits for it (or stays
   * in error when it failed), and the intake takes its inputs afresh when it arrives, so data
   * given in the meantime is what gets read.
   */
  private ready<M>(module: OnDemand<M>): M | undefined {
    if (module.value !== undefined) return module.value;
    this.result = undefined;
    this.input = WAITING;
    if (this.failed?.has(module)) {
      this.blocked = 'error';
      return undefined;
    }
    this.blocked = 'loading';
    const awaited = start(module);
    if (this.awaited === awaited) return undefined;
    this.awaited = awaited;
    this.arrival = awaited.then(
      () => this.arrived(awaited),
      (error: unknown) => {
        if (this.awaited !== awaited) return;
        (this.failed ??= new Set()).add(module);
        this.report({ message: `could not load the code to read its data: ${String(error)}` });
        this.arrived(awaited);
      },
    );
    return undefined;
  }

  private arrived(awaited: Promise<unknown>): void {
    // Data given since then needs another module, or none: this one's arrival changes nothing.
    if (this.awaited !== awaited) return;
    this.awaited = this.arrival = undefined;
    this.host.requestUpdate();
  }

  /** Starts, replaces or drops the request for `src` when it (or the credentials mode) changed. */
  private syncSource({ data, src, credentials, timeout }: StoryInputs): void {
    // An element off the page fetches nothing: nothing could abort it, nobody would see it.
    if (!this.host.isConnected) return;
    // The property wins, so while it is set there is nothing to fetch.
    const raw = data == null ? src : undefined;
    const key = raw ? `${credentials} ${raw}` : '';
    if (key === this.requested) return;
    this.requested = key;
    this.abort();
    this.loaded = undefined;
    this.loadState = 'idle';
    if (!raw) return;
    const url = safeUrl(raw, document.baseURI);
    if (!url) {
      this.fail({ message: `src "${raw.slice(0, 200)}" is not a usable http(s) URL`, url: raw });
      return;
    }
    const request = new AbortController();
    this.request = request;
    this.loadState = 'loading';
    void this.load(url, request, {
      credentials: credentials === 'include' ? 'include' : 'omit',
      timeout: Number(timeout) > 0 ? Number(timeout) : DEFAULT_TIMEOUT,
      maxBytes: DEFAULT_MAX_BYTES,
      signal: request.signal,
    });
  }

  private async load(url: string, request: AbortController, options: LoadOptions): Promise<void> {
    let loaded: Loaded | undefined;
    let problem: LoadProblem | undefined;
    let loadError: typeof LoadError | undefined;
    try {
      // The loader is fetched with the first `src`: a page without one never pays for it.
      const loader = await import('./loader.js');
      loadError = loader.LoadError;
      loaded = await loader.loadJson(url, options);
    } catch (error) {
      problem = loadError && error instanceof loadError ? error : { message: String(error), url };
    }
    // A newer src (or a removal) superseded this request: its answer is not wanted.
    if (this.request !== request) return;
    this.request = undefined;
    if (problem) {
      this.fail(problem);
    } else {
      this.loaded = loaded;
      this.loadState = 'idle';
    }
    this.host.requestUpdate();
  }

  private fail(error: LoadProblem): void {
    this.loadState = 'error';
    this.report(error);
  }

  /** Tells of a failure once the element has rendered it. */
  private report({ message, status, url }: { message: string; status?: number; url?: string }): void {
    this.afterRender(() => warn(this.host, message, { problems: [message], status, url }));
  }

  private abort(): void {
    this.request?.abort();
    this.request = undefined;
  }
}
