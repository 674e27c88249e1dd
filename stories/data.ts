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

/* Related stories: the rail on its own and the digest's "Continue Reading". */

/** The seed page's four related stories (seed-story.json's `related`), with local logos. */
export const seedRelated: Article[] = seedWithoutImage.related ?? [];

/** seed-story.json with an empty `related` list: the digest ends with its sources. */
export const seedWithoutRelated: Article = { ...seedWithoutImage, related: [] };

/** Drops the `[n]` markers, for paragraph text reused as a card summary. */
const withoutCitations = (text: string) => text.replace(/\s*\[\d+\]/g, '');

const seedParagraphs = (seed.sections ?? []).flatMap((section) => section.paragraphs).map(withoutCitations);

/** Every headline in the fixtures: the stories, the seed's sources and its section headings. */
const fixtureHeadlines: string[] = [
  ...seedRelated.map((story) => story.title),
  seed.title,
  oneSourceStory.title,
  minimalStory.title,
  ...seedSources.flatMap((source) => (source.title ? [source.title] : [])),
  ...(seed.sections ?? []).flatMap((section) => (section.heading ? [section.heading] : [])),
];

const fixtureSummaries: string[] = [
  ...seedRelated.flatMap((story) => (story.summary ? [story.summary] : [])),
  ...(seed.summary ? [seed.summary] : []),
  ...(oneSourceStory.summary ? [oneSourceStory.summary] : []),
  ...seedParagraphs,
];

const FOLLOW_UPS = [
  'Explainer',
  'Timeline',
  'Analysis',
  'Q&A',
  'What we know',
  'Opinion',
  'Reaction',
  'Data',
];

/**
 * Twenty stories for a long rail, varied from the fixtures by their position alone (no
 * randomness, so screenshots stay comparable): the twelve fixture headlines, then follow-ups on
 * them; one to five of the made-up publishers, sometimes with a larger `sourceCount`; a date a
 * day apart (every sixth story has none); a summary on most; the lead image on every fifth.
 */
export const twentyRelated: Article[] = Array.from({ length: 20 }, (_, index) => {
  const n = index + 1;
  const headline = fixtureHeadlines[index % fixtureHeadlines.length] as string;
  const round = Math.floor(index / fixtureHeadlines.length);
  const title = round === 0 ? headline : `${FOLLOW_UPS[index % FOLLOW_UPS.length]}: ${headline}`;
  const listed = 1 + (index % 5);
  const first = (index * 3) % twentyTwoSources.length;
  const sources = Array.from(
    { length: listed },
    (_unused, offset) => twentyTwoSources[(first + offset) % twentyTwoSources.length] as Source,
  );
  const story: Article = {
    id: `related-${n}`,
    title,
    url: `https://news.example/stories/related-${n}`,
    sources,
  };
  if (index % 4 !== 3) story.summary = fixtureSummaries[index % fixtureSummaries.length];
  if (index % 6 !== 5)
    story.publishedAt = new Date(Date.UTC(2025, 0, 15 - index, 8 + (index % 9), 2)).toISOString();
  if (index % 3 === 2) story.sourceCount = listed + n;
  if (index % 5 === 0) story.image = LEAD_IMAGE;
  return story;
});

/** Arabic headlines beside rtl.json's own (made up for the stories, Latin names embedded on purpose). */
const RTL_HEADLINES = [
  rtlStory.title,
  'غرف الأخبار تختبر أدوات Llama و GPT-4',
  'صحف عربية تنشر تقارير كُتبت بمساعدة الذكاء الاصطناعي',
  'ما الذي يعنيه الذكاء الاصطناعي للصحفيين؟',
];

/**
 * Four right-to-left stories built on rtl.json: its summary and sources, one with the lead
 * image, one with a single source, one with a larger `sourceCount`.
 */
export const rtlRelated: Article[] = RTL_HEADLINES.map((title, index) => {
  const story: Article = {
    ...rtlStory,
    id: `${rtlStory.id ?? 'rtl'}-${index + 1}`,
    title,
    url: `https://news.example/ar/stories/related-${index + 1}`,
    publishedAt: new Date(Date.UTC(2025, 1, 10 - index, 14, 30)).toISOString(),
  };
  if (index === 1) story.image = LEAD_IMAGE;
  if (index === 2) story.sources = (rtlStory.sources ?? []).slice(0, 1);
  if (index === 3) story.sourceCount = 12;
  return story;
});

/** rtl.json as a digest: its summary again as a paragraph citing both sources, and the RTL rail. */
export const rtlDigest: Article = {
  ...rtlStory,
  sections: [{ paragraphs: [`${rtlStory.summary ?? ''} [1][2]`] }],
  related: rtlRelated.slice(1),
};
