import { css } from 'lit';
import { cardTextHeight, compactTextHeight } from '../../parts/card-geometry.js';

export const styles = css`
  :host {
    display: block;
    /* The card paints its own surface; a backdrop would show around the rounded corners. */
    background: none;
    /* Opt-in, for long lists: off screen, a card is not laid out or painted until the reader comes
       near it; once shown, its height is remembered (auto), before that a typical card's stands
       in. Not the default: until the next frame even a card in view measures at the stand-in
       height, which would mislead a page script that measures cards as soon as they render. */
    content-visibility: var(--digest-card-content-visibility, visible);
    contain-intrinsic-block-size: auto 20rem;
  }

  :host([layout='compact']) {
    contain-intrinsic-block-size: auto 7rem;
  }

  /* Only a horizontal card asks how wide it is; a vertical or compact one is no size container,
     whose styles the browser would resolve card by card with layout. In a rail, the rail is the
     container its horizontal cards ask. */
  :host([layout='horizontal']) {
    container-type: inline-size;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  /* The title link covers the card, so the card is one target; focus shows on the whole card. */
  .card:has(.title a:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  /* Clipped, so an image whose real shape differs from the data's cannot stretch the 16:9 box. */
  .media {
    flex: none;
    overflow: hidden;
    aspect-ratio: 16 / 9;
    background: var(--_subtle);
  }

  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex: 1 0 auto;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    /* Fixed (card-geometry.ts): the skeleton, the reserve stylesheet and the card share one box. */
    height: ${cardTextHeight};
    padding: var(--_space);
  }

  .title {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    font-size: 1.0625rem;
    font-weight: 700;
    line-height: 1.3;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--digest-title-lines, 3);
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }

  .title a:focus-visible {
    outline: none;
  }

  .title a::after {
    position: absolute;
    z-index: 1;
    inset: 0;
    content: '';
  }

  .title a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  .summary {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.45;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--digest-summary-lines, 3);
  }

  /* Two rows, kept whether the date and sources fit on one or not; one row sits at the bottom. */
  .meta {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    align-content: flex-end;
    align-items: center;
    gap: 0.25rem 0.75rem;
    height: 2.75rem;
    margin-top: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .compact .body {
    height: ${compactTextHeight};
    padding: calc(var(--_space) * 0.75);
  }

  .compact .title {
    font-size: 1rem;
  }

  /* Side by side only when the card itself has the room, wherever it is placed. */
  @container (min-width: 30rem) {
    .horizontal {
      flex-direction: row;
    }

    .horizontal .body {
      flex: 1 1 0%;
    }

    .horizontal .media {
      width: 38%;
      aspect-ratio: auto;
      min-height: 100%;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }

  /* While src loads, the skeleton has the loaded card's box: its text part is the card's (.body
     above), and its image block is there when the page reserves one (--digest-card-media). */
  .skeleton .media {
    aspect-ratio: auto;
    padding-top: calc(var(--digest-card-media, 1) * 56.25%);
  }

  .skeleton .body {
    gap: 0.6rem;
  }
`;
