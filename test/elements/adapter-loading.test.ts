import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Adapter } from '../../src/contract/adapters/formats.js';
import type { OnDemand } from '../../src/data/on-demand.js';
import { ADAPTERS } from '../../src/data/story-formats.js';
import type { StoryCard } from '../../src/elements/story-card/story-card.js';
import newsApi from '../fixtures/publishers/newsapi/hiroaki-getnews.json';
import { shadow } from '../support/shadow.js';

/** Adapters load when data first needs one; these tests hold each load back until they let it go. */

const title = (el: Element) => shadow(el).querySelector('[part=title]')?.textContent?.trim();
const pause = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds `module`'s load until `release()`. */
function gate(module: OnDemand<Adapter>) {
  const load = module.load;
  let release = () => {};
  const opened = new Promise<void>((resolve) => (release = resolve));
  module.load = async () => {
    await opened;
    return load();
  };
  return { release, restore: () => (module.load = load) };
}

describe('an adapter loaded on demand', () => {
  it('shows the loading skeleton until it arrives, and updateComplete waits for it', async () => {
    const held = gate(ADAPTERS.newsapi);
    try {
      const card = fixtureSync<StoryCard>(html`<story-card .article=${newsApi}></story-card>`);
      let complete = false;
      void card.updateComplete.then(() => (complete = true));
      await pause();
      expect(shadow(card).querySelector('[part=skeleton]')).to.not.equal(null);
      expect(complete, 'updateComplete waits for the adapter').to.equal(false);
      held.release();
      await card.updateComplete;
      expect(complete).to.equal(true);
      expect(title(card)).to.equal("How to Get Android P's Screenshot Editing Tool on Any Android Phone");
    } finally {
      held.restore();
    }
  });

  it('does not let data given while it loads be overwritten when it arrives', async () => {
    const held = gate(ADAPTERS.jsonfeed);
    try {
      const card = fixtureSync<StoryCard>(html`<story-card></story-card>`);
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Feed',
        items: [{ title: 'Stale' }],
      };
      card.article = feed as unknown as StoryCard['article'];
      await pause();
      card.article = { title: 'Given since', sources: [{ name: 'Metro Daily' }] };
      await card.updateComplete;
      held.release();
      await pause();
      await card.updateComplete;
      expect(title(card)).to.equal('Given since');
    } finally {
      held.restore();
    }
  });

  it('that fails shows the placeholder, with one digest-error and one warning, and "Try again" loads it', async () => {
    const load = ADAPTERS.wordpress.load;
    ADAPTERS.wordpress.load = () => Promise.reject(new Error('offline'));
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    const errors: string[] = [];
    try {
      const card = fixtureSync<StoryCard>(
        html`<story-card
          @digest-error=${(event: CustomEvent<{ message: string }>) => errors.push(event.detail.message)}
          .article=${{ id: 7, title: { rendered: 'A WordPress post' }, link: 'https://wp.example/7' }}
        ></story-card>`,
      );
      await card.updateComplete;
      await pause();
      expect(shadow(card).querySelector('[part=error]')).to.not.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('offline');
      expect(warnings).to.have.length(1);
      ADAPTERS.wordpress.load = load;
      shadow(card).querySelector<HTMLButtonElement>('[part=retry]')?.click();
      await card.updateComplete;
      expect(title(card)).to.equal('A WordPress post');
      expect(errors).to.have.length(1);
    } finally {
      ADAPTERS.wordpress.load = load;
      console.warn = warn;
    }
  });
});
