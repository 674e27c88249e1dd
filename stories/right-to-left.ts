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
