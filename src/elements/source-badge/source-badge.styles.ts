import { css } from 'lit';

export const styles = css`
  :host {
    --_logo: var(--digest-logo-size, 24px);
    display: inline-flex;
    vertical-align: middle;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_text);
    text-decoration: none;
    border-radius: 999px;
  }

  /* A small logo stays small; the link around it is a 24 px target. */
  a.badge {
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
  }

  .small {
    --_size: calc(var(--_logo) * 0.8);
  }
  .medium {
    --_size: var(--_logo);
  }
  .large {
    --_size: calc(var(--_logo) * 1.5);
  }

  .mark {
    flex: none;
    width: var(--_size);
    height: var(--_size);
    border-radius: 50%;
    background: var(--_surface);
    box-shadow: 0 0 0 var(--_ring, 1px) var(--_border);
    object-fit: contain;
  }

  .monogram {
    display: inline-grid;
    place-items: center;
    color: #fff;
    font-size: calc(var(--_size) * 0.42);
    font-weight: 700;
    line-height: 1;
    letter-spacing: -0.02em;
    user-select: none;
  }

  .hue-0 {
    background: #b3261e;
  }
  .hue-1 {
    background: #1d6b3f;
  }
  .hue-2 {
    background: #1f5aa6;
  }
  .hue-3 {
    background: #6a3fa0;
  }
  .hue-4 {
    background: #8a4b08;
  }
  .hue-5 {
    background: #00695c;
  }
  .hue-6 {
    background: #ad1457;
  }
  .hue-7 {
    background: #455a64;
  }

  .name {
    font-size: 0.875em;
    font-weight: 600;
  }

  a.badge:hover .name {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .monogram {
      border: 1px solid CanvasText;
    }
  }
`;
