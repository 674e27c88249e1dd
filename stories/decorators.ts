import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * Renders a story inside `dir="rtl" lang="ar"`, and shows that wrapper in "Show code": for these
 * stories the wrapper is the point.
 */
export const rightToLeft: { decorators: Decorator[]; parameters: Record<string, unknown> } = {
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
  parameters: { docs: { source: { excludeDecorators: false } } },
};

/**
 * Gives a story a fixed amount of room when it sets `parameters.containerWidth`. The wrapper is
 * not markup a page needs, so "Show code" leaves it out.
 */
export const containerWidth: { decorators: Decorator[]; parameters: Record<string, unknown> } = {
  decorators: [
    (story, { parameters }) =>
      parameters.containerWidth
        ? html`<div style="width: ${parameters.containerWidth}">${story()}</div>`
        : story(),
  ],
  parameters: { docs: { source: { excludeDecorators: true } } },
};
