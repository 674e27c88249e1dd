/**
 * Languages other than English arrive on demand (issue 16): a block in another language renders
 * first in that language, never English first, and a block whose language changes later fetches
 * the new one and switches to it. This page has loaded no language before these tests.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Article, StoryCard } from '../../src/digest-elements.js';

const article: Article = {
  title: 'Le conseil vote le budget',
  url: 'https://news.example/budget',
  sources: [{ name: 'Le Monde' }, { name: 'Libération' }, { name: 'Le Figaro' }],
};

/** A card inside `<div lang=…>`, with the text of its count recorded after each of its renders. */
function cardIn(lang: string) {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const card = document.createElement('story-card') as StoryCard;
  card.article = article;
  const counts: (string | undefined)[] = [];
  card.addController({
    hostUpdated: () => counts.push(card.shadowRoot?.querySelector('[part=count]')?.textContent ?? undefined),
  });
  wrapper.append(card);
  document.body.append(wrapper);
  return { wrapper, card, counts };
}

describe('languages fetched on demand', () => {
  afterEach(() => document.querySelectorAll('div[lang]').forEach((wrapper) => wrapper.remove()));

  it('renders a French block in French from its first render', async () => {
    const { card, counts } = cardIn('fr');
    await card.updateComplete;
    expect(counts[0]).to.equal('3 sources');
    expect(counts).not.to.include('3 Sources');
  });

  it('a block in a language not shipped renders in English at once', async () => {
    const { card, counts } = cardIn('nl');
    await card.updateComplete;
    expect(counts).to.deep.equal(['3 Sources']);
  });

  it('fetches the new language when a block changes language, and switches to it', async () => {
    const { wrapper, card, counts } = cardIn('en');
    await card.updateComplete;
    expect(counts).to.deep.equal(['3 Sources']);
    wrapper.lang = 'de';
    await waitUntil(() => counts.at(-1) === '3 Quellen', `still ${counts.at(-1)}`);
  });
});
