import { css } from 'lit';

export const styles = css`
  :host {
    --_measure: var(--digest-measure, 44rem);
    display: block;
  }

  /* The container is inside the shadow root, where a page's CSS reset cannot unset it. */
  .digest {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .text,
  .header {
    max-width: var(--_measure);
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: clamp(1.5rem, 5cqi, 2.25rem);
    line-height: 1.2;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  a {
    color: var(--_accent);
  }

  .curator a {
    color: inherit;
    font-weight: 600;
  }

  .share {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .status:empty {
    display: none;
  }

  .share-field {
    min-width: 0;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .media {
    max-width: var(--_measure);
    margin: 0;
  }

  .media img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  /* Without known dimensions the box is a fixed 16:9, so nothing moves when the image arrives. */
  .media:not(.sized) img {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }

  .summary {
    margin: 0;
    font-size: 1.125rem;
  }

  .section-heading {
    margin: calc(var(--_space) * 0.5) 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  /* A marker is a target inside a sentence (WCAG 2.5.8's inline exception), so it takes no minimum
     width and no side padding: either would open a gap between "[1]" and the full stop after it. */
  .citation {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.8em;
    font-weight: 600;
    vertical-align: super;
    line-height: 1;
    cursor: pointer;
  }

  .citation:hover {
    text-decoration: underline;
  }

  .sources ol {
    display: grid;
    gap: 0.6rem;
    margin: 0;
    padding-inline-start: 1.75rem;
  }

  .sources li {
    padding: 0.25rem 0.4rem;
    border-radius: 6px;
  }

  .sources li:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }

  .sources li source-badge {
    margin-inline-end: 0.5rem;
  }

  .sources a {
    overflow-wrap: anywhere;
  }

  .sources h2,
  .sources h3,
  .sources h4,
  .sources h5,
  .sources h6 {
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
    font-size: 1.125rem;
  }

  .title-bar {
    height: 2rem;
  }

  .media-block {
    aspect-ratio: 16 / 9;
    max-width: var(--_measure);
  }

  related-rail {
    margin-top: var(--_space);
  }

  /* While src loads, the skeleton holds the space the reserve stylesheet held (digest-elements.css). */
  .skeleton {
    min-height: var(--digest-digest-height, 60rem);
  }
`;
