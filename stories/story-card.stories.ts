import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, StoryCard } from '../src/digest-elements.js';
import {
  invalidArticle,
  longTitleStory,
  manySourcesStory,
  minimalStory,
  oneSourceStory,
  rtlStory,
  seedStory,
  seedWithBrokenLogo,
  seedWithoutImage,
  seedWithoutLogos,
} from './data.js';
import { withDetail, type DetailAction } from './actions.js';
import { rightToLeft } from './decorators.js';

interface CardArgs {
  article?: Article;
  layout: StoryCard['layout'];
  'heading-level': number;
  theme?: StoryCard['theme'];
  density?: StoryCard['density'];
  'date-style'?: StoryCard['dateStyle'];
  onDigestSelect?: DetailAction;
  onDigestError?: DetailAction;
}

/** Room the card gets in each layout, roughly what a page column would give it. */
const WIDTHS: Record<CardArgs['layout'], string> = {
  vertical: '22rem',
  horizontal: '40rem',
  compact: '22rem',
};

const meta = {
  title: 'Elements/story-card',
  component: 'story-card',
  // Its docs page is stories/docs/story-card.mdx, written rather than generated.
  tags: ['!autodocs'],
  args: { article: seedStory, layout: 'vertical', 'heading-level': 3 },
  render: (args) =>
    html`<story-card
      layout=${args.layout}
      heading-level=${args['heading-level']}
      theme=${ifDefined(args.theme)}
      density=${ifDefined(args.density)}
      date-style=${ifDefined(args['date-style'])}
      .article=${args.article}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-error=${withDetail(args.onDigestError)}
    ></story-card>`,
  decorators: [
    // A story can set `parameters.cardWidth` when it lays out its own cards.
    (story, { args, parameters }) =>
      html`<div style="max-width: ${parameters.cardWidth ?? WIDTHS[args.layout] ?? WIDTHS.vertical}">
        ${story()}
      </div>`,
  ],
  // The width wrapper is not part of the markup a page needs ("Show code").
  parameters: { docs: { source: { excludeDecorators: true } } },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** seed-story.json: three sources (two with logos), a date and a lead image. */
export const Default: Story = {};

export const NoImage: Story = { name: 'No image', args: { article: seedWithoutImage } };

/** No source has a logo: each one shows the monogram of its name. */
export const NoLogos: Story = { name: 'No logos (monograms)', args: { article: seedWithoutLogos } };

/** The first logo's URL 404s: that badge falls back to its monogram. */
export const BrokenLogoUrl: Story = { name: 'Broken logo URL', args: { article: seedWithBrokenLogo } };

export const VeryLongTitle: Story = { name: 'Very long title', args: { article: longTitleStory } };

/** one-source.json: "1 Source", no image. */
export const OneSource: Story = { name: 'One source', args: { article: oneSourceStory } };

/** minimal.json: only a headline, so no link, date or sources. */
export const TitleOnly: Story = { name: 'Title only', args: { article: minimalStory } };

/** Twenty-two sources: four logos and "22 Sources". */
export const TwentyTwoSources: Story = { name: '22 sources, 4 shown', args: { article: manySourcesStory } };

/** rtl.json inside `dir="rtl" lang="ar"`. */
export const RightToLeft: Story = {
  name: 'RTL text',
  args: { article: rtlStory },
  ...rightToLeft,
};

/** `{}`: the card shows its placeholder and dispatches `digest-error` (see the Actions panel). */
export const InvalidArticle: Story = {
  name: 'Invalid article (error state)',
  args: { article: invalidArticle },
};

/**
 * The article as an inline `<script type="application/json">` child, the way an HTML-only page
 * hands it over. Edit the story's JSON through the `article` control.
 */
export const FromInlineJson: Story = {
  name: 'From inline JSON',
  args: { article: oneSourceStory },
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(args.article, null, 2);
    return html`<story-card
      layout=${args.layout}
      heading-level=${args['heading-level']}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-error=${withDetail(args.onDigestError)}
      >${script}</story-card
    >`;
  },
};

export const Horizontal: Story = { name: 'Layout: horizontal', args: { layout: 'horizontal' } };

/** No image and no summary: title, date and sources. */
export const Compact: Story = { name: 'Layout: compact', args: { layout: 'compact' } };

/** `theme="dark"`, on the dark canvas of the toolbar's Dark theme. */
export const Dark: Story = { name: 'Theme: dark', args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** `density="compact"`: the same card with tighter spacing, for sidebars and dense lists. */
export const CompactDensity: Story = { name: 'Density: compact', args: { density: 'compact' } };

/** The title as an `<h2>` instead of the default `<h3>`. */
export const HeadingLevel2: Story = { name: 'Heading level 2', args: { 'heading-level': 2 } };

/** The three layouts side by side. */
export const Layouts: Story = {
  name: 'All layouts',
  render: (args) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start">
      <story-card style="width: 22rem" .article=${args.article}></story-card>
      <story-card style="width: 40rem" layout="horizontal" .article=${args.article}></story-card>
      <story-card style="width: 22rem" layout="compact" .article=${args.article}></story-card>
    </div>`,
  parameters: { cardWidth: 'none', controls: { include: ['article'] } },
};

/** A page's schema.org JSON-LD, handed over as it is: headline, description, image and publisher map to the card. */
export const FromJsonLd: Story = {
  name: 'From schema.org JSON-LD',
  args: {
    article: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Night trains return to the northern line this summer',
      description: 'Two sleeper services a week, with bikes allowed on board.',
      url: 'https://ledger.example/2025/night-trains',
      datePublished: '2025-04-03T06:00:00Z',
      image: { '@type': 'ImageObject', url: '/assets/lead.svg', width: 320, height: 180 },
      publisher: { '@type': 'Organization', name: 'Example Ledger', logo: '/assets/logo-f.svg' },
    } as unknown as Article,
  },
};
