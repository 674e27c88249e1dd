import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../src/digest-elements.js';
import { MISSING_LOGO, oneSourceStory, rtlStory, seedSources, twentyTwoSources } from './data.js';
import { withDetail, type DetailAction } from './actions.js';
import { rightToLeft } from './decorators.js';

interface StackArgs {
  sources?: Source[];
  count?: number;
  max: number;
  linked: boolean;
  onDigestError?: DetailAction;
}

const meta = {
  title: 'Elements/source-stack',
  component: 'source-stack',
  // Its docs page is stories/docs/source-stack.mdx, written rather than generated.
  tags: ['!autodocs'],
  args: { sources: seedSources, max: 4, linked: false },
  render: (args) =>
    html`<source-stack
      .sources=${args.sources}
      count=${ifDefined(args.count)}
      max=${args.max}
      ?linked=${args.linked}
      @digest-error=${withDetail(args.onDigestError)}
    ></source-stack>`,
} satisfies Meta<StackArgs>;

export default meta;
type Story = StoryObj<StackArgs>;

/** The seed story's three sources: two logos and a monogram. */
export const Default: Story = {};

export const OneSource: Story = { name: 'One source', args: { sources: oneSourceStory.sources } };

/** Twenty-two sources listed: the first four logos and "22 Sources". */
export const TwentyTwoSources: Story = { name: '22 sources, 4 shown', args: { sources: twentyTwoSources } };

/** Only the first four sources listed, `count` 22: the contract's `sourceCount` case. */
export const CountLargerThanSources: Story = {
  name: 'Count larger than sources',
  args: { sources: twentyTwoSources.slice(0, 4), count: 22 },
};

/** `count` smaller than the sources listed is never shown: this still says "3 Sources". */
export const CountSmallerThanSources: Story = { name: 'Count smaller than sources', args: { count: 1 } };

/** Each logo links to its cited article (the stack inside a card is not linked). */
export const Linked: Story = { name: 'Linked', args: { linked: true } };

export const MaxTwo: Story = { name: 'Max 2', args: { sources: twentyTwoSources, max: 2 } };

/** A logo URL that 404s falls back to the monogram. */
export const BrokenLogoUrl: Story = {
  name: 'Broken logo URL',
  args: {
    sources: seedSources.map((source, index) => (index === 0 ? { ...source, logo: MISSING_LOGO } : source)),
  },
};

export const RightToLeft: Story = {
  name: 'RTL text',
  args: { sources: rtlStory.sources },
  ...rightToLeft,
};

/** No sources and no count: the stack renders nothing. */
export const Empty: Story = { name: 'Empty', args: { sources: [] } };
