import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Normalized } from '../contract/article.js';
import { DigestElement } from '../element/digest-element.js';
import { emit, reportProblems } from '../element/events.js';
import { InlineJson } from './inline-json.js';

/**
 * What `choose` and `read` answer while the intake waits for a module, and `input` meanwhile: the
 * next update takes its inputs afresh.
 */
export const WAITING = Symbol('waiting');

export type IntakeHost = ReactiveControllerHost & HTMLElement;

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
  normalize: (input: unknown, baseUrl: string | undefined) => Normalized<T>;
  isComplete?: Completeness<T>;
}

/** What the element hands the intake at each update: its data property. */
export interface IntakeInputs {
  data: unknown;
}

/** What an input holds for the normalizer, and the URL it was loaded from, if it was. */
export interface Reading {
  data: unknown;
  /** Its relative URLs resolve against it, and the element announces it with `digest-load`. */
  loadedFrom?: string;
}

/**
 * `loading` while `src` is being fetched with nothing else to show, or the code to read the data
 * is; `error` when either failed.
 */
export type LoadState = 'idle' | 'loading' | 'error';

/**
 * The data intake every data-taking element shares. The element calls `take()` with its inputs
 * before each render; the intake answers with `result` and `state`. The input is the element's
 * property or, while that is unset, the JSON in an inline `<script type="application/json">`
 * child (read on connect and whenever that child changes). Each new input is normalized once, and
 * its problems are reported once, after the element has rendered.
 *
 * Elements that show stories take more inputs (`src`, publishers' formats, the page itself):
 * their StoryIntake adds them, so that the source badge and stack carry none of that code.
 */
export class DataIntake<T> implements ReactiveController {
  /** The normalized input; undefined while the element has nothing to show. */
  result: Normalized<T> | undefined;

  get state(): LoadState {
    return 'idle';
  }

  protected inputs: IntakeInputs | undefined;
  /** What `result` is made from. */
  protected input: unknown;
  /** Made once the child could show: while the data property is set it cannot. */
  private inlineJson: InlineJson | undefined;
  /** Reports to make once the element has rendered what they are about. */
  private pending: (() => void)[] | undefined;

  constructor(
    protected readonly host: IntakeHost,
    protected readonly options: IntakeOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.inputs) this.followInline(this.inputs.data);
  }

  hostDisconnected(): void {
    this.inlineJson?.stop();
  }

  /** Brings `result` and `state` up to date with the element's inputs; called from `willUpdate`. */
  take(inputs: IntakeInputs): void {
    this.inputs = inputs;
    this.followInline(inputs.data);
    const inline = this.inlineJson?.value;
    const input = this.choose(inputs, inline);
    if (input === WAITING || input === this.input) return;
    if (input === undefined) {
      this.taken(input);
      this.result = undefined;
      return;
    }
    const reading = this.read(input, inline);
    if (reading === WAITING) return;
    this.taken(input);
    const { data, loadedFrom } = reading;
    // Inline JSON that did not parse carries its own problem and no value to normalize. A server
    // has no page to resolve relative URLs against, so only absolute ones are kept there.
    const result =
      input === inline && data === undefined
        ? { value: undefined, problems: inline.problems }
        : this.options.normalize(data, loadedFrom ?? (isServer ? undefined : document.baseURI));
    const complete = (this.options.isComplete ?? ((r) => r.value !== undefined))(result, data);
    this.result = result;
    this.afterRender(() => {
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

  /** The input to read: the data property, else the inline child. */
  protected choose(inputs: IntakeInputs, inline: Normalized<unknown> | undefined): unknown {
    return inputs.data ?? inline;
  }

  /** What `input` holds for the normalizer. */
  protected read(input: unknown, inline: Normalized<unknown> | undefined): Reading | typeof WAITING {
    return { data: this.given(input, inline) };
  }

  /** The value given: the inline child's parsed JSON, or the input itself. */
  protected given(input: unknown, inline: Normalized<unknown> | undefined): unknown {
    return inline !== undefined && input === inline ? inline.value : input;
  }

  /** Records what `result` is now made from. */
  protected taken(input: unknown): void {
    this.input = input;
  }

  /** Runs `report` once the element has rendered what it is about. */
  protected afterRender(report: () => void): void {
    (this.pending ??= []).push(report);
  }

  /**
   * Follows the inline JSON child once it could show: while the property is set it cannot, so a
   * page of 1,000 cards handed objects watches nothing.
   */
  private followInline(property: unknown): void {
    if (property == null) (this.inlineJson ??= new InlineJson(this.host)).follow();
  }
}
