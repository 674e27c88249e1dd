import { html, nothing } from 'lit';
import { property } from '../../element/decorators.js';
import type { Article } from '../../contract/article.js';
import { baseStyles } from '../../parts/base.styles.js';
import { placeholderStyles } from '../../parts/placeholder.styles.js';
import { logoStyles } from '../../parts/logo.styles.js';
import { sourcesStyles } from '../../parts/sources.styles.js';
import { articleIntake } from '../../data/article-intake.js';
import { StoryIntake } from '../../data/story-intake.js';
import { selectStory } from '../../element/select-story.js';
import { heading, headingLevel, linkedTitle } from '../../parts/heading.js';
import { BrokenImages } from '../../parts/broken-images.js';
import { StoryDates } from '../../element/story-dates.js';
import { DigestElement } from '../../element/digest-element.js';
import type { DateStyle } from '../../i18n/dates.js';
import { leadImage, storyDate, storySources } from '../../parts/story-parts.js';
import { intakeInputs, RemoteData } from '../../data/remote-data.js';
import { bar, renderWithoutData } from '../../data/placeholders.js';
import { styles } from './story-card.styles.js';

/** Each layout's class list, written once: text around a class binding keeps an array per card. */
const CARD_CLASSES = { vertical: 'card vertical', horizontal: 'card horizontal', compact: 'card compact' };

/**
 * One story: lead image, headline linked to the story, summary, date, and the publishers it
 * draws on. The article comes from the `article` property or from an inline
 * `<script type="application/json">` child. The whole card is one link target; its title is the
 * only tab stop.
 *
 * @tagname story-card
 * @summary A story from article JSON, with its sources.
 *
 * @csspart base - The `<article>` wrapper.
 * @csspart media - The box that reserves the image's space.
 * @csspart image - The lead image.
 * @csspart title - The heading.
 * @csspart title-link - The link inside the heading.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The row with date and sources.
 * @csspart date - The `<time>` element.
 * @csspart sources - The logos and "N Sources".
 * @csspart logos - The logo list.
 * @csspart badge - Each logo's list item.
 * @csspart logo - Each logo image.
 * @csspart monogram - Each monogram shown for a publisher without a usable logo.
 * @csspart count - The "N Sources" text.
 * @csspart error - The placeholder shown instead of an unusable article.
 *
 * @cssprop --digest-title-lines - Lines the title is clamped to. Default `3`.
 * @cssprop --digest-summary-lines - Lines the summary is clamped to. Default `3`.
 * @cssprop --digest-card-media - `1`: the page's stories have lead images, and a 16:9 box is reserved for one from first paint (reserve stylesheet, loading skeleton); `0`: none is. The image is the only part of a story that changes a card's height: set it to match the stories. Default `1`.
 * @cssprop --digest-card-text-height - Height of the text part, the same whatever the story holds (title and summary clamped, a two-row meta). Default: padding and gaps (`--digest-space`), the title's and summary's lines and the meta, about 14rem (compact: 8.65rem).
 * @cssprop --digest-card-content-visibility - `auto` for long lists: a card off screen is not laid out or painted until the reader comes near it, and measures 20rem tall (compact: 7rem) until first shown. Cards in a rail are always laid out. Default `visible`.
 *
 * @fires digest-select - When the reader follows the title link. Cancel it (`preventDefault()`) to route inside an app instead of following the link. Detail: `{ id, url, title, button, ctrlKey, metaKey, shiftKey, altKey, newTab }`; do not cancel it when `newTab` is true.
 * @fires digest-error - When the article cannot be rendered. Detail: `{ message, problems }`.
 */
export class StoryCard extends RemoteData(DigestElement) {
  static override styles = [baseStyles, placeholderStyles, logoStyles, sourcesStyles, styles];

  /** The story, as in the article contract. Wins over an inline JSON child. */
  @property({ attribute: false }) article?: Article;

  /** Level of the title heading, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** `vertical` (image above), `horizontal` (image beside) or `compact` (no image, no summary). */
  @property() layout: 'vertical' | 'horizontal' | 'compact' = 'vertical';

  /** How dates are written: `absolute` ("Wed, 15 Jan, 8:02 AM"), `relative` ("3 hours ago") or `auto` (relative within a week). */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  /** @internal How this class takes its data; server rendering reads it too. */
  static readonly dataIntake = articleIntake;

  private readonly data = new StoryIntake(this, StoryCard.dataIntake);
  private readonly images = new BrokenImages(this);
  private readonly dates = new StoryDates(this);

  constructor() {
    super();
    // On the card, not on its link: one listener each, however the card renders (a link's own
    // listeners would be template parts that every card on a page pays for).
    this.addEventListener('click', StoryCard.selectOnLink);
    this.addEventListener('auxclick', StoryCard.selectOnLink);
  }

  protected override willUpdate(): void {
    this.data.take(intakeInputs(this, this.article));
  }

  protected override render() {
    const language = this.language();
    const article = this.data.result?.value;
    const layout = this.layout === 'horizontal' || this.layout === 'compact' ? this.layout : 'vertical';
    if (!article) {
      return renderWithoutData(
        this.data,
        language,
        html`<div class="card ${layout}">
          ${layout === 'compact' ? nothing : html`<span class="media block"></span>`}
          <div class="body">
            ${bar('long')}${bar('medium')}${layout === 'compact' ? nothing : bar('long')}${bar('short')}
          </div>
        </div>`,
      );
    }
    const full = layout !== 'compact';
    const image = full ? article.image : undefined;
    const level = headingLevel(this.headingLevel, 3, 2);
    const summary = full ? article.summary : undefined;
    const date = this.dates.format(article.publishedAt, language.locale, this.dateStyle);
    const sources = storySources(article, language, this.images);
    return html`<article part="base" class=${CARD_CLASSES[layout]}>
      ${image ? leadImage(image, true, this.images.has(image.src)) : nothing}
      <div class="body">
        ${article.url ? linkedTitle(level, article.url, article.title) : heading(level, article.title, 'title', undefined, 'auto')}
        ${summary ? html`<p part="summary" class="summary" dir="auto">${summary}</p>` : nothing}
        <div part="meta" class="meta">${storyDate(article.publishedAt, date)} ${sources}</div>
      </div>
    </article>`;
  }

  /**
   * The reader followed the title link (a middle click opens it in a new tab: a selection too,
   * for analytics). An app that routes by itself cancels `digest-select`; then the link is not
   * followed.
   */
  private static selectOnLink(this: HTMLElement, event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const target = event.composedPath()[0] as Element;
    if (!target.closest?.('[part~="title-link"]')) return;
    const card = this as StoryCard;
    const article = card.data.result?.value;
    if (article?.url) selectStory(card, { id: article.id, url: article.url, title: article.title }, event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-card': StoryCard;
  }
}
