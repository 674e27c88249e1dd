import { property } from '../../element/decorators.js';
import type { Source } from '../../contract/article.js';
import { normalizeSources } from '../../contract/normalize.js';
import { baseStyles } from '../../parts/base.styles.js';
import { DataIntake, type IntakeOptions } from '../../data/data-intake.js';
import { BrokenImages } from '../../parts/broken-images.js';
import { DigestElement } from '../../element/digest-element.js';
import { logoStyles } from '../../parts/logo.styles.js';
import { sourcesTemplate } from '../../parts/sources.js';
import { sourcesStyles } from '../../parts/sources.styles.js';
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
  static override styles = [baseStyles, logoStyles, sourcesStyles, styles];

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

  /** @internal How this class takes its data; server rendering reads it too. */
  static readonly dataIntake: IntakeOptions<{ sources: Source[]; sourceCount: number }> = {
    property: 'sources',
    normalize: (input, baseUrl) => normalizeSources(input, undefined, { baseUrl }),
  };

  private readonly data = new DataIntake(this, SourceStack.dataIntake);
  private readonly images = new BrokenImages(this);

  protected override willUpdate(): void {
    this.data.take({ data: this.sources });
  }

  protected override render() {
    const result = this.data.result?.value;
    const sources = result?.sources ?? [];
    const count = Math.max(
      Number.isInteger(this.count) && (this.count as number) >= 0 ? (this.count as number) : 0,
      result?.sourceCount ?? 0,
    );
    const max = Number.isInteger(this.max) && this.max >= 0 ? this.max : 4;
    return sourcesTemplate(
      { sources, count, max, linked: this.linked, part: 'base' },
      this.language(),
      this.images,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-stack': SourceStack;
  }
}
