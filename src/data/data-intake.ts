import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Format } from '../contract/adapters/formats.js';
import type { PageData } from '../contract/adapters/page.js';
import type { Normalized } from '../contract/article.js';
import { safeUrl } from '../contract/url.js';
import { awaitContent, DigestElement } from '../element/digest-element.js';
import { emit, reportProblems, warn } from '../element/events.js';
import { InlineJson } from './inline-json.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './load-limits.js';
import type { LoadError, LoadOptions, Loaded } from './loader.js';
import { start, type OnDemand } from './on-demand.js';
import type { Remote } from './remote-data.js';
import type { StoryFormats } from './story-formats.js';

/** `input` while the intake waits for a module: the next update takes its inputs afresh. */
const WAITING = {};

/** What a failed `src` tells the publisher. */
type LoadProblem = Pick<LoadError, 'message' | 'url' | 'status'>;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Whether the element could render everything it was given at the top level. By default that is
 * "there is a value"; a list element also counts items it had to skip.
 */
type Completeness<T> = (result: Normalized<T>, input: unknown) => boolean;

/**
 * How an element class takes its data, declared once per class (its static `dataIntake`) and
 * shared by all its instances. Server rendering reads the same declaration.
 */
export interface IntakeOptions<T> {
  /** The element's data property: it wins over `src` and inline JSON when set. */
  property: string;
  /**
   * How the element reads data in publishers' formats (JSON-LD, feeds, WordPress, page meta…) and
   * how many stories it shows from it (`storyFormats(n)`): such data is read by its format's
   * adapter, loaded when data first needs it, before normalizing. Without it the data is only
   * normalized, and `format` and `from-page` mean nothing.
   */
  formats?: StoryFormats;
  normalize: (input: unknown, baseUrl: string | undefined) => Normalized<T>;
  isComplete?: Completeness<T>;
}

/** What the element hands the intake at each update: its data property and its loading attributes. */
export interface IntakeInputs extends Partial<Remote> {
  data: unknown;
}

/**
 * `loading` while `src` is being fetched with nothing else to show, or the code to read the data
 * is; `error` when either failed.
 */
export type LoadState = 'idle' | 'loading' | 'error';

/**
 * The one data intake every data-taking element shares. The element calls `take()` with its
 * inputs before each render; the intake answers with `result` and `state`. The input is, in order
 * of precedence, the element's property, the JSON loaded from `src`, or the JSON in an inline
 * `<script type="application/json">` child (read on connect and whenever that child changes; it
 * also shows while `src` loads). Each new input is adapted when it is in a publisher's format,
 * normalized once, and its problems are reported once, after the element has rendered.
 *
 * The adapters and the page reader are loaded when an input first needs them: until one arrives
 * the element has no result and is `loading`, and its `updateComplete` waits for it and the update
 * that follows.
 */
export class DataIntake<T> implements ReactiveController {
  /** The normalized input; undefined while the element has nothing to show. */
  result: Normalized<T> | undefined;

  get state(): LoadState {
    return this.blocked ?? this.loadState;
  }

  /** How `src` is doing. */
  private loadState: LoadState = 'idle';
  /** Set while the input cannot be read for a module on its way (`loading`) or one that failed. */
  private blocked: LoadState | undefined;
  /** The module the intake waits for, and when its arrival has been handled. */
  private awaited: Promise<unknown> | undefined;
  private arrival: Promise<void> | undefined;
  /** Modules that failed to load for this element; "Try again" tries them again. */
  private failed: Set<OnDemand<unknown>> | undefined;

  private inputs: IntakeInputs | undefined;
  /** Made once the child could show: while the data property is set it cannot. */
  private inlineJson: InlineJson | undefined;
  private loaded: Loaded | undefined;
  /** `credentials src` of the current request; undefined to (re)load on the next update. */
  private requested: string | undefined;
  private request: AbortController | undefined;
  private input: unknown;
  /** What the page says about itself (JSON-LD, meta tags), for `from-page`. */
  private page: PageData | undefined;
  private format: Format | undefined;
  /** Reports to make once the element has rendered what they are about. */
  private pending: (() => void)[] | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: IntakeOptions<T>,
  ) {
    host.addController(this);
    awaitContent(host, () => this.arrival);
  }

  hostConnected(): void {
    if (this.inputs) this.followInline(this.inputs.data);
    // Removed mid-request, or given a new src while away: load now.
    if (this.inputs?.src) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.inlineJson?.stop();
    if (this.request) {
      this.abort();
      this.requested = undefined;
    }
  }

  /** Brings `result` and `state` up to date with the element's inputs; called from `willUpdate`. */
  take(inputs: IntakeInputs): void {
    this.inputs = inputs;
    const property = inputs.data;
    this.followInline(property);
    const inline = this.inlineJson?.value;
    this.syncSource(property, inputs);
    this.blocked = undefined;
    let input = property ?? this.loaded;
    const { formats } = this.options;
    // Lit's server renderer has no page to read.
    if (input === undefined && inputs.fromPage && formats && !isServer) {
      const read = this.ready(formats.pageReader);
      if (!read) return;
      input = this.page ??= read();
    }
    input ??= inline;
    const format = !formats
      ? undefined
      : formats.isFormat(inputs.format)
        ? inputs.format
        : input !== undefined && input === this.page
          ? 'opengraph'
          : undefined;
    if (input === this.input && format === this.format) return;
    if (input === undefined) {
      this.taken(input, format);
      this.result = undefined;
      return;
    }
    // Loaded data resolves its relative URLs against where it came from; a server has no page to
    // resolve them against, so only absolute ones are kept there.
    const loadedFrom = input === this.loaded ? this.loaded.url : undefined;
    let data = input === this.loaded ? this.loaded.data : input === inline ? inline.value : input;
    const reading = formats && data !== undefined ? (format ?? formats.detect(data)) : undefined;
    if (formats && reading && reading !== 'digest') {
      const adapter = this.ready(formats.adapters[reading]);
      if (!adapter) return;
      data = formats.adapt(adapter, data);
    }
    this.taken(input, format);
    // Inline JSON that did not parse carries its own problem and no value to normalize.
    const result =
      input === inline && data === undefined
        ? { value: undefined, problems: inline.problems }
        : this.options.normalize(data, loadedFrom ?? (isServer ? undefined : document.baseURI));
    const complete = (this.options.isComplete ?? ((r) => r.value !== undefined))(result, data);
    this.result = result;
    (this.pending ??= []).push(() => {
      reportProblems(this.host, result.problems, complete);
      if (loadedFrom) emit(this.host, 'digest-load', { url: loadedFrom });
    });
  }

  hostUpdated(): void {
    if (this.host instanceof DigestElement) {
      this.host.holdPlaceForData(this.result === undefined && this.state === 'idle');
    }
    const pending = this.pending;
    this.pending = undefined;
    pending?.forEach((report) => report());
  }

  /** Loads `src` again after an error (the "Try again" button), and any module that failed. */
  retry(): void {
    this.requested = undefined;
    this.failed = undefined;
    this.input = WAITING;
    this.host.requestUpdate();
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

  /** Records what `result` is now made from: nothing is awaited for it. */
  private taken(input: unknown, format: Format | undefined): void {
    this.awaited = this.arrival = undefined;
    this.input = input;
    this.format = format;
  }

  private arrived(awaited: Promise<unknown>): void {
    // Data given since then needs another module, or none: this one's arrival changes nothing.
    if (this.awaited !== awaited) return;
    this.awaited = this.arrival = undefined;
    this.host.requestUpdate();
  }

  /** Starts, replaces or drops the request for `src` when it (or the credentials mode) changed. */
  private syncSource(property: unknown, { src, credentials, timeout }: IntakeInputs): void {
    // An element off the page fetches nothing: nothing could abort it, nobody would see it.
    if (!this.host.isConnected) return;
    // The property wins, so while it is set there is nothing to fetch.
    const raw = property == null ? src : undefined;
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
    (this.pending ??= []).push(() => warn(this.host, message, { problems: [message], status, url }));
  }

  /**
   * Follows the inline JSON child once it could show: while the property is set it cannot, so a
   * page of 1,000 cards handed objects watches nothing.
   */
  private followInline(property: unknown): void {
    if (property == null) (this.inlineJson ??= new InlineJson(this.host)).follow();
  }

  private abort(): void {
    this.request?.abort();
    this.request = undefined;
  }
}
