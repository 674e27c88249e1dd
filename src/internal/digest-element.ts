import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate, type DateStyle, type FormattedDate } from './format.js';
import { goLive, leave, watchClock } from './live.js';
import { localeOf } from './locale.js';
import type { DigestStrings, Wording } from './messages.js';

/**
 * What every element shares: theme and density attributes, the language it speaks and the
 * strings it says, and staying current when the page's language or the clock changes.
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

  /** Set while rendering when a date was written relative to now, so the clock keeps it current. */
  private showsRelativeDate = false;

  override connectedCallback(): void {
    super.connectedCallback();
    goLive(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leave(this);
  }

  protected override update(changed: PropertyValues): void {
    this.showsRelativeDate = false;
    super.update(changed);
    if (this.isConnected) watchClock(this, this.showsRelativeDate);
  }

  /** The language and strings of this render. */
  protected wording(): Wording {
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
