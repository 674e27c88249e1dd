import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { RelatedRail } from '../../src/elements/related-rail/related-rail.js';
import type { StoryCard } from '../../src/elements/story-card/story-card.js';
import type { StoryDigest } from '../../src/elements/story-digest/story-digest.js';
import bbc from '../fixtures/publishers/jsonld/bbc-1.json';
import jsonFeed from '../fixtures/publishers/jsonfeed/jsonfeed-org-v1.json';
import newsApi from '../fixtures/publishers/newsapi/hiroaki-getnews.json';
import { mount } from '../support/mount.js';
import { deepUpdated, shadow } from '../support/shadow.js';

const title = (el: Element) => shadow(el).querySelector('[part=title]')?.textContent?.trim();

describe('the elements take the formats publishers already have', () => {
  it('story-card renders a schema.org NewsArticle from JSON-LD', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${bbc}></story-card>`);
    expect(title(card)).to.equal("Obama admits US gun laws are his 'biggest frustration'");
  });

  it('story-digest renders a NewsAPI article, without the " - Source" title suffix', async () => {
    const digest = await mount<StoryDigest>(html`<story-digest .article=${newsApi}></story-digest>`);
    expect(title(digest)).to.equal("How to Get Android P's Screenshot Editing Tool on Any Android Phone");
  });

  it('related-rail renders every article of a NewsAPI response, in order', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail layout="list" .articles=${newsApi}></related-rail>`,
    );
    await deepUpdated(rail);
    const titles = [...shadow(rail).querySelectorAll('story-card')].map(title);
    expect(titles).to.deep.equal([
      "How to Get Android P's Screenshot Editing Tool on Any Android Phone",
      "Capital One's virtual credit cards could help you avoid fraud",
      'Magic Leap gets $461M more, Travis goes VC, and HQ Trivia scales up',
    ]);
  });

  it('related-rail renders the items of a JSON Feed', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${jsonFeed}></related-rail>`);
    await deepUpdated(rail);
    expect([...shadow(rail).querySelectorAll('story-card')].map(title)).to.deep.equal([
      'Announcing JSON Feed',
    ]);
  });

  it("story-card from-page shows the article of the page's own JSON-LD, found among other blocks", async () => {
    const blocks = [{ '@context': 'https://schema.org', '@type': 'BreadcrumbList' }, bbc].map((block) => {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify(block);
      return document.head.appendChild(script);
    });
    try {
      const card = await mount<StoryCard>(html`<story-card from-page></story-card>`);
      expect(title(card)).to.equal("Obama admits US gun laws are his 'biggest frustration'");
    } finally {
      blocks.forEach((script) => script.remove());
    }
  });

  it('reads the data as the format the format attribute names, and again when it changes', async () => {
    const card = await mount<StoryCard>(html`<story-card format="digest" .article=${bbc}></story-card>`);
    // Read as article JSON, JSON-LD has no `title`: the placeholder shows.
    expect(shadow(card).querySelector('[part=error]')).to.not.equal(null);
    card.format = 'jsonld';
    await card.updateComplete;
    expect(title(card)).to.equal("Obama admits US gun laws are his 'biggest frustration'");
  });
});
