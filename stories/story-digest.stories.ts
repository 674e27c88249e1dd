import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, StoryDigest } from '../src/digest-elements.js';
import {
  invalidArticle,
  minimalStory,
  oneSourceStory,
  rtlDigest,
  seedStory,
  seedWithoutImage,
  seedWithoutRelated,
} from './data.js';
import { withDetail, type DetailAction } from './actions.js';
import { containerWidth, rightToLeft } from './decorators.js';

interface DigestArgs {
  article?: Article;
  'heading-level': number;
  theme?: StoryDigest['theme'];
  density?: StoryDigest['density'];
  'date-style'?: StoryDigest['dateStyle'];
  onDigestShare?: DetailAction;
  onDigestSelect?: DetailAction;
  onDigestImpression?: DetailAction;
  onDigestError?: DetailAction;
}

const meta = {
  title: 'Elements/story-digest',
  component: 'story-digest',
  // Its docs page is stories/docs/story-digest.mdx, written rather than generated.
  tags: ['!autodocs'],
  args: { article: seedWithoutImage, 'heading-level': 1 },
  render: (args) =>
    html`<story-digest
      heading-level=${args['heading-level']}
      theme=${ifDefined(args.theme)}
      density=${ifDefined(args.density)}
      date-style=${ifDefined(args['date-style'])}
      .article=${args.article}
      @digest-share=${withDetail(args.onDigestShare)}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-impression=${withDetail(args.onDigestImpression)}
      @digest-error=${withDetail(args.onDigestError)}
    ></story-digest>`,
  ...containerWidth,
} satisfies Meta<DigestArgs>;

export default meta;
type Story = StoryObj<DigestArgs>;

/**
 * seed-story.json, shaped like the seed page: headline, curator, date, three sources and Share;
 * summary; two sections whose `[n]` buttons move focus to the numbered sources; and the four
 * related stories under "Continue Reading". Share, related cards and impressions show in the
 * Actions panel.
 */
export const Default: Story = { name: 'Seed story' };

/** The same story with a lead image between the header and the summary. */
export const LeadImage: Story = { name: 'With lead image', args: { article: seedStory } };

/** An empty `related` list: no "Continue Reading" rail. */
export const NoRelated: Story = { name: 'No related stories', args: { article: seedWithoutRelated } };

/** minimal.json: only a headline, so no meta, sections, sources or rail. */
export const TitleOnly: Story = { name: 'Title only', args: { article: minimalStory } };

/** rtl.json inside `dir="rtl" lang="ar"`, with a citing paragraph and an RTL rail. */
export const RightToLeft: Story = {
  name: 'RTL text',
  args: { article: rtlDigest },
  ...rightToLeft,
};

/** A 320 px container, a phone's width. */
export const Narrow: Story = {
  name: 'Narrow container (320 px)',
  parameters: { containerWidth: '320px' },
};

/** A 1200 px container: body text keeps to its measure, the rail uses the whole width. */
export const Wide: Story = {
  name: 'Wide container (1200 px)',
  parameters: { containerWidth: '1200px' },
};

/** `{}`: the digest shows its placeholder and dispatches `digest-error` (see the Actions panel). */
export const InvalidArticle: Story = {
  name: 'Invalid article (error state)',
  args: { article: invalidArticle },
};

/** The headline as an `<h2>`; sections, sources and rail follow one level below. */
export const HeadingLevel2: Story = { name: 'Heading level 2', args: { 'heading-level': 2 } };

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
    return html`<story-digest
      heading-level=${args['heading-level']}
      @digest-share=${withDetail(args.onDigestShare)}
      @digest-select=${withDetail(args.onDigestSelect)}
      @digest-impression=${withDetail(args.onDigestImpression)}
      @digest-error=${withDetail(args.onDigestError)}
      >${script}</story-digest
    >`;
  },
};
