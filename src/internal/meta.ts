import { html, nothing } from 'lit';
import type { NormalizedArticle } from '../contract/article.js';
import { formatDate } from './format.js';

/** The date and "N Sources" that a card and a digest both show for a story. */
export function dateAndSources(article: NormalizedArticle, locale: string) {
  return html`${
      article.publishedAt
        ? html`<time part="date" datetime=${article.publishedAt}
            >${formatDate(article.publishedAt, locale)}</time
          >`
        : nothing
    }<source-stack
      part="sources"
      exportparts="logos, logo, monogram, count"
      .sources=${article.sources}
      .count=${article.sourceCount}
    ></source-stack>`;
}
