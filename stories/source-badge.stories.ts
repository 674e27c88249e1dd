import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source, SourceBadge } from '../src/digest-elements.js';
import { LOGO_F, LOGO_V, MISSING_LOGO, seedSources } from './data.js';
import { withDetail, type DetailAction } from './actions.js';
import { rightToLeft } from './decorators.js';

interface BadgeArgs {
  source?: Source;
  name?: string;
  href?: string;
  logo?: string;
  size: SourceBadge['size'];
  label: SourceBadge['label'];
  onDigestError?: DetailAction;
}

const meta = {
  title: 'Elements/source-badge',
  component: 'source-badge',
  // Its docs page is stories/docs/source-badge.mdx, written rather than generated.
  tags: ['!autodocs'],
  args: {
    name: 'Fortune',
    href: 'https://fortune.example/2025/01/15/meta-llama-filings',
    logo: LOGO_F,
    size: 'medium',
    label: 'hidden',
  },
  render: (args) =>
    html`<source-badge
      name=${ifDefined(args.name)}
      href=${ifDefined(args.href)}
      logo=${ifDefined(args.logo)}
      size=${args.size}
      label=${args.label}
      .source=${args.source}
      @digest-error=${withDetail(args.onDigestError)}
    ></source-badge>`,
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** A logo, linked to the cited article; the name is its accessible name and tooltip. */
export const Default: Story = {};

/** No logo: the initials of the name, in a colour chosen from the name. */
export const Monogram: Story = {
  name: 'No logo (monogram)',
  args: {
    name: 'InfoWorld',
    href: 'https://infoworld.example/article/meta-llama-training-data',
    logo: undefined,
  },
};

/** The logo URL 404s: the badge falls back to the monogram. */
export const BrokenLogoUrl: Story = {
  name: 'Broken logo URL',
  args: { name: 'The Verge', href: 'https://verge.example/2025/1/15/meta-libgen', logo: MISSING_LOGO },
};

/** No `href`: a plain, unlinked badge. */
export const Unlinked: Story = { name: 'Unlinked', args: { href: undefined } };

export const Small: Story = { name: 'Size: small', args: { size: 'small' } };

export const Large: Story = { name: 'Size: large', args: { size: 'large' } };

/** The name shown beside the logo. */
export const LabelVisible: Story = { name: 'Label visible', args: { label: 'visible' } };

/** Every size, with logo and monogram, label hidden and visible. */
export const SizesAndLabels: Story = {
  name: 'All sizes and labels',
  render: () => {
    const sizes = ['small', 'medium', 'large'] as const;
    const labels = ['hidden', 'visible'] as const;
    return html`<div style="display: grid; grid-template-columns: repeat(4, max-content); gap: 1rem 2rem">
      ${sizes.map((size) =>
        labels.map(
          (label) => html`
            <source-badge name="The Verge" logo=${LOGO_V} size=${size} label=${label}></source-badge>
            <source-badge name="Seeking Alpha" size=${size} label=${label}></source-badge>
          `,
        ),
      )}
    </div>`;
  },
  parameters: { controls: { disable: true } },
};

/** The `source` property, as the other elements pass it, wins over the attributes. */
export const SourceProperty: Story = {
  name: 'From the source property',
  args: { source: seedSources[2], name: undefined, href: undefined, logo: undefined, label: 'visible' },
};

/** An Arabic name in a right-to-left page: initials and label follow the script. */
export const RightToLeft: Story = {
  name: 'RTL name',
  args: { name: 'صحيفة المثال', href: 'https://sahifa.example/ai', logo: undefined, label: 'visible' },
  ...rightToLeft,
};

/** A source without a name renders nothing and dispatches `digest-error`. */
export const NoName: Story = { name: 'No name (error)', args: { source: { name: '' }, name: undefined } };
