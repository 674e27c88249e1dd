import { css } from 'lit';

/** What `sourcesTemplate` draws, wherever it is rendered. */
export const sourcesStyles = css`
  .stack {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  /* Isolated, so the overlap order below never lifts a logo above a card's full-size link. */
  /* The logos' size and ring are resolved once here, for the list, not for every logo. */
  .logos {
    isolation: isolate;
    display: inline-flex;
    margin: 0;
    padding: 0;
    list-style: none;
    --_size: calc(var(--digest-logo-size, 24px) * 0.8);
    --_ring: 2px;
    --_border: var(--_surface);
  }

  /* Logos overlap slightly, the first on top as in citation order; the ring in the surface
     colour keeps each edge readable. */
  .logos li {
    position: relative;
    display: inline-flex;
  }

  .logos li + li {
    margin-inline-start: calc(var(--_size) * -0.1875);
  }

  /* Linked logos are targets: side by side, each at least 24 px (WCAG 2.5.8), none covering another. */
  .logos.linked li + li {
    margin-inline-start: 0;
  }

  .logos li:nth-child(1) {
    z-index: 4;
  }
  .logos li:nth-child(2) {
    z-index: 3;
  }
  .logos li:nth-child(3) {
    z-index: 2;
  }
  .logos li:nth-child(4) {
    z-index: 1;
  }

  /* A linked logo is a 24 px target, whatever the logo's size. */
  .logos a {
    display: inline-grid;
    place-items: center;
    min-width: 24px;
    min-height: 24px;
    border-radius: 50%;
  }

  .count {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
  }
`;
