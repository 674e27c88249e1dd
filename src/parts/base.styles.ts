import { css } from 'lit';

/**
 * Shared by every element. Public `--digest-*` tokens are read once into private `--_*`
 * properties with fallbacks, so one declaration on `body` themes every block and nothing
 * leaks out of the shadow roots. Each default holds a light and a dark value; `color-scheme`
 * (the `theme` attribute, or the reader's preference) picks one, and a token wins over both.
 */
export const baseStyles = css`
  :host {
    color-scheme: light dark;
    --_dense: 1;
    --_text: var(--digest-color-text, light-dark(#1b1b1f, #e8e9ee));
    --_muted: var(--digest-color-muted, light-dark(#5d5e66, #b4b6bf));
    --_accent: var(--digest-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_surface: var(--digest-color-surface, light-dark(#fff, #202126));
    --_subtle: var(--digest-color-subtle, light-dark(#f1f2f5, #2c2e35));
    --_border: var(--digest-color-border, light-dark(#d9dae0, #4a4c56));
    --_radius: var(--digest-radius, 12px);
    --_space: calc(var(--digest-space, 1rem) * var(--_dense));
    --_shadow: var(--digest-shadow, none);
    --_focus: var(--digest-focus-color, var(--_accent));
    --_focus-width: var(--digest-focus-width, 2px);
    /* Light text needs its own backdrop: a page is rarely dark where the reader prefers dark. */
    background: var(--digest-color-background, light-dark(transparent, #16171b));
  }

  /* Set again below the host: a page's reset (\`* { all: unset }\`) reaches the host, never inside.
     Of the page's inherited text styles, only the font family (and colour scheme) come in: a
     column's nowrap, indent, capitals, spacing or centring would overflow, clip and misalign. */
  :host,
  :host > * {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--digest-font-family, inherit);
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    font-stretch: normal;
    line-height: 1.45;
    overflow-wrap: anywhere;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-shadow: none;
    writing-mode: horizontal-tb;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([density='compact']) {
    --_dense: 0.66;
  }

  /* A block inside another is part of it: same scheme and density, no backdrop of its own.
     Rules from this (outer) tree win over the inner element's own :host rules. */
  source-badge,
  source-stack,
  story-card,
  related-rail {
    color-scheme: inherit;
    --_dense: inherit;
    padding: 0;
    background: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * For blocks of running text (rail, digest): when dark, the backdrop they paint needs room
 * around the text. Light blocks paint nothing and sit flush with the page.
 */
export const backdropStyles = css`
  :host([theme='dark']) {
    padding: var(--digest-backdrop-padding, var(--_space));
    border-radius: var(--_radius);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      padding: var(--digest-backdrop-padding, var(--_space));
      border-radius: var(--_radius);
    }
  }
`;
