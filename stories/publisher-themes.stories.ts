import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { seedRelated, seedStory } from './data.js';

/*
 * Three publishers, one story card and one rail, nothing changed but CSS: `--digest-*` tokens on
 * a wrapper and `::part()` rules. Each theme is a wrapper class with its own <style>, and every
 * selector starts with that class, so the themes can share a page (and a docs page) untouched.
 *
 * Each theme sets every colour token and `--digest-color-background: transparent`. Tokens win
 * over the elements' light and dark defaults; a theme that left some out would mix its colours
 * with the dark defaults for readers whose system is dark.
 */

const broadsheet = html`<style>
  .broadsheet-theme {
    --digest-font-family: Georgia, 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif;
    --digest-color-text: #141414;
    --digest-color-muted: #4d473d;
    --digest-color-accent: #1c4a7e;
    --digest-color-surface: #fcfaf4;
    --digest-color-subtle: #ebe4d3;
    --digest-color-border: #c8bea6;
    --digest-color-background: transparent;
    --digest-radius: 0;
    --digest-shadow: none;
    --digest-space: 1.125rem;
    --digest-title-lines: 4;
    --digest-logo-size: 22px;
    --digest-focus-color: #141414;
    --digest-rail-card-width: 15rem;
    --digest-rail-gap: 1.5rem;
    display: grid;
    gap: 2rem;
    padding: 1.5rem;
    background: #f3eee2;
  }

  .broadsheet-theme story-card {
    max-width: 24rem;
  }

  .broadsheet-theme story-card::part(base),
  .broadsheet-theme related-rail::part(card-base) {
    border-width: 3px 0 1px;
    border-top-color: #141414;
  }

  .broadsheet-theme story-card::part(title),
  .broadsheet-theme related-rail::part(card-title) {
    font-size: 1.375rem;
    font-weight: 400;
    line-height: 1.2;
  }

  .broadsheet-theme story-card::part(summary),
  .broadsheet-theme related-rail::part(card-summary) {
    font-style: italic;
  }

  .broadsheet-theme story-card::part(date),
  .broadsheet-theme related-rail::part(card-date),
  .broadsheet-theme story-card::part(count),
  .broadsheet-theme related-rail::part(card-count) {
    font-size: 0.75rem;
    font-variant: small-caps;
    letter-spacing: 0.06em;
  }

  .broadsheet-theme story-card::part(image),
  .broadsheet-theme related-rail::part(card-image) {
    filter: grayscale(1) contrast(1.1);
  }

  .broadsheet-theme related-rail::part(heading) {
    padding-block: 0.35rem;
    border-block: 1px solid #141414;
    font-size: 0.9rem;
    font-weight: 700;
    letter-spacing: 0.18em;
    text-transform: uppercase;
  }

  .broadsheet-theme related-rail::part(previous),
  .broadsheet-theme related-rail::part(next) {
    border-radius: 0;
  }
</style>`;

const tabloid = html`<style>
  .tabloid-theme {
    --digest-font-family: 'Arial Narrow', 'Liberation Sans Narrow', 'Helvetica Neue', Arial, sans-serif;
    --digest-color-text: #111;
    --digest-color-muted: #333;
    --digest-color-accent: #c8102e;
    --digest-color-surface: #fff;
    --digest-color-subtle: #ffe3e6;
    --digest-color-border: #111;
    --digest-color-background: transparent;
    --digest-radius: 0;
    --digest-shadow: 6px 6px 0 #c8102e;
    --digest-space: 0.875rem;
    --digest-title-lines: 3;
    --digest-logo-size: 26px;
    --digest-focus-color: #c8102e;
    --digest-focus-width: 3px;
    --digest-rail-card-width: 15rem;
    --digest-rail-gap: 1.25rem;
    display: grid;
    gap: 2rem;
    padding: 1.5rem;
    background: #fff;
  }

  .tabloid-theme story-card {
    max-width: 24rem;
  }

  .tabloid-theme story-card::part(base),
  .tabloid-theme related-rail::part(card-base) {
    border-width: 3px;
  }

  .tabloid-theme story-card::part(title),
  .tabloid-theme related-rail::part(card-title) {
    font-size: 1.6rem;
    font-weight: 900;
    line-height: 1.05;
    text-transform: uppercase;
  }

  .tabloid-theme story-card::part(date),
  .tabloid-theme related-rail::part(card-date) {
    padding: 0.1em 0.45em;
    background: #c8102e;
    color: #fff;
    font-weight: 700;
    text-transform: uppercase;
  }

  .tabloid-theme story-card::part(count),
  .tabloid-theme related-rail::part(card-count) {
    color: #111;
    font-weight: 800;
  }

  .tabloid-theme story-card::part(logo),
  .tabloid-theme story-card::part(monogram),
  .tabloid-theme related-rail::part(card-logo),
  .tabloid-theme related-rail::part(card-monogram) {
    border-radius: 0;
  }

  .tabloid-theme related-rail::part(heading) {
    padding: 0.1em 0.5em;
    background: #111;
    color: #fff;
    font-size: 1.5rem;
    font-weight: 900;
    text-transform: uppercase;
  }

  .tabloid-theme related-rail::part(previous),
  .tabloid-theme related-rail::part(next) {
    border-width: 2px;
    border-radius: 0;
    font-weight: 900;
  }
</style>`;

const tech = html`<style>
  .tech-theme {
    --digest-font-family: 'Segoe UI', 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif;
    --digest-color-text: #e6edf3;
    --digest-color-muted: #9da7b3;
    --digest-color-accent: #4ac26b;
    --digest-color-surface: #161b22;
    --digest-color-subtle: #21262d;
    --digest-color-border: #30363d;
    --digest-color-background: transparent;
    --digest-radius: 6px;
    --digest-shadow: 0 8px 24px rgb(0 0 0 / 0.45);
    --digest-space: 0.875rem;
    --digest-title-lines: 2;
    --digest-logo-size: 20px;
    --digest-focus-color: #4ac26b;
    --digest-rail-card-width: 15rem;
    --digest-rail-gap: 0.75rem;
    display: grid;
    gap: 2rem;
    padding: 1.5rem;
    background: #0d1117;
    color: #e6edf3;
    color-scheme: dark;
  }

  .tech-theme story-card {
    max-width: 24rem;
  }

  .tech-theme story-card::part(base):hover,
  .tech-theme related-rail::part(card-base):hover {
    border-color: #4ac26b;
  }

  .tech-theme story-card::part(title),
  .tech-theme related-rail::part(card-title) {
    font-size: 1rem;
    font-weight: 600;
    letter-spacing: -0.01em;
  }

  .tech-theme story-card::part(date),
  .tech-theme related-rail::part(card-date),
  .tech-theme related-rail::part(heading) {
    color: #4ac26b;
    font-family: ui-monospace, 'SF Mono', 'DejaVu Sans Mono', 'Liberation Mono', monospace;
  }

  .tech-theme story-card::part(image),
  .tech-theme related-rail::part(card-image) {
    filter: saturate(0.5) brightness(0.85);
  }

  .tech-theme related-rail::part(heading) {
    font-size: 0.95rem;
    text-transform: lowercase;
  }

  .tech-theme related-rail::part(previous),
  .tech-theme related-rail::part(next) {
    border-radius: 6px;
  }

  .tech-theme related-rail::part(scroller) {
    scrollbar-color: #30363d transparent;
  }
</style>`;

/**
 * A card and a rail inside a theme's wrapper, its <style> first. Each publisher names its rail,
 * which also keeps the rails' regions apart when the three share a page.
 */
function themed(className: string, style: TemplateResult, railHeading: string): TemplateResult {
  return html`<div class=${className}>
    ${style}
    <story-card .article=${seedStory}></story-card>
    <related-rail heading=${railHeading} .articles=${seedRelated}></related-rail>
  </div>`;
}

const renderBroadsheet = () => themed('broadsheet-theme', broadsheet, 'Further reading');
const renderTabloid = () => themed('tabloid-theme', tabloid, 'Don’t miss');
const renderTech = () => themed('tech-theme', tech, 'Related');

const meta = {
  title: 'Publisher themes',
  parameters: {
    // The wrapper and its <style> are the point: "Show code" shows them.
    docs: {
      source: { excludeDecorators: true },
      description: {
        component:
          'One `story-card` and one `related-rail`, restyled for three made-up publishers with nothing but `--digest-*` tokens on a wrapper class and `::part()` rules scoped to it. No element is changed and no attribute is set; the rail reaches its cards through the exported `card-*` parts.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Broadsheet: Story = {
  name: 'Serif broadsheet',
  render: renderBroadsheet,
  parameters: {
    docs: {
      description: {
        story:
          'Tokens: `--digest-font-family` (a serif stack), every `--digest-color-*` (ink on newsprint), `--digest-radius: 0`, `--digest-space`, `--digest-title-lines: 4`, `--digest-logo-size`, `--digest-focus-color`, `--digest-rail-card-width`, `--digest-rail-gap`. Parts: `base` (a heavy rule above each card), `title` (larger, regular weight), `summary` (italic), `date` and `count` (small capitals), `image` (greyscale); on the rail `heading` (ruled, spaced capitals), `previous` and `next` (square), and the same `card-*` parts.',
      },
    },
  },
};

export const Tabloid: Story = {
  name: 'Bold tabloid',
  render: renderTabloid,
  parameters: {
    docs: {
      description: {
        story:
          'Tokens: `--digest-font-family` (a narrow sans-serif), every `--digest-color-*` with a red `--digest-color-accent`, `--digest-radius: 0`, `--digest-shadow` (a hard red offset), `--digest-space`, `--digest-logo-size`, `--digest-focus-color` and `--digest-focus-width: 3px`, `--digest-rail-card-width`, `--digest-rail-gap`. Parts: `base` (3 px border), `title` (heavy capitals), `date` (white on red), `count` (bold), `logo` and `monogram` (square); on the rail `heading` (white on black), `previous` and `next` (square, heavier), and the same `card-*` parts.',
      },
    },
  },
};

export const Tech: Story = {
  name: 'Dark tech site',
  render: renderTech,
  parameters: {
    docs: {
      description: {
        story:
          'Dark through tokens alone, whatever the `theme` attribute or the system says: every `--digest-color-*` (green accent on near-black), `--digest-font-family`, `--digest-radius: 6px`, `--digest-shadow`, `--digest-space`, `--digest-title-lines: 2`, `--digest-logo-size`, `--digest-focus-color`, `--digest-rail-card-width`, `--digest-rail-gap`. Parts: `base` (green border on hover), `title`, `date` (green monospace), `image` (muted); on the rail `heading` (lower-case monospace), `previous` and `next`, `scroller` (dark scrollbar), and the same `card-*` parts.',
      },
    },
  },
};

export const SideBySide: Story = {
  name: 'All three side by side',
  render: () =>
    html`<style>
        .publisher-themes-row {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
          gap: 1.5rem;
          align-items: start;
        }
      </style>
      <div class="publisher-themes-row">${renderBroadsheet()} ${renderTabloid()} ${renderTech()}</div>`,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        story:
          'The three themes on one page: the same markup, and no rule of one reaches the others because each selector starts with its wrapper class (`.broadsheet-theme`, `.tabloid-theme`, `.tech-theme`). Tokens and parts as in each theme’s own story.',
      },
    },
  },
};
