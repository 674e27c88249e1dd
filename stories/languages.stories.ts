import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Article, DigestStrings } from '../src/digest-elements.js';
import { seedRelated, seedStory, seedWithoutImage } from './data.js';

/*
 * The elements speak the language of the nearest `lang`: here a wrapper per story. Only the
 * interface is translated (buttons, headings, "N sources", dates and numbers); the stories
 * themselves stay in the language they were written in, isolated with `dir="auto"` / <bdi>.
 */

interface LanguageArgs {
  article: Article;
  strings?: DigestStrings;
}

const meta = {
  title: 'Languages',
  args: { article: seedWithoutImage },
  render: (args) => html`<story-digest .article=${args.article}></story-digest>`,
  // The lang/dir wrappers are the point: "Show code" shows them.
  parameters: { docs: { source: { excludeDecorators: false } } },
} satisfies Meta<LanguageArgs>;

export default meta;
type Story = StoryObj<LanguageArgs>;

/** seed-story.json inside `lang="fr"`: "Sélectionné par", "Partager", "Sources", "Continuer la lecture". */
export const French: Story = {
  name: 'Digest in French',
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

/** The same digest inside `lang="ja"`: Japanese interface text and date, one plural form for the count. */
export const Japanese: Story = {
  name: 'Digest in Japanese',
  decorators: [(story) => html`<div lang="ja">${story()}</div>`],
};

/**
 * The same digest inside `dir="rtl" lang="ar"`: the layout mirrors and the interface is Arabic,
 * while the English headline, paragraphs and source titles keep left-to-right order.
 */
export const Arabic: Story = {
  name: 'Digest in Arabic (RTL)',
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** The seed page's related stories in a rail per language: heading, arrows' labels, counts and dates. */
export const Rails: Story = {
  name: 'Rail in French, Japanese and Arabic',
  render: () =>
    html`<div class="language-rails">
      <style>
        .language-rails {
          display: grid;
          gap: 2rem;
        }
      </style>
      <div lang="fr"><related-rail .articles=${seedRelated}></related-rail></div>
      <div lang="ja"><related-rail .articles=${seedRelated}></related-rail></div>
      <div dir="rtl" lang="ar"><related-rail .articles=${seedRelated}></related-rail></div>
    </div>`,
  parameters: { controls: { disable: true } },
};

const HOUR = 3_600_000;

/**
 * `date-style="relative"` on a card whose story was published three hours before the story
 * rendered, in four languages; the absolute date is the `<time>`'s tooltip. While shown, the
 * elements bring the text up to date every minute.
 */
export const RelativeDates: Story = {
  name: 'Relative date (three hours ago)',
  render: () => {
    const article: Article = { ...seedStory, publishedAt: new Date(Date.now() - 3 * HOUR).toISOString() };
    return html`<div class="relative-dates">
      <style>
        .relative-dates {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
          gap: 1.5rem;
          align-items: start;
        }
      </style>
      ${['en', 'fr', 'ja', 'ar'].map(
        (lang) =>
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
            <story-card date-style="relative" layout="compact" .article=${article}></story-card>
          </div>`,
      )}
    </div>`;
  },
  parameters: { controls: { disable: true } },
};

/**
 * The `strings` property replaces some of a digest's strings, here a publisher's own wording in
 * English; the rest stay as shipped. The sources under the headline and the related rail use the
 * digest's replacements too.
 */
export const StringsOverride: Story = {
  name: 'Strings override',
  args: {
    strings: {
      curatedBy: 'Picked for you by {name}',
      share: 'Send this story',
      sourcesHeading: 'Where this comes from',
      continueReading: 'More on this story',
      sources: { one: '{n} outlet', other: '{n} outlets' },
    },
  },
  render: (args) => html`<story-digest .strings=${args.strings} .article=${args.article}></story-digest>`,
};
