/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Defines every element (package.json's `sideEffects` names this module, so it is kept).
import '../src/digest-elements.js';
import { argTypesFromManifest } from './manifest-arg-types.js';
import { withThemeAndLocale } from './theme.js';

// custom-elements.json is generated (`npm run analyze`, which the storybook scripts run first) and
// not committed. A glob rather than a plain import keeps a fresh checkout type-checking and
// building without it; the docs tables are then empty and the console says why.
const manifests = import.meta.glob('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('custom-elements.json is missing: run `npm run analyze` for the API tables.');
}

// The stories link to made-up *.example hosts, and there is no network: following a link would
// swap the preview for an error page. Clicks stay put; the elements' events still reach Actions.
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (link instanceof HTMLAnchorElement && new URL(link.href).origin !== location.origin) {
    event.preventDefault();
  }
});

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme of the elements: the `theme` attribute, or a brand set with tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system)', icon: 'mirror' },
          { value: 'brand', title: 'Custom brand', icon: 'paintbrush' },
        ],
      },
    },
    locale: {
      description: 'Language the elements speak: a `lang` (and `dir`) wrapper around the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'ja', title: '日本語', right: 'ja' },
          { value: 'ar', title: 'العربية (right to left)', right: 'ar' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'pt', title: 'Português', right: 'pt' },
          { value: 'it', title: 'Italiano', right: 'it' },
        ],
      },
    },
  },
  initialGlobals: {
    // Run the accessibility checks on every story as it renders.
    a11y: { manual: false },
    theme: 'auto',
    locale: 'en',
  },
  decorators: [withThemeAndLocale],
  parameters: {
    layout: 'padded',
    docs: {
      extractArgTypes: argTypesFromManifest,
    },
    a11y: {
      // Violations fail a story's accessibility test instead of only being listed.
      test: 'error',
    },
    controls: {
      expanded: true,
    },
  },
};

export default preview;
