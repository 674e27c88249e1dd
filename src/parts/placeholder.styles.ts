import { css } from 'lit';

/**
 * What the elements that load stories show while they have none: the loading skeleton, the
 * placeholder with "Try again", and the pill button (also the digest's Share). The source badge
 * and stack never show them, so they do not carry these rules.
 */
export const placeholderStyles = css`
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
