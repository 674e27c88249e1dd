import { css } from 'lit';

/**
 * Shared by every element. Public `--digest-*` tokens are read once into private `--_*`
 * properties with fallbacks, so one declaration on `body` themes every block and nothing
 * leaks out of the shadow roots.
 */
export const baseStyles = css`
  :host {
    --_text: var(--digest-color-text, #1b1b1f);
    --_muted: var(--digest-color-muted, #5d5e66);
    --_accent: var(--digest-color-accent, #0b57d0);
    --_surface: var(--digest-color-surface, #ffffff);
    --_subtle: var(--digest-color-subtle, #f1f2f5);
    --_border: var(--digest-color-border, #d9dae0);
    --_radius: var(--digest-radius, 12px);
    --_space: var(--digest-space, 1rem);
    --_shadow: var(--digest-shadow, none);
    --_focus: var(--digest-focus-color, var(--_accent));
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--digest-font-family, inherit);
    line-height: 1.45;
    overflow-wrap: anywhere;
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
    outline: 2px solid var(--_focus);
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

  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }

  .bar,
  .block {
    display: block;
    border-radius: 6px;
    background: var(--_subtle);
  }

  .bar {
    height: 0.9em;
  }
  .bar.short {
    width: 40%;
  }
  .bar.medium {
    width: 65%;
  }
  .bar.long {
    width: 90%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar,
    .block {
      animation: digest-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes digest-pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* The one secondary button style: "Try again", Share. */
  .pill {
    min-height: 2rem;
    padding: 0.25rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .pill:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  .retry {
    margin-inline-start: auto;
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    min-height: 3rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
