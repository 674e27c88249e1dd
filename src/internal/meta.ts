import { html, nothing } from 'lit';
import type { ArticleImage, NormalizedArticle } from '../contract/article.js';
import type { FormattedDate } from './format.js';
import type { Wording } from './messages.js';
import { sourcesTemplate } from './sources.js';

/**
 * A story's lead image in a box that reserves its space. Without known dimensions the box is 16:9.
 * `lazy` for images that may start off screen (cards); a digest's image is its page's main one.
 */
export function leadImage(image: ArticleImage, lazy: boolean) {
  return html`<div part="media" class="media ${image.width ? 'sized' : ''}">
    <img
      part="image"
      src=${image.src}
      alt=${image.alt ?? ''}
      width=${image.width ?? 16}
      height=${image.height ?? 9}
      loading=${lazy ? 'lazy' : 'eager'}
      decoding="async"
    />
  </div>`;
}

/** The date and "N Sources" that a card and a digest both show for a story. */
export function dateAndSources(
  article: NormalizedArticle,
  date: FormattedDate | undefined,
  wording: Wording,
  brokenLogos: ReadonlySet<string>,
  onLogoError: (event: Event) => void,
) {
  return html`${
    date
      ? html`<time part="date" datetime=${article.publishedAt ?? ''} title=${date.title ?? nothing}
          >${date.text}</time
        >`
      : nothing
  }${sourcesTemplate(
    { sources: article.sources, count: article.sourceCount, max: 4, linked: false, part: 'sources' },
    wording,
    brokenLogos,
    onLogoError,
  )}`;
}
