import { css } from 'lit';

/**
 * The height of a card's text part (padding, two gaps, the title's and summary's clamped lines,
 * the two-row meta), fixed whatever the story holds, so a card's box is known before its data.
 * The reserve stylesheet (digest-elements.css) writes the same sum; change both together.
 */
export const cardTextHeight = css`var(
  --digest-card-text-height,
  calc(
    3 * var(--_space) + var(--digest-title-lines, 3) * 1.38125rem + var(--digest-summary-lines, 3) *
      1.359375rem + 2.75rem
  )
)`;

/** The same for a compact card: padding and one gap, the title's lines (no summary), the meta. */
export const compactTextHeight = css`var(
  --digest-card-text-height,
  calc(2 * var(--_space) + var(--digest-title-lines, 3) * 1.3rem + 2.75rem)
)`;
