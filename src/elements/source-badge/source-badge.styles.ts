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

  .name {
    font-size: 0.875em;
    font-weight: 600;
  }

  a.badge:hover .name {
    text-decoration: underline;
  }
`;
