import { LitElement, type CSSResult } from 'lit';
import { property } from './decorators.js';
import { stylesFor } from './document-styles.js';
import { beforeFirstRender } from './first-render.js';
import { followPage, unfollowPage } from './page-watch.js';
import { localeOf } from '../i18n/locale.js';
import { languageArrival, type DigestStrings, type Language } from '../i18n/messages.js';

/**
 * What every element shares: theme and density attributes, the language it speaks and the
 * strings it says, and staying current when the page's language or the clock changes. The design
 * tokens below are read by every element; set them once on `body` (or any ancestor). Colour
 * defaults are given as light / dark.
 *
 * @cssprop --digest-font-family - Font of every block. Default: inherited from the page.
 * @cssprop --digest-color-text - Text. Default `#1b1b1f` / `#e8e9ee`.
 * @cssprop --digest-color-muted - Secondary text: summary, date, count, placeholder. Default `#5d5e66` / `#b4b6bf`.
 * @cssprop --digest-color-accent - Links, hover, focus ring. Default `#0b57d0` / `#8ab4f8`.
 * @cssprop --digest-color-surface - Cards, buttons, logo backdrop. Default `#fff` / `#202126`.
 * @cssprop --digest-color-subtle - Image and loading placeholders. Default `#f1f2f5` / `#2c2e35`.
 * @cssprop --digest-color-border - Card and button borders. Default `#d9dae0` / `#4a4c56`.
 * @cssprop --digest-color-background - Backdrop of the outermost block. Default `transparent` / `#16171b`.
 * @cssprop --digest-backdrop-padding - Room around the text of a rail or digest on its dark backdrop; `0` with a transparent background. Default: the spacing unit.
 * @cssprop --digest-radius - Corner radius. Default `12px`.
 * @cssprop --digest-space - Base spacing unit; `density="compact"` uses two thirds of it. Default `1rem`.
 * @cssprop --digest-shadow - Card shadow. Default `none`.
 * @cssprop --digest-focus-color - Focus ring colour. Default: the accent colour.
 * @cssprop --digest-focus-width - Focus ring width. Default `2px`.
 * @cssprop --digest-logo-size - Logo diameter at `size="medium"` (stacks use 0.8×). Default `24px`.
 */
export class DigestElement extends LitElement {
  /**
   * `auto` (default): light or dark as the reader's system prefers. `light` or `dark`: fixed. The
   * `--digest-color-*` tokens win over either. A block inside another follows the outer one.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** `comfortable` (default) or `compact`: tighter spacing for sidebars and dense lists. */
  @property({ reflect: true }) density?: 'comfortable' | 'compact';

  /**
   * Replacements for some of this element's strings, in any language, e.g.
   * `{ continueReading: 'More on this story' }`. Blocks inside it use them too. For every element
   * on the page, use `setDigestStrings()`.
   */
  @property({ attribute: false }) strings?: DigestStrings;

  /** Attached only for a block that holds its place, for `:state(pending)`. */
  private internals?: ElementInternals;

  /** Its first render waits (for its language, or the page's formatters being built). */
  private firstRenderWaits = false;

  /** It has been given no data yet: a page script may still hand it some. */
  private awaitingData = false;

  /** Its shadow root holds a server-rendered copy, to be cleared at this element's own first render. */
  private replacesServerCopy = false;

  /** Its shadow root held server-rendered DOM that Lit's hydrate support takes over as it is. */
  private hydrated = false;

  override connectedCallback(): void {
    super.connectedCallback();
    followPage(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) {
      // A declarative shadow root written by the server is there before the first render. With
      // Lit's hydrate support loaded, Lit takes it over as it is; without, this element renders
      // afresh in place of the server's copy, which stays shown until that render.
      if (this.shadowRoot?.firstChild) {
        if (hydrateSupportLoaded()) this.hydrated = true;
        else this.replacesServerCopy = true;
      }
      return super.createRenderRoot();
    }
    const root =
      this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.adoptedCallback();
    return root;
  }

  /** Moved to another document: its styles follow. */
  adoptedCallback(): void {
    if (!this.shadowRoot) return;
    const styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
    this.shadowRoot.adoptedStyleSheets = stylesFor(styles, this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPage(this);
  }

  /**
   * A block's first render waits for its language's strings when they are still on their way (so
   * a French block is French from its first frame), and a block already on the page for the
   * formatters the page's elements need (first-render.ts). A server-rendered copy stays shown while it waits.
   */
  protected override scheduleUpdate(): Promise<void> | undefined {
    const wait = this.hasUpdated ? undefined : this.firstRenderWait();
    if (!wait) {
      this.updateNow();
      return undefined;
    }
    this.firstRenderWaits = true;
    this.showPending();
    return wait.then(() => {
      this.firstRenderWaits = false;
      try {
        this.updateNow();
      } finally {
        this.showPending();
      }
    });
  }

  private firstRenderWait(): Promise<unknown> | undefined {
    const strings = languageArrival(localeOf(this));
    // A server-rendered copy already shows the block: only its language is worth waiting for.
    const formatting = this.replacesServerCopy ? undefined : beforeFirstRender();
    return formatting && strings ? Promise.all([formatting, strings]) : (formatting ?? strings);
  }

  private updateNow(): void {
    // The server's copy goes in the same task as the render that replaces it: no frame shows the
    // block empty.
    if (this.replacesServerCopy) {
      this.replacesServerCopy = false;
      this.shadowRoot?.replaceChildren();
      // Lit meant to render before the copy's first node, now gone.
      this.renderOptions.renderBefore = null;
    }
    // Lit's own scheduleUpdate renders synchronously and returns nothing to wait for.
    void super.scheduleUpdate();
  }

  /**
   * @internal A block given no data yet keeps the place the reserve stylesheet holds for it
   * (`:state(pending)`), so data handed over by a page script a moment later moves nothing.
   * Its data intake says so after each render.
   */
  holdPlaceForData(waiting: boolean): void {
    if (waiting === this.awaitingData) return;
    this.awaitingData = waiting;
    this.showPending();
  }

  private showPending(): void {
    try {
      // A block with a server-rendered copy already shows the server's content: nothing to hold.
      if ((this.firstRenderWaits && !this.hydrated && !this.replacesServerCopy) || this.awaitingData) {
        (this.internals ??= this.attachInternals()).states.add('pending');
      } else {
        this.internals?.states.delete('pending');
      }
    } catch {
      // No custom states in this browser (or a subclass attached internals itself): the block
      // simply has no reserved space while it waits.
    }
  }

  /**
   * Also waits for what the element's content waits for beyond its own update (the code to read
   * its data, on its way), and the update that follows, so `await el.updateComplete` sees the
   * content whichever way the data came.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let wait = contentWaits.get(this)?.(); wait; wait = contentWaits.get(this)?.()) {
      await wait;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The language and strings of this render. */
  protected language(): Language {
    const locale = localeOf(this);
    // A block whose language changed after its first render fetches the new one's strings and
    // updates when they arrive.
    void languageArrival(locale);
    return { locale, strings: this.strings };
  }
}

/** What each element's content waits for beyond its own update, as its `updateComplete` reads it. */
const contentWaits = new WeakMap<Element, () => Promise<unknown> | undefined>();

/**
 * Makes `host.updateComplete` also wait for what `wait` answers (a promise that never rejects and
 * settles after asking for the update that follows), and that update.
 */
export function awaitContent(host: Element, wait: () => Promise<unknown> | undefined): void {
  contentWaits.set(host, wait);
}

/** Lit's hydrate support (`@lit-labs/ssr-client`) registers this hook before Lit loads. */
const hydrateSupportLoaded = (): boolean => 'litElementHydrateSupport' in globalThis;
