import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the elements. Its Vite build merges the project's vite.config.ts (all but
 * `build`), so the stories run the same template minifier as the CDN bundles.
 *
 * Decorators need no Vite option here: Vite 8 compiles TypeScript with Oxc, which reads the
 * tsconfig.json that includes each file, and ours sets `experimentalDecorators` and
 * `useDefineForClassFields: false`. Lit's `@property()` then compiles to legacy `__decorate`
 * calls and plain assignments in the constructor, as Lit expects. Should a file ever be compiled
 * without that tsconfig, the elements would fail at runtime (standard decorators, or class fields
 * shadowing Lit's accessors), not at build time: check a rendered story, not just the build.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/introduction.mdx', '../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Logos and the lead image the stories use: drawn for the stories, served locally, no network.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  core: { disableTelemetry: true },
};

export default config;
