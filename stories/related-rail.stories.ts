import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, RelatedRail } from '../src/digest-elements.js';
import { rtlRelated, seedRelated, twentyRelated } from './data.js';
import { withDetail, type DetailAction } from './actions.js';
import { containerWidth, rightToLeft } from './decorators.js';
import { NEVER_ANSWERS } from './slow-network.js';

interface RailArgs {
  articles?: Article[];
  src?: string;
  timeout?: number;
  heading?: string;
  'heading-level': number;
  layout: RelatedRail['layout'];
  max?: number;
  theme?: RelatedRail['theme'];
  density?: RelatedRail['density'];
  'date-style'?: RelatedRail['dateStyle'];
  onDigestSelect?: DetailAction;
  onDigestImpression?: DetailAction;
  onDigestError?: DetailAction;
}

const meta = {
  title: 'Elements/related-rail',
  component: 'related-rail',
  // Its docs page is stories/docs/related-rail.mdx, written rather than generated.
  tags: ['!autodocs'],
  args: { articles: seedRelated, 'heading-level': 2, layout: 'scroll' },
  render: (args) =>
    html`<related-rail
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      layout=${args.layout}
      max=${ifDefined(args.max)}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      density=${ifDefined(args.density)}
      date-style=${ifDefined(args['date-style'])}
      .articles=${args.articles}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-impression=${withDetail(args.onDigestImpression)}
      @digest-error=${withDetail(args.onDigestError)}
    ></related-rail>`,
  ...containerWidth,
} satisfies Meta<RailArgs>;

export default meta;
type Story = StoryObj<RailArgs>;

/**
 * The seed page's "Continue Reading": its four related stories in one row that scrolls, with
 * previous/next buttons. Selecting a card and seeing it for a second show in the Actions panel.
 */
export const Default: Story = { name: 'Default (scroll layout)' };

/** As many columns as the rail's own width allows: one, two, three or four. */
export const Grid: Story = { name: 'Layout: grid', args: { layout: 'grid' } };

/** One horizontal card per row. */
export const List: Story = { name: 'Layout: list', args: { layout: 'list' } };

/** A single story: both scroll buttons stay disabled. */
export const OneStory: Story = { name: 'One story', args: { articles: seedRelated.slice(0, 1) } };

/** Twenty stories made from the fixtures (see `twentyRelated` in stories/data.ts). */
export const TwentyStories: Story = { name: '20 stories', args: { articles: twentyRelated } };

/** The twenty stories in the grid layout. */
export const TwentyStoriesGrid: Story = {
  name: '20 stories, grid',
  args: { articles: twentyRelated, layout: 'grid' },
};

/** `max` 3 of the twenty stories. */
export const Max: Story = { name: 'Max 3', args: { articles: twentyRelated, max: 3 } };

/** `heading=""`: no visible heading; the list is still named "Continue Reading" for assistive tech. */
export const NoHeading: Story = { name: 'No visible heading', args: { heading: '' } };

/** A heading of the page's own. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'More on Llama' } };

/** `theme="dark"`, on the dark canvas of the toolbar's Dark theme: the cards follow the rail. */
export const Dark: Story = { name: 'Theme: dark', args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** `density="compact"`: tighter spacing in the rail and in its cards. */
export const CompactDensity: Story = { name: 'Density: compact', args: { density: 'compact' } };

/** Stories built on rtl.json inside `dir="rtl" lang="ar"`: the row starts on the right and the arrows mirror. */
export const RightToLeft: Story = {
  name: 'RTL text',
  args: { articles: rtlRelated },
  ...rightToLeft,
};

/** A 320 px container, a phone's width: each card takes most of the row. */
export const NarrowScroll: Story = {
  name: 'Narrow container (320 px)',
  parameters: { containerWidth: '320px' },
};

/** The grid in 320 px: one column. */
export const NarrowGrid: Story = {
  name: 'Narrow container (320 px), grid',
  args: { layout: 'grid' },
  parameters: { containerWidth: '320px' },
};

/** A 1200 px container: all four stories fit the row and the buttons are disabled. */
export const WideScroll: Story = {
  name: 'Wide container (1200 px)',
  parameters: { containerWidth: '1200px' },
};

/** The grid in 1200 px: four columns. */
export const WideGrid: Story = {
  name: 'Wide container (1200 px), grid',
  args: { layout: 'grid' },
  parameters: { containerWidth: '1200px' },
};

/** Not an array: the rail shows its placeholder and dispatches `digest-error` (see the Actions panel). */
export const InvalidArticles: Story = {
  name: 'Invalid articles (error state)',
  args: { articles: {} as Article[] },
};

/**
 * The stories as an inline `<script type="application/json">` child holding an array, the way an
 * HTML-only page hands them over. Edit the JSON through the `articles` control.
 */
export const FromInlineJson: Story = {
  name: 'From inline JSON',
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(args.articles, null, 2);
    return html`<related-rail
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      layout=${args.layout}
      max=${ifDefined(args.max)}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-impression=${withDetail(args.onDigestImpression)}
      @digest-error=${withDetail(args.onDigestError)}
      >${script}</related-rail
    >`;
  },
};

/** A JSON Feed as the publisher already has it, loaded from `src`: its items become the cards. */
export const FromJsonFeed: Story = {
  name: 'From a JSON Feed (src)',
  args: { articles: undefined, src: '/assets/feed.json' },
};

/** A `src` that answers 404: the placeholder with "Try again", and `digest-error` with the status. */
export const FailedSrc: Story = {
  name: 'Failed src (error with Try again)',
  args: { articles: undefined, src: '/assets/no-such-feed.json' },
};

/** While `src` loads: a skeleton of the rail's shape, `aria-busy="true"` (this URL never answers here). */
export const Loading: Story = {
  name: 'Loading skeleton',
  args: { articles: undefined, src: NEVER_ANSWERS, timeout: 600_000 },
};

/** A NewsAPI response as a publisher's proxy returns it: " - Source" title suffixes are removed. */
export const FromNewsApi: Story = {
  name: 'From a NewsAPI response',
  args: {
    articles: {
      status: 'ok',
      totalResults: 2,
      articles: [
        {
          source: { id: null, name: 'Example Wire' },
          author: null,
          title: 'Ferry timetable adds a late crossing on Fridays - Example Wire',
          description: 'The 23:40 sailing runs from June to September.',
          url: 'https://wire.example/ferry-late-crossing',
          urlToImage: null,
          publishedAt: '2025-04-04T12:00:00Z',
          content: 'The 23:40 sailing runs from June… [+812 chars]',
        },
        {
          source: { id: null, name: 'Example Wire' },
          author: 'Desk',
          title: 'City parks get a second water fountain each - Example Wire',
          description: null,
          url: 'https://wire.example/park-fountains',
          urlToImage: '/assets/lead.svg',
          publishedAt: '2025-04-03T08:00:00Z',
          content: null,
        },
      ],
    } as unknown as Article[],
  },
};
