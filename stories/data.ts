/**
 * Story data, built from the test fixtures so stories and tests show the same stories. The
 * fixtures' logos point at publishers' hosts; Storybook loads nothing from the network, so those
 * become the two logos drawn for the stories (stories/assets/) or, for everyone else, monograms.
 */
import type { Article, ArticleImage, Source } from '../src/digest-elements.js';
import minimalJson from '../test/fixtures/minimal.json';
import oneSourceJson from '../test/fixtures/one-source.json';
import rtlJson from '../test/fixtures/rtl.json';
import seedJson from '../test/fixtures/seed-story.json';

/** Served from stories/assets/ through `staticDirs`; relative, so a Storybook in a subfolder works. */
export const LOGO_F = './assets/logo-f.svg';
export const LOGO_V = './assets/logo-v.svg';

/** Same origin, never served: the request fails and the badge falls back to its monogram. */
export const MISSING_LOGO = '/missing-logo.png';

export const LEAD_IMAGE: ArticleImage = {
  src: './assets/lead.svg',
  alt: 'Drawing of green hills under a pale sky',
  width: 320,
  height: 180,
};

const LOCAL_LOGOS: Record<string, string> = { Fortune: LOGO_F, 'The Verge': LOGO_V };

function offlineSource(source: Source): Source {
  const { logo, ...rest } = source;
  const local = LOCAL_LOGOS[source.name];
  return logo !== undefined && local !== undefined ? { ...rest, logo: local } : rest;
}

/** The article with every remote logo swapped for a local one or dropped. */
export function offline(article: Article): Article {
  const copy: Article = { ...article };
  if (article.sources) copy.sources = article.sources.map(offlineSource);
  if (article.related) copy.related = article.related.map(offline);
  return copy;
}

const seed: Article = seedJson;

/** seed-story.json as the card shows it: local logos and a local lead image. */
export const seedStory: Article = { ...offline(seed), image: LEAD_IMAGE };

/** seed-story.json without an image. */
export const seedWithoutImage: Article = offline(seed);

/** seed-story.json with no logos at all, so every source is a monogram. */
export const seedWithoutLogos: Article = {
  ...seedStory,
  sources: (seed.sources ?? []).map(({ name, url, title }) => ({ name, url, title })),
};

/** seed-story.json whose first logo is a same-origin URL that 404s. */
export const seedWithBrokenLogo: Article = {
  ...seedStory,
  sources: (seedStory.sources ?? []).map((source, index) =>
    index === 0 ? { ...source, logo: MISSING_LOGO } : source,
  ),
};

export const oneSourceStory: Article = oneSourceJson;
export const minimalStory: Article = minimalJson;
export const rtlStory: Article = rtlJson;

export const seedSources: Source[] = seedStory.sources ?? [];

/** Twenty-two made-up publishers, the first two with the drawn logos. */
export const twentyTwoSources: Source[] = [
  'Fortune',
  'The Verge',
  'Harbour Ledger',
  'Northfield Courier',
  'Daily Lantern',
  'Riverside Post',
  'Civic Wire',
  'Granite Times',
  'Meridian Review',
  'Open Field Radio',
  'Coastline Herald',
  'Bright Signal',
  'Upland Gazette',
  'Metro Daily',
  'Quarry Journal',
  'Evening Compass',
  'Tidewater News',
  'Summit Dispatch',
  '3 Rivers Report',
  'Lakeshore Bulletin',
  'Prairie Observer',
  'Old Town Chronicle',
].map((name, index) => ({
  name,
  url: `https://sources.example/${index + 1}`,
  ...(LOCAL_LOGOS[name] ? { logo: LOCAL_LOGOS[name] } : {}),
}));

export const manySourcesStory: Article = {
  ...seedStory,
  id: 'many-sources',
  sources: twentyTwoSources,
};

export const longTitleStory: Article = {
  ...seedStory,
  id: 'long-title',
  title:
    'Court filings unsealed late on Tuesday show that Meta’s most senior artificial-intelligence leaders set Llama 3 against GPT-4 as the one benchmark that mattered, weighed using LibGen, and argued among themselves about what the open-weights release would mean for a supercalifragilisticexpialidociouslylongunbrokenwordthatmustwrap',
  summary:
    'A summary as long as the title, to show how both wrap and where the title is clamped: the unsealed messages describe a race with one target, questions about training data, and a company-wide debate that is now evidence in several copyright lawsuits.',
};

/** Not an article at all: the card shows its error placeholder and fires `digest-error`. */
export const invalidArticle = {} as Article;
