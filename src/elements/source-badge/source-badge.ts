import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../../element/decorators.js';
import type { Source } from '../../contract/article.js';
import { normalizeSource } from '../../contract/normalize.js';
import { baseStyles } from '../../parts/base.styles.js';
import { DataIntake, type IntakeOptions } from '../../data/data-intake.js';
import { BrokenImages } from '../../parts/broken-images.js';
import { DigestElement } from '../../element/digest-element.js';
import { logoMark } from '../../parts/logo.js';
import { logoStyles } from '../../parts/logo.styles.js';
import { message } from '../../i18n/messages.js';
import { styles } from './source-badge.styles.js';

/**
 * One publisher's logo, linked to the cited article when its URL is safe. When the logo is
 * missing, unsafe or fails to load, a monogram of the name takes its place.
 *
 * @tagname source-badge
 * @summary A publisher's logo, or its monogram.
 *
 * @csspart base - The link (or plain wrapper when there is no safe URL).
 * @csspart logo - The logo image.
 * @csspart monogram - The initials shown when there is no usable logo.
 * @csspart name - The visible name, when `label="visible"`.
 *
 * @cssprop --digest-logo-size - Logo diameter at `size="medium"` (small is 0.8×, large 1.5×). Default `24px`.
 *
 * @fires digest-error - When the source has no usable name. Detail: `{ message, problems }`.
 */
export class SourceBadge extends DigestElement {
  static override styles = [baseStyles, logoStyles, styles];

  /** The publisher, as in the article contract: `{ name, url?, logo?, title?, domain? }`. Wins over the attributes. */
  @property({ attribute: false }) source?: Source;

  /** Publisher name, when not using the `source` property. */
  @property() name?: string;

  /** Link to the cited article, when not using the `source` property. */
  @property() href?: string;

  /** Logo URL, when not using the `source` property. */
  @property() logo?: string;

  /** Logo size. */
  @property() size: 'small' | 'medium' | 'large' = 'medium';

  /** `hidden`: the name is only the accessible name; `visible`: the name shows beside the logo. */
  @property() label: 'hidden' | 'visible' = 'hidden';

  /** The attributes as one source, rebuilt only when one of them changes so it normalizes once. */
  private fromAttributes?: Source;

  /** @internal How this class takes its data; server rendering reads it too. */
  static readonly dataIntake: IntakeOptions<Source> = {
    property: 'source',
    normalize: (input, baseUrl) => normalizeSource(input, { baseUrl }),
  };

  private readonly data = new DataIntake(this, SourceBadge.dataIntake);
  private readonly images = new BrokenImages(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('name') || changed.has('href') || changed.has('logo')) {
      this.fromAttributes =
        this.name === undefined ? undefined : { name: this.name, url: this.href, logo: this.logo };
    }
    this.data.take({ data: this.source ?? this.fromAttributes });
  }

  protected override render() {
    const source = this.data.result?.value;
    if (!source) return nothing;
    const language = this.language();
    const size = this.size === 'small' || this.size === 'large' ? this.size : 'medium';
    const visibleName = this.label === 'visible';
    const logoName = visibleName ? '' : message(language, 'logo', { name: source.name });
    const logo = logoMark(source, {
      label: logoName,
      locale: language.locale,
      letters: size === 'small' ? 1 : 2,
      broken: this.images.has(source.logo),
    });
    const content = html`${logo}${
      visibleName ? html`<span part="name" class="name" dir="auto">${source.name}</span>` : nothing
    }`;
    const classes = `badge ${size}`;
    return source.url
      ? html`<a part="base" class=${classes} href=${source.url} title=${visibleName ? nothing : source.name}
          >${content}</a
        >`
      : html`<span part="base" class=${classes}>${content}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-badge': SourceBadge;
  }
}
