import { LitElement, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from './decorators.js';
import { beforeFirstRender } from './first-render.js';
import { formatDate, type DateStyle, type FormattedDate } from '../i18n/formatters.js';
import { followPage, unfollowPage, watchClock } from './page-watch.js';
import { localeOf } from '../i18n/locale.js';
import type { DigestStrings, Language } from '../i18n/messages.js';

/** Most elements never see a logo fail: they share one empty set until one does. */
const NO_BROKEN_LOGOS: ReadonlySet<string> = new Set();

/** Copies of the styles for other documents (iframes), built once per document. */
const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * A document only takes stylesheets constructed in it, and Lit builds them in the document that
 * loaded the library. An element moved into an iframe gets copies built there; a document
 * without a window renders nothing and gets none.
 */
function sheetsFor(styles: CSSResult[], target: Document): CSSStyleSheet[] {
  if (target === document) return styles.map((style) => style.styleSheet as CSSStyleSheet);
  const Sheet = target.defaultView?.CSSStyleSheet;
  if (!Sheet) return [];
  let sheets = sheetsByDocument.get(target);
  if (!sheets) sheetsByDocument.set(target, (sheets = new Map()));
  return styles.map(({ cssText }) => {
    let sheet = sheets.get(cssText);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText);
      sheets.set(cssText, sheet);
    }
    return sheet;
  });
}

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

  /** Image URLs that failed to load: logos show monograms from then on, lead images an empty box. */
  @state() protected brokenLogos = NO_BROKEN_LOGOS;

  /**
   * Lit calls a template's listeners with the element as `this`, so this one method serves every
   * logo of every element, with no function per element.
   */
  protected onLogoError(event: Event): void {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src) this.brokenLogos = new Set(this.brokenLogos).add(src);
  }

  /** Set while rendering when a date was written relative to now, so the clock keeps it current. */
  private showsRelativeDate = false;

  /** Attached only for a first render that waits, for `:state(pending)`. */
  private internals?: ElementInternals;

  /** Its shadow root held a server-rendered copy, cleared for this element's own first render. */
  private replacesServerCopy = false;

  /** Its shadow root held server-rendered DOM that Lit's hydrate support takes over as it is. */
  protected hydrated = false;

  override connectedCallback(): void {
    super.connectedCallback();
    followPage(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) {
      const root = super.createRenderRoot();
      // Lit renders before a shadow root's existing first child, which only a server-rendered
      // (declarative) shadow root has; Lit's hydrate support, which takes such a root over, does
      // not. Without it, render afresh in place of the server's copy, in this same task, not beside it.
      if (this.renderOptions.renderBefore) {
        root.replaceChildren();
        this.renderOptions.renderBefore = null;
        this.replacesServerCopy = true;
      } else if (root.firstChild) {
        this.hydrated = true;
      }
      return root;
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
    this.shadowRoot.adoptedStyleSheets = sheetsFor(styles, this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPage(this);
  }

  /**
   * A block already on the page renders once the page's date formatting is ready (first-render.ts).
   * One whose server-rendered copy was just cleared renders at once: no frame may show it empty.
   */
  protected override scheduleUpdate(): Promise<void> | undefined {
    const wait = this.hasUpdated || this.replacesServerCopy ? undefined : beforeFirstRender();
    if (!wait) {
      // Lit's own scheduleUpdate renders synchronously and returns nothing to wait for.
      void super.scheduleUpdate();
      return undefined;
    }
    this.setPending(true);
    return wait.then(() => {
      try {
        super.scheduleUpdate();
      } finally {
        this.setPending(false);
      }
    });
  }

  private setPending(pending: boolean): void {
    try {
      if (!pending) {
        this.internals?.states.delete('pending');
      } else if (!this.hydrated) {
        // (A block being hydrated already shows the server's content: nothing to hold.)
        (this.internals ??= this.attachInternals()).states.add('pending');
      }
    } catch {
      // No custom states in this browser (or a subclass attached internals itself): the block
      // simply has no reserved space while it waits.
    }
  }

  protected override update(changed: PropertyValues): void {
    this.showsRelativeDate = false;
    super.update(changed);
    if (this.isConnected) watchClock(this, this.showsRelativeDate);
  }

  /** The language and strings of this render. */
  protected language(): Language {
    return { locale: localeOf(this), strings: this.strings };
  }

  /** A story date as this element writes it. */
  protected formatDate(
    iso: string | undefined,
    locale: string,
    style: DateStyle | undefined,
  ): FormattedDate | undefined {
    const formatted = iso === undefined ? undefined : formatDate(iso, locale, style);
    if (formatted?.relative) this.showsRelativeDate = true;
    return formatted;
  }
}
