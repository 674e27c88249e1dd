import { html, nothing } from 'lit';
import { property, state } from '../../element/decorators.js';
import type { Article, Curator, Source } from '../../contract/article.js';
import { backdropStyles, baseStyles } from '../../parts/base.styles.js';
import { placeholderStyles } from '../../parts/placeholder.styles.js';
import { logoStyles } from '../../parts/logo.styles.js';
import { sourcesStyles } from '../../parts/sources.styles.js';
import { articleIntake } from '../../data/article-intake.js';
import { StoryIntake } from '../../data/story-intake.js';
import { emit, type DigestShareDetail } from '../../element/events.js';
import { heading, headingLevel } from '../../parts/heading.js';
import { BrokenImages } from '../../parts/broken-images.js';
import { StoryDates } from '../../element/story-dates.js';
import { DigestElement } from '../../element/digest-element.js';
import type { DateStyle } from '../../i18n/dates.js';
import { scrollBehavior } from '../../parts/motion.js';
import { leadImage, storyDate, storySources } from '../../parts/story-parts.js';
import { intakeInputs, RemoteData } from '../../data/remote-data.js';
import { bar, renderWithoutData } from '../../data/placeholders.js';
import { message, messageAround, type Language } from '../../i18n/messages.js';
import { digestCitations, type Run } from './citations.js';
import { styles } from './story-digest.styles.js';

const STATUS_MS = 4000;

const RAIL_PARTS =
  'heading: related-heading, previous: related-previous, next: related-next, card: related-card';

/**
 * The whole story page body from one article: headline, curator, date, sources, Share, lead
 * image, summary, sections whose `[n]` markers cite the numbered sources list, and a "Continue
 * Reading" rail of `article.related`. The article comes from the `article` property or an
 * inline `<script type="application/json">` child.
 *
 * @tagname story-digest
 * @summary A full story digest with citations, sources and related stories.
 *
 * @csspart base - The `<article>` wrapper.
 * @csspart title - The headline.
 * @csspart meta - The row with curator, date, sources and Share.
 * @csspart curator - "Curated by …".
 * @csspart date - The `<time>` element.
 * @csspart sources - The logos and "N Sources" under the headline.
 * @csspart logos - Their logo list.
 * @csspart badge - Each of their list items.
 * @csspart logo - Each of their logo images.
 * @csspart monogram - Each of their monograms.
 * @csspart count - Their "N Sources" text.
 * @csspart share - The Share button.
 * @csspart share-status - The "Link copied" status.
 * @csspart share-field - The read-only field holding the link, when neither sharing nor copying is available.
 * @csspart media - The lead image's box.
 * @csspart image - The lead image.
 * @csspart summary - The summary.
 * @csspart section - Each section.
 * @csspart section-heading - Each section heading.
 * @csspart paragraph - Each paragraph.
 * @csspart citation - Each `[n]` citation.
 * @csspart source-list - The numbered sources list.
 * @csspart source-list-heading - Its "Sources" heading.
 * @csspart source - Each entry of the list.
 * @csspart source-link - The cited article's link in an entry.
 * @csspart related - The `related-rail`; its parts are exported as `related-heading`, `related-previous`, `related-next`, `related-card`.
 * @csspart error - The placeholder shown instead of an unusable article.
 *
 * @cssprop --digest-measure - Width of the text column and lead image. Default `44rem`.
 *
 * @fires digest-share - When the reader shared the story. Detail: `{ id, url, method }`, method `share`, `clipboard` or `field`.
 * @fires digest-select - From the related rail; cancel it to route inside an app, unless `newTab` is true. Detail: `{ id, url, title, position, button, ctrlKey, metaKey, shiftKey, altKey, newTab }`.
 * @fires digest-impression - From the related rail. Detail: `{ id, url, title, position }`.
 * @fires digest-error - When the article cannot be rendered. Detail: `{ message, problems }`.
 */
export class StoryDigest extends RemoteData(DigestElement) {
  static override styles = [baseStyles, placeholderStyles, backdropStyles, logoStyles, sourcesStyles, styles];

  /** The story, as in the article contract. Wins over an inline JSON child. */
  @property({ attribute: false }) article?: Article;

  /** Level of the headline, 1 to 5; section headings, the sources list and the rail use one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** How dates are written: `absolute`, `relative` or `auto` (relative within a week); the related rail follows. */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  /** Shown after the link was copied or offered; cleared after a few seconds. */
  @state() private shareStatus = '';
  @state() private showShareField = false;

  private get shareField(): HTMLInputElement | null {
    return this.renderRoot.querySelector('.share-field');
  }

  private statusTimer?: ReturnType<typeof setTimeout>;

  /** @internal How this class takes its data; server rendering reads it too. */
  static readonly dataIntake = articleIntake;

  private readonly data = new StoryIntake(this, StoryDigest.dataIntake);
  private readonly images = new BrokenImages(this);
  private readonly dates = new StoryDates(this);

  protected override willUpdate(): void {
    this.data.take(intakeInputs(this, this.article));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
  }

  protected override render() {
    const language = this.language();
    const article = this.data.result?.value;
    if (!article) {
      return renderWithoutData(
        this.data,
        language,
        html`<span class="bar title-bar long"></span><span class="bar title-bar medium"></span>${bar('short')}
          <span class="block media-block"></span>${bar('long')}${bar('long')}${bar('medium')}`,
      );
    }
    const level = headingLevel(this.headingLevel, 1, 1);
    const sub = Math.min(level + 1, 6);
    const { curator, image, sources } = article;
    const cite = digestCitations(sources.length);
    return html`<article part="base" class="digest">
      <header class="header">
        ${heading(level, article.title, 'title', undefined, 'auto')}
        <div part="meta" class="meta">
          ${curator ? this.renderCurator(curator, language) : nothing}
          ${storyDate(article.publishedAt, this.dates.format(article.publishedAt, language.locale, this.dateStyle))}
          ${storySources(article, language, this.images)}
          ${article.url ? this.renderShare(article.url, language) : nothing}
        </div>
      </header>
      ${image ? leadImage(image, false, this.images.has(image.src)) : nothing}
      ${article.summary ? html`<p part="summary" class="summary text" dir="auto">${article.summary}</p>` : nothing}
      ${article.sections.map(
        (section) =>
          html`<section part="section" class="section text">
            ${section.heading ? heading(sub, section.heading, 'section-heading', undefined, 'auto') : nothing}
            ${section.paragraphs.map(
              (paragraph) =>
                html`<p part="paragraph" dir="auto">
                  ${this.renderCitations(cite(paragraph), sources, language)}
                </p>`,
            )}
          </section>`,
      )}
      ${sources.length > 0 ? this.renderSources(sources, sub, language) : nothing}
      ${
        article.related.length > 0
          ? html`<related-rail
              part="related"
              exportparts=${RAIL_PARTS}
              heading-level=${sub}
              date-style=${this.dateStyle}
              .strings=${this.strings}
              .articles=${article.related}
            ></related-rail>`
          : nothing
      }
    </article>`;
  }

  private renderCurator(curator: Curator, language: Language) {
    const [before, after] = messageAround(language, 'curatedBy');
    const name = curator.url
      ? html`<a href=${curator.url} dir="auto">${curator.name}</a>`
      : html`<bdi>${curator.name}</bdi>`;
    return html`<span part="curator" class="curator">${before}${name}${after}</span>`;
  }

  private renderCitations(runs: Run[], sources: Source[], language: Language) {
    return runs.map((run) =>
      typeof run === 'string'
        ? run
        : html`<button
            part="citation"
            class="citation"
            type="button"
            aria-label=${message(language, 'citation', { n: run.cite, name: sources[run.cite - 1]?.name })}
            @click=${() => this.focusSource(run.cite)}
          >
            [${run.cite}]
          </button>`,
    );
  }

  private renderSources(sources: Source[], level: number, language: Language) {
    return html`<section part="source-list" class="sources text" aria-labelledby="sources-heading">
      ${heading(level, message(language, 'sourcesHeading'), 'source-list-heading', 'sources-heading')}
      <ol>
        ${sources.map(
          (source, index) =>
            html`<li part="source" id="source-${index + 1}" tabindex="-1">
              <source-badge
                size="small"
                label="visible"
                .strings=${this.strings}
                .source=${{ ...source, url: undefined }}
              ></source-badge>
              ${
                source.url
                  ? html`<a part="source-link" href=${source.url} dir="auto"
                      >${source.title ?? source.domain ?? source.url}</a
                    >`
                  : source.title
                    ? html`<span dir="auto">${source.title}</span>`
                    : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderShare(url: string, language: Language) {
    return html`<span class="share">
      <button part="share" class="pill" type="button" @click=${() => void this.share()}>
        ${message(language, 'share')}
      </button>
      <span part="share-status" class="status" role="status">${this.shareStatus}</span>
      ${
        this.showShareField
          ? html`<input
              part="share-field"
              class="share-field"
              readonly
              .value=${url}
              aria-label=${message(language, 'shareLink')}
              @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
            />`
          : nothing
      }
    </span>`;
  }

  /** Moves focus (and the view) to entry `n` of the sources list; fragment links cannot reach into a shadow root. */
  private focusSource(n: number): void {
    const entry = this.renderRoot.querySelector<HTMLElement>(`#source-${n}`);
    if (!entry) return;
    entry.focus({ preventScroll: true });
    entry.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
  }

  /** The system share sheet where there is one, else the clipboard, else the link shown selected. Never rejects. */
  private async share(): Promise<void> {
    const article = this.data.result?.value;
    if (!article?.url) return;
    const { id, url, title } = article;
    const done = (method: DigestShareDetail['method']) => emit(this, 'digest-share', { id, url, method });
    const language = this.language();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        done('share');
        return;
      } catch (error) {
        // The reader closed the sheet: nothing was shared, and nothing else should pop up.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      void this.announce(message(language, 'linkCopied'));
      done('clipboard');
      return;
    } catch {
      // No clipboard access (permissions, insecure context): offer the link to copy by hand.
    }
    this.showShareField = true;
    await this.updateComplete;
    this.shareField?.focus();
    this.shareField?.select();
    done('field');
  }

  private async announce(text: string): Promise<void> {
    // Emptied first, so a second copy within the status's lifetime is announced again.
    this.shareStatus = '';
    await this.updateComplete;
    this.shareStatus = text;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.shareStatus = ''), STATUS_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-digest': StoryDigest;
  }
}
