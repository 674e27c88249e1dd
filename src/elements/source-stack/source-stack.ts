import { html, nothing } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { Source } from '../../contract/article.js';
import { normalizeSources } from '../../contract/normalize.js';
import { baseStyles } from '../../internal/base.styles.js';
import { DataController } from '../../internal/data-controller.js';
import { DigestElement } from '../../internal/digest-element.js';
import { logoMark } from '../../internal/logo.js';
import { logoStyles } from '../../internal/logo.styles.js';
import { countMessage, message } from '../../internal/messages.js';
import { styles } from './source-stack.styles.js';

/**
 * A row of overlapping publisher logos and the total, "22 Sources". The total follows the
 * contract's `sourceCount` rule: `count` when given, never less than the sources listed.
 *
 * @tagname source-stack
 * @summary Publisher logos and "N Sources".
 *
 * @csspart base - The wrapper of logos and count.
 * @csspart logos - The list of logos.
 * @csspart badge - Each list item holding a logo (and its link, when `linked`).
 * @csspart logo - Each logo image.
 * @csspart monogram - Each monogram shown for a publisher without a usable logo.
 * @csspart count - The "N Sources" text.
 *
 * @cssprop --digest-logo-size - Logo diameter; the stack uses 0.8× of it. Default `24px`.
 *
 * @fires digest-error - When the sources cannot be read. Detail: `{ message, problems }`.
 */
export class SourceStack extends DigestElement {
  static override styles = [baseStyles, logoStyles, styles];

  /**
   * The publishers, in citation order, as in the article contract. Also read from an inline
   * `<script type="application/json">` child holding an array.
   */
  @property({ attribute: false }) sources?: Source[];

  /** Total number of sources, when `sources` lists only the first few. */
  @property({ type: Number }) count?: number;

  /** How many logos to show at most. */
  @property({ type: Number }) max = 4;

  /** Link each logo to its cited article. Off by default so a card has one link, not five. */
  @property({ type: Boolean }) linked = false;

  /** Logo URLs that failed to load: their publishers show monograms. */
  @state() private brokenLogos: ReadonlySet<string> = new Set();

  private readonly data = new DataController(this, {
    property: () => this.sources,
    normalize: (input, baseUrl) => normalizeSources(input, undefined, { baseUrl }),
  });

  protected override render() {
    const result = this.data.result?.value;
    const sources = result?.sources ?? [];
    const count = Math.max(
      Number.isInteger(this.count) && (this.count as number) >= 0 ? (this.count as number) : 0,
      result?.sourceCount ?? 0,
    );
    if (count === 0) return nothing;
    const max = Number.isInteger(this.max) && this.max >= 0 ? this.max : 4;
    const shown = sources.slice(0, max);
    const wording = this.wording();
    return html`<div part="base" class="stack">
      ${
        shown.length > 0
          ? html`<ul part="logos" class="logos ${this.linked ? 'linked' : ''}" role="list">
              ${shown.map((source) => {
                const mark = logoMark(source, {
                  label: message(wording, 'logo', { name: source.name }),
                  locale: wording.locale,
                  letters: 1,
                  broken: source.logo !== undefined && this.brokenLogos.has(source.logo),
                  onError: this.onLogoError,
                });
                return html`<li part="badge">
                  ${
                    this.linked && source.url
                      ? html`<a href=${source.url} title=${source.name}>${mark}</a>`
                      : mark
                  }
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <span part="count" class="count" dir="auto">${countMessage(wording, 'sources', count)}</span>
    </div>`;
  }

  /** An arrow function: one listener shared by every logo and every render. */
  private readonly onLogoError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src) this.brokenLogos = new Set(this.brokenLogos).add(src);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'source-stack': SourceStack;
  }
}
