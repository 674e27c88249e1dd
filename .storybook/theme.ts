import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator } from '@storybook/web-components-vite';
import './theme.css';

/*
 * The toolbar's Theme and Language menus. One decorator applies both to every story:
 *
 * - Theme: Light and Dark set the elements' own `theme` attribute on the story's top-level
 *   elements (blocks inside them follow), and Dark also darkens the canvas (theme.css). Custom
 *   brand keeps the light scheme and sets a publisher's tokens on a wrapper. Auto (system) is the
 *   elements' default: no attribute, and the canvas follows the reader's system too.
 * - Language (en fr ja ar es de pt it): wraps the story in `<div lang dir>`, which the elements follow.
 *
 * A story that sets `theme` on an element itself keeps it: the toolbar only changes elements
 * whose theme it set, or that had none.
 */

export type ThemeGlobal = 'light' | 'dark' | 'auto' | 'brand';

const THEMES = new Set<unknown>(['light', 'dark', 'auto', 'brand']);
const LOCALES = new Set<unknown>(['en', 'fr', 'ja', 'ar', 'es', 'de', 'pt', 'it']);
const RIGHT_TO_LEFT = new Set(['ar']);

const LIBRARY = 'source-badge, source-stack, story-card, related-rail, story-digest';

/** The theme the toolbar last set on each element, so a theme the story set is told apart and kept. */
const setByToolbar = new WeakMap<Element, string>();

function applyTheme(wrapper: Element, theme: string | undefined): void {
  for (const element of wrapper.querySelectorAll(LIBRARY)) {
    // Inside another block in the light DOM: it follows that one.
    if (element.parentElement?.closest(LIBRARY)) continue;
    const current = element.getAttribute('theme');
    const ours = setByToolbar.get(element);
    if (current !== null && current !== ours) {
      setByToolbar.delete(element);
      continue;
    }
    if (theme) {
      element.setAttribute('theme', theme);
      setByToolbar.set(element, theme);
    } else if (ours !== undefined) {
      element.removeAttribute('theme');
      setByToolbar.delete(element);
    }
  }
}

/** Light and Dark are the attribute's values; the brand is a light theme with tokens on top. */
function attributeFor(theme: ThemeGlobal): string | undefined {
  if (theme === 'brand') return 'light';
  return theme === 'auto' ? undefined : theme;
}

export const withThemeAndLocale: Decorator = (story, { globals }) => {
  const theme = (THEMES.has(globals.theme) ? globals.theme : 'auto') as ThemeGlobal;
  const locale = (LOCALES.has(globals.locale) ? globals.locale : 'en') as string;
  // The defaults change nothing (the preview's <html> is already `lang="en"`): no wrapper, so
  // "Show code" of stories that show their decorators stays as it was.
  if (theme === 'auto' && locale === 'en') return story();
  const attribute = attributeFor(theme);
  const dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
  // The ref runs before the story's own parts are committed; the story is in place a microtask later.
  const apply = (wrapper: Element | undefined) => {
    if (wrapper) queueMicrotask(() => applyTheme(wrapper, attribute));
  };
  return html`<div class="sb-theme sb-theme--${theme}" lang=${locale} dir=${dir} ${ref(apply)}>
    ${story()}
  </div>`;
};
