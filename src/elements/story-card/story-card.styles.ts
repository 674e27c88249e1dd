import { css } from 'lit';

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
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
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
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--digest-summary-lines, 3);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-top: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .compact .body {
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

  /* While src loads, the skeleton holds the space the reserve stylesheet held (digest-elements.css):
     its 16:9 block, then the text's height. */
  .skeleton .body {
    min-height: var(--digest-card-text-height, 10.5rem);
  }

  :host([layout='compact']) .skeleton .body {
    min-height: var(--digest-card-text-height, 6rem);
  }
`;
