import { css } from 'lit';

/** A logo or monogram drawn by `logoMark`, `--_size` wide. */
export const logoStyles = css`
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

  @media (forced-colors: active) {
    .monogram {
      border: 1px solid CanvasText;
    }
  }
`;
