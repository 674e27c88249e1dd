import { css } from 'lit';
import { cardTextHeight } from '../../parts/card-geometry.js';

export const styles = css`
  :host {
    --_gap: calc(var(--digest-rail-gap, 1rem) * var(--_dense));
    display: block;
  }

  /* The container is inside the shadow root, where a page's CSS reset cannot unset it. */
  .rail {
    container-type: inline-size;
  }

  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .controls {
    display: flex;
    gap: 0.5rem;
    margin-inline-start: auto;
  }

  .controls button {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.4rem;
    line-height: 1;
    cursor: pointer;
  }

  .controls button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  .controls button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }

  .controls button[aria-disabled='true']:hover {
    border-color: var(--_border);
    color: var(--_text);
  }

  /* Nothing to scroll: the buttons keep their place (no layout shift) but are not shown. */
  .controls.idle {
    visibility: hidden;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .scroller {
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 2px;
    padding: 2px 2px var(--_space);
    scrollbar-width: thin;
  }

  .scroller:focus-visible {
    outline-offset: 0;
  }

  .layout-scroll .list {
    display: flex;
    gap: var(--_gap);
  }

  .layout-scroll li {
    flex: 0 0 min(var(--digest-rail-card-width, 16rem), 85%);
    scroll-snap-align: start;
  }

  .layout-grid .list {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_gap);
  }

  .layout-list .list {
    display: grid;
    gap: var(--_gap);
  }

  .layout-scroll .list,
  .layout-grid .list {
    align-items: stretch;
  }

  /* The row's scrolling, edges and focus measure every card, on screen or not. The rail is the
     one size container its cards ask (a horizontal card in the list layout): none of its own. */
  story-card {
    height: 100%;
    content-visibility: visible;
    container-type: normal;
  }

  .placeholder-row {
    display: flex;
    gap: var(--_gap);
    overflow: hidden;
  }

  /* A stand-in card with a loaded card's box: border, image block (--digest-card-media), text. */
  .ghost {
    display: flex;
    flex: 0 0 min(var(--digest-rail-card-width, 16rem), 85%);
    flex-direction: column;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }

  .ghost .media {
    padding-top: calc(var(--digest-card-media, 1) * 56.25%);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }

  .ghost .text {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    height: ${cardTextHeight};
    padding: var(--_space);
  }

  @container (min-width: 34rem) {
    .layout-grid .list {
      grid-template-columns: repeat(2, 1fr);
    }
  }

  @container (min-width: 52rem) {
    .layout-grid .list {
      grid-template-columns: repeat(3, 1fr);
    }
  }

  @container (min-width: 70rem) {
    .layout-grid .list {
      grid-template-columns: repeat(4, 1fr);
    }
  }

  @media (forced-colors: active) {
    .controls button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  /* While src loads, the skeleton has the loaded rail's box (scroll layout): the top row as tall
     as the buttons, then the row of stand-in cards in the scroller's padding. */
  .skeleton {
    display: block;
  }

  .skeleton .top {
    height: 2.25rem;
  }
`;
