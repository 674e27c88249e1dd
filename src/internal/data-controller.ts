import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Normalized } from '../contract/article.js';
import { reportProblems } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Whether the element could render everything it was given at the top level. By default that is
 * "there is a value"; a list element also counts items it had to skip.
 */
type Completeness<T> = (result: Normalized<T>, input: unknown) => boolean;

/**
 * The one data intake every data-taking element shares. It takes the element's property when
 * set, else the JSON in an inline `<script type="application/json">` child (read on connect and
 * whenever that child changes), normalizes it once per new input, and reports problems once per
 * new input after the element has rendered.
 */
export class DataController<T> implements ReactiveController {
  /** The normalized input; undefined while the element has been given nothing. */
  result: Normalized<T> | undefined;

  private inline: Normalized<unknown> | undefined;
  private inlineText: string | null = null;
  private input: unknown;
  private unreported = false;
  private complete = true;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly property: () => unknown,
    private readonly normalize: (input: unknown, baseUrl: string) => Normalized<T>,
    private readonly isComplete: Completeness<T> = (result) => result.value !== undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // The parser may still be adding the child (or its text) after the element connects.
    this.observer ??= new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    const property = this.property();
    const input = property ?? this.inline;
    if (input === this.input) return;
    this.input = input;
    if (input === undefined) {
      this.result = undefined;
      return;
    }
    const data = input === this.inline ? this.inline.value : input;
    // Inline JSON that did not parse carries its own problem and no value to normalize.
    this.result =
      input === this.inline && data === undefined
        ? { value: undefined, problems: this.inline.problems }
        : this.normalize(data, document.baseURI);
    this.complete = this.isComplete(this.result, data);
    this.unreported = true;
  }

  hostUpdated(): void {
    if (!this.unreported || !this.result) return;
    this.unreported = false;
    reportProblems(this.host, this.result.problems, this.complete);
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : null;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.inline = text === null ? undefined : parse(text);
    this.host.requestUpdate();
  }
}

function parse(text: string): Normalized<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    return { value: undefined, problems: [`inline JSON is not valid: ${(error as Error).message}`] };
  }
}
