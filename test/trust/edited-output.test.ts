import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { RelatedRail, StoryCard, StoryDigest } from '../../src/digest-elements.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import { mount } from '../support/mount.js';
import { collectUrls, deepQueryAll, deepUpdated } from '../support/shadow.js';
import { unsafeUrls } from '../support/urls.js';

const SCRIPT = 'javascript:alert(document.domain)';
const DATA_IMAGE = 'data:image/svg+xml,<svg onload="alert(1)"/>';

const story = (n: number) => ({
  id: `s${n}`,
  title: `Story ${n}`,
  url: `https://news.example/${n}`,
  curator: { name: 'Ada', url: 'https://news.example/ada' },
  image: { src: `https://img.example/${n}.png`, width: 4, height: 3 },
  sources: [{ name: 'Metro Daily', url: 'https://metro.example/a', logo: 'https://metro.example/logo.png' }],
  sections: [{ paragraphs: ['It happened [1].'] }],
  related: [{ title: 'Related', url: 'https://news.example/r' }],
});

/** Every way a page could try to point a trusted article at script; each must fail. */
const edits: [string, (article: NormalizedArticle) => unknown][] = [
  ['url', (article) => ((article as { url: string }).url = SCRIPT)],
  ['curator.url', (article) => ((article.curator as { url: string }).url = SCRIPT)],
  ['image.src', (article) => ((article.image as { src: string }).src = DATA_IMAGE)],
  ['sources[0].url', (article) => ((article.sources[0] as { url: string }).url = SCRIPT)],
  ['sources[0].logo', (article) => ((article.sources[0] as { logo: string }).logo = DATA_IMAGE)],
  ['sources (replaced entry)', (article) => (article.sources[0] = { name: 'X', url: SCRIPT })],
  ['sources (pushed entry)', (article) => article.sources.push({ name: 'X', url: SCRIPT })],
  ['related (pushed entry)', (article) => article.related.push(article)],
  ['a defined property', (article) => Object.defineProperty(article, 'url', { value: SCRIPT })],
  ['sections', (article) => (article.sections[0] as { paragraphs: string[] }).paragraphs.push('x')],
];

/** Tries every edit; a frozen object refuses each one with a TypeError (module code is strict). */
function tryEveryEdit(article: NormalizedArticle): string[] {
  const refused: string[] = [];
  for (const [name, edit] of edits) {
    try {
      edit(article);
    } catch (error) {
      if (error instanceof TypeError) refused.push(name);
    }
  }
  return refused;
}

const editNames = edits.map(([name]) => name);

describe('edited normalizer output cannot bypass the URL rule', () => {
  it('refuses every edit of a normalized article, at every depth', () => {
    const article = normalizeArticle(story(1)).value as NormalizedArticle;
    expect(tryEveryEdit(article)).to.deep.equal(editNames);
    expect(article.url).to.equal('https://news.example/1');
    expect(article.sources[0]?.url).to.equal('https://metro.example/a');
    const related = article.related[0] as NormalizedArticle;
    expect(tryEveryEdit(related)).to.deep.equal(editNames);
    expect(related.url).to.equal('https://news.example/r');
  });

  it('refuses edits of the stories a rail list normalizes', () => {
    const [first] = normalizeArticles([story(1)]).value as NormalizedArticle[];
    expect(tryEveryEdit(first as NormalizedArticle)).to.deep.equal(editNames);
    expect(first?.url).to.equal('https://news.example/1');
  });

  for (const tag of ['story-card', 'story-digest'] as const) {
    it(`a ${tag} given an edited article renders no unsafe href or src`, async () => {
      const article = normalizeArticle(story(1)).value as NormalizedArticle;
      tryEveryEdit(article);
      const element =
        tag === 'story-card'
          ? await mount<StoryCard>(html`<story-card .article=${article}></story-card>`)
          : await mount<StoryDigest>(html`<story-digest .article=${article}></story-digest>`);
      const urls = collectUrls(element);
      expect(urls.length, 'links and images rendered').to.be.greaterThan(2);
      expect(unsafeUrls(urls)).to.deep.equal([]);
    });
  }

  it("a rail card's own .article cannot be edited into an unsafe link", async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail .articles=${[story(1), story(2)]}></related-rail>`,
    );
    const cards = deepQueryAll<StoryCard>(rail, 'story-card');
    expect(cards).to.have.length(2);
    for (const card of cards)
      expect(tryEveryEdit(card.article as NormalizedArticle)).to.deep.equal(editNames);
    for (const card of cards) card.requestUpdate();
    await deepUpdated(rail);
    const urls = collectUrls(rail);
    expect(urls.length, 'links and images rendered').to.be.greaterThan(4);
    expect(unsafeUrls(urls)).to.deep.equal([]);
  });
});
