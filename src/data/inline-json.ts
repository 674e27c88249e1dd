import type { Normalized } from '../contract/article.js';
import { DigestElement } from '../element/digest-element.js';

/**
 * An element's inline `<script type="application/json">` child: read once it could show, and
 * followed from then on (the parser may still be adding the child, or its text, after the element
 * connects; a page may replace it). `value` is the parsed JSON, or its parse error as a problem.
 */
export class InlineJson {
  value: Normalized<unknown> | undefined;
  private text: string | null = null;
  private observer: MutationObserver | undefined;
  private following = false;
  /** Invalid JSON seen while the page is still being parsed: read again once it is. */
  private awaitingParser = false;

  constructor(private readonly host: HTMLElement & { requestUpdate(): void }) {}

  /**
   * Starts following the child. A block inside another block's shadow root always gets its data
   * as a property, never as a child.
   */
  follow(): void {
    if (this.following || !this.host.isConnected) return;
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && root.host instanceof DigestElement) return;
    this.following = true;
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.following = false;
  }

  private read(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : null;
    if (text === this.text) return;
    const parsed = text === null ? undefined : parse(text);
    const doc = this.host.ownerDocument;
    if (parsed?.value === undefined && text !== null && doc.readyState === 'loading') {
      // The parser may not have written all of the JSON yet (it yields mid-text on a slow page):
      // judged, and reported if still invalid, once the document is parsed.
      if (!this.awaitingParser) {
        this.awaitingParser = true;
        doc.addEventListener('DOMContentLoaded', () => this.read(), { once: true });
      }
      return;
    }
    this.text = text;
    this.value = parsed;
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
