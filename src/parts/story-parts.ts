import { html, nothing } from 'lit';
import type { ArticleImage, NormalizedArticle } from '../contract/article.js';
import type { FormattedDate } from '../i18n/dates.js';
import type { Language } from '../i18n/messages.js';
import type { BrokenImages } from './broken-images.js';
import { sourcesTemplate } from './sources.js';

/**
 * A story's lead image in a box that reserves its space. Without known dimensions the box is 16:9.
 * `lazy` for images that may start off screen (cards), fetched after the page's own; a digest's
 * image is its page's main one, fetched early. An image that failed to load (`broken`) leaves its
 * box empty, in the neutral fill, instead of the browser's broken-image icon; the box keeps its size.
 */
export function leadImage(image: ArticleImage, lazy: boolean, broken: boolean) {
  return html`<div part="media" class=${image.width ? 'media sized' : 'media'}>
    ${
      broken
        ? nothing
        : html`<img
            part="image"
            src=${image.src}
            alt=${image.alt ?? ''}
            width=${image.width ?? 16}
            height=${image.height ?? 9}
            loading=${lazy ? 'lazy' : 'eager'}
            fetchpriority=${lazy ? 'low' : 'high'}
            decoding="async"
          />`
    }
  </div>`;
}

/** A story's date; written relative to now, it carries the absolute date as a tooltip. */
export function storyDate(iso: string | undefined, date: FormattedDate | undefined) {
  return date
    ? html`<time part="date" datetime=${iso ?? ''} title=${date.title ?? nothing}>${date.text}</time>`
    : nothing;
}

/** Logos a card and a digest show at most, overlapping, before "N Sources". */
export const STORY_LOGOS = 4;

/** The logos and "N Sources" (or the one publisher's name) that a card and a digest both show. */
export function storySources(article: NormalizedArticle, language: Language, logos: BrokenImages) {
  return sourcesTemplate(
    {
      sources: article.sources,
      count: article.sourceCount,
      max: STORY_LOGOS,
      linked: false,
      part: 'sources',
      named: true,
    },
    language,
    logos,
  );
}
