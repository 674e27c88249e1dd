import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../element/decorators.js';
import type { Article, NormalizedArticle } from '../../contract/article.js';
import { LIMITS, normalizeArticles } from '../../contract/normalize.js';
import { backdropStyles, baseStyles } from '../../parts/base.styles.js';
import { placeholderStyles } from '../../parts/placeholder.styles.js';
import { StoryIntake, type StoryIntakeOptions } from '../../data/story-intake.js';
import { storyFormats } from '../../data/story-formats.js';
import { emit, warn, type DigestSelectDetail } from '../../element/events.js';
import { heading, headingLevel } from '../../parts/heading.js';
import type { CardImpressions } from './card-impressions.js';
import { onDemand, start } from '../../data/on-demand.js';
import type { StoryCard } from '../story-card/story-card.js';
import { DigestElement } from '../../element/digest-element.js';
import type { DateStyle } from '../../i18n/dates.js';
import { scrollBehavior } from '../../parts/motion.js';
import { intakeInputs, RemoteData } from '../../data/remote-data.js';
import { bar, renderWithoutData } from '../../data/placeholders.js';
import { message } from '../../i18n/messages.js';
import { styles } from './related-rail.styles.js';

const CARD_PARTS =
  'base: card-base, media: card-media, image: card-image, title: card-title, title-link: card-title-link, summary: card-summary, meta: card-meta, date: card-date, sources: card-sources, logos: card-logos, badge: card-badge, logo: card-logo, monogram: card-monogram, count: card-count';

/** Impression counting: only rails that have rendered cards fetch it, after their first render. */
const CARD_IMPRESSIONS = onDemand(async () => (await import('./card-impressions.js')).CardImpressions);

/**
 * The "Continue Reading" block: a labelled list of story cards. In the default `scroll` layout
 * the cards sit in one keyboard-reachable row with previous/next buttons; `grid` and `list`
 * follow the room the element has, not the viewport. The stories come from the `articles`
 * property or an inline `<script type="application/json">` child holding an array.
 *
 * @tagname related-rail
 * @summary A labelled rail of related story cards, with analytics events.
 *
 * @csspart base - The wrapper of heading, buttons and list.
 * @csspart heading - The rail heading.
 * @csspart controls - The wrapper of the previous/next buttons.
 * @csspart previous - The "Previous stories" button.
 * @csspart next - The "Next stories" button.
 * @csspart scroller - The scrolling region (scroll layout).
 * @csspart list - The list of cards.
 * @csspart card - Each `story-card`; its own parts are exported as `card-base`, `card-title`, `card-title-link`, `card-summary`, `card-image`, `card-media`, `card-meta`, `card-date`, `card-sources`, `card-logos`, `card-badge`, `card-logo`, `card-monogram`, `card-count`.
 * @csspart error - The placeholder shown when no story can be rendered.
 *
 * @cssprop --digest-rail-card-width - Width of a card in the scroll layout. Default `16rem`.
 * @cssprop --digest-rail-gap - Space between cards. Default `1rem`.
 *
 * @fires digest-select - When a reader follows a card's link; cancel it (`preventDefault()`) to route inside an app instead of following the link. Detail: `{ id, url, title, position, button, ctrlKey, metaKey, shiftKey, altKey, newTab }` (position 1-based); do not cancel it when `newTab` is true.
 * @fires digest-impression - Once per card per page view, when at least half of it has been visible for a second. Detail: `{ id, url, title, position }`.
 * @fires digest-error - When stories had to be skipped (no usable title) or none could be read. Detail: `{ message, problems }`.
 */
export class RelatedRail extends RemoteData(DigestElement) {
  static override styles = [baseStyles, placeholderStyles, backdropStyles, styles];

  /** The stories, as article objects of the contract. Wins over an inline JSON child. */
  @property({ attribute: false }) articles?: Article[];

  /** Heading text. Default: the localized "Continue Reading". Empty: no visible heading; the list keeps its name. */
  @property() heading?: string;

  /** Level of the rail heading, 1 to 5; cards use one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `scroll` (one row with buttons), `grid` or `list`. */
  @property() layout: 'scroll' | 'grid' | 'list' = 'scroll';

  /** Show at most this many stories. */
  @property({ type: Number }) max?: number;

  /** How the cards write dates: `absolute`, `relative` or `auto` (relative within a week). */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  @state() private atStart = true;
  @state() private atEnd = true;

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  /** @internal How this class takes its data; server rendering reads it too. */
  static readonly dataIntake: StoryIntakeOptions<NormalizedArticle[]> = {
    property: 'articles',
    formats: storyFormats(LIMITS.related),
    normalize: (input, baseUrl) => normalizeArticles(input, { baseUrl }),
    isComplete: (result, input) =>
      result.value !== undefined &&
      result.value.length === Math.min(Array.isArray(input) ? input.length : 0, LIMITS.related),
  };

  private readonly data = new StoryIntake(this, RelatedRail.dataIntake);

  protected override willUpdate(): void {
    this.data.take(intakeInputs(this, this.articles));
  }

  /** Counts `digest-impression`s once its code has arrived. */
  private impressions?: CardImpressions;
  private impressionsArrival?: Promise<void>;
  private impressionsFailed = false;
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: watch the cards again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override render() {
    const language = this.language();
    const max = Number.isInteger(this.max) && (this.max as number) >= 0 ? (this.max as number) : Infinity;
    const stories = (this.data.result?.value ?? []).slice(0, max);
    if (stories.length === 0) {
      return this.data.result?.value
        ? nothing
        : renderWithoutData(
            this.data,
            language,
            html`<div class="top">${bar('short')}</div>
              <div class="scroller">
                <div class="placeholder-row">
                  ${[0, 1, 2].map(
                    () =>
                      html`<span class="ghost"
                        ><span class="media block"></span
                        ><span class="text">${bar('long')}${bar('medium')}</span></span
                      >`,
                  )}
                </div>
              </div>`,
          );
    }
    const layout = this.layout === 'grid' || this.layout === 'list' ? this.layout : 'scroll';
    const scroll = layout === 'scroll';
    const level = headingLevel(this.headingLevel, 2, 1);
    const title = this.heading ?? message(language, 'continueReading');
    const label = title === '' ? message(language, 'continueReading') : undefined;
    const list = html`<ul
      part="list"
      class="list"
      role="list"
      aria-labelledby=${scroll || label ? nothing : 'heading'}
      aria-label=${!scroll && label ? label : nothing}
      @digest-select=${this.onSelect}
      @focusin=${scroll ? this.onFocusIn : nothing}
    >
      ${stories.map(
        (story, index) =>
          html`<li>
            <story-card
              part="card"
              exportparts=${CARD_PARTS}
              data-position=${index + 1}
              heading-level=${Math.min(level + 1, 6)}
              layout=${layout === 'list' ? 'horizontal' : 'vertical'}
              date-style=${this.dateStyle}
              .strings=${this.strings}
              .article=${story}
            ></story-card>
          </li>`,
      )}
    </ul>`;
    return html`<div part="base" class="rail layout-${layout}">
      <div class="top">
        ${title === '' ? nothing : heading(level, title, 'heading', 'heading')}
        ${
          scroll
            ? // "‹" and "›" are mirrored characters: in right-to-left text they already point the other way.
              html`<div part="controls" class="controls ${this.atStart && this.atEnd ? 'idle' : ''}">
                <button
                  part="previous"
                  type="button"
                  aria-label=${message(language, 'previous')}
                  aria-disabled=${this.atStart ? 'true' : 'false'}
                  @click=${() => this.page(-1)}
                >
                  <span aria-hidden="true">‹</span>
                </button>
                <button
                  part="next"
                  type="button"
                  aria-label=${message(language, 'next')}
                  aria-disabled=${this.atEnd ? 'true' : 'false'}
                  @click=${() => this.page(1)}
                >
                  <span aria-hidden="true">›</span>
                </button>
              </div>`
            : nothing
        }
      </div>
      ${
        scroll
          ? html`<div
              part="scroller"
              class="scroller"
              role="group"
              tabindex="0"
              aria-labelledby=${label ? nothing : 'heading'}
              aria-label=${label ?? nothing}
              @scroll=${{ handleEvent: () => this.updateEdges(), passive: true }}
            >
              ${list}
            </div>`
          : list
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Off the page, nothing is watched: connectedCallback renders again when it comes back.
    if (!this.isConnected) return;
    if (this.scroller) {
      this.resizeObserver ??= new ResizeObserver(() => this.updateEdges());
      this.resizeObserver.observe(this.scroller);
    }
    const cards = this.cards();
    // Read the edges once the cards have rendered too (microtasks: still this task), so the one
    // layout this forces is the page as the frame will show it, and the frame's is already done.
    void Promise.allSettled(cards.map((card) => card.updateComplete)).then(() => this.updateEdges());
    this.countImpressions(cards);
  }

  private cards(): StoryCard[] {
    return Array.from(this.renderRoot.querySelectorAll('story-card'));
  }

  /** Hands the shown cards to impression counting, whose code is fetched after the first render. */
  private countImpressions(cards: StoryCard[]): void {
    if (this.impressions) {
      this.impressions.follow(cards);
      return;
    }
    if (cards.length === 0) return;
    this.impressionsArrival ??= start(CARD_IMPRESSIONS).then(
      (Impressions) => {
        this.impressions = new Impressions(this);
        // The cards shown now; a rail off the page follows them when it is back.
        if (this.isConnected) this.impressions.follow(this.cards());
      },
      (error: unknown) => {
        // The next render tries again; the publisher hears of it once.
        this.impressionsArrival = undefined;
        if (this.impressionsFailed) return;
        this.impressionsFailed = true;
        warn(this, `could not load the code that counts impressions: ${String(error)}`, {
          problems: ['could not load the code that counts impressions'],
        });
      },
    );
  }

  /** Re-dispatches a card's selection from the rail itself, with the card's position added. */
  private onSelect(event: CustomEvent<DigestSelectDetail>): void {
    event.stopPropagation();
    const position = Number((event.target as HTMLElement).dataset.position);
    // The card learns whether the reader's app cancelled the rail's event, and keeps the page.
    if (!emit(this, 'digest-select', { ...event.detail, position }, true)) event.preventDefault();
  }

  private onFocusIn(event: FocusEvent): void {
    const card = (event.target as Element).closest('li');
    card?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
      behavior: scrollBehavior(),
    });
  }

  /** Scrolls by one page of cards; focus stays on the button. */
  private page(direction: 1 | -1): void {
    const scroller = this.scroller;
    if (!scroller || (direction < 0 ? this.atStart : this.atEnd)) return;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    scroller.scrollBy({
      left: direction * (rtl ? -1 : 1) * scroller.clientWidth,
      behavior: scrollBehavior(),
    });
  }

  private updateEdges(): void {
    const scroller = this.scroller;
    if (!scroller || !this.isConnected) return;
    // In right-to-left rows scrollLeft runs from 0 down to negative values.
    const position = Math.abs(scroller.scrollLeft);
    const end = scroller.scrollWidth - scroller.clientWidth;
    this.atStart = position <= 1;
    this.atEnd = position >= end - 1;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-rail': RelatedRail;
  }
}
