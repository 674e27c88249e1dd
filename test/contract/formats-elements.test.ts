import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { RelatedRail } from '../../src/elements/related-rail/related-rail.js';
import type { StoryCard } from '../../src/elements/story-card/story-card.js';
import { mount } from '../support/mount.js';
import { deepUpdated, shadow } from '../support/shadow.js';
import { FEEDS, PAGES } from './provenance-truth.js';

/** Real feeds through `src` and real pages through `from-page`, rendered in Chromium. */

const title = (el: Element | undefined) => shadow(el).querySelector('[part=title]')?.textContent?.trim();

describe('related-rail src renders every RSS, Atom and WordPress sample', function () {
  this.timeout(10_000);
  const files = [...new Set(FEEDS.map((truth) => truth.file))];
  expect(files).to.have.length(20);
  for (const file of files) {
    const first = FEEDS.find((truth) => truth.file === file && truth.item === 1);
    it(`${file}: its first story leads the rail`, async () => {
      const rail = await mount<RelatedRail>(
        html`<related-rail layout="list" src=${`/api/publishers/${file}`}></related-rail>`,
      );
      // Loaded or failed: a failure is then seen as a rail without cards.
      await Promise.race([oneEvent(rail, 'digest-load'), oneEvent(rail, 'digest-error')]);
      await deepUpdated(rail);
      const cards = [...shadow(rail).querySelectorAll('story-card')];
      expect(cards.length, 'cards').to.be.greaterThan(0);
      const shown = title(cards[0]) ?? '';
      if (first?.textStarts) expect(shown.startsWith(first.textStarts.slice(0, 40)), shown).to.equal(true);
      else expect(shown).to.equal(first?.title);
    });
  }
});

describe('story-card from-page renders every Open Graph page', () => {
  const pages = PAGES.filter((truth) => truth.file.startsWith('opengraph/'));
  expect(pages).to.have.length(7);
  for (const truth of pages) {
    it(`${truth.file}: the page's own headline`, async () => {
      const text = await (await fetch(`/api/publishers/${truth.file}`)).text();
      const page = new DOMParser().parseFromString(text, 'text/html');
      // The page's meta tags and canonical link, in this document's head (no scripts, and no
      // http-equiv tags, which would act on the test page).
      const added = [...page.querySelectorAll('meta[property], meta[name], link[rel=canonical]')].map(
        (node) => document.head.appendChild(document.importNode(node, true)),
      );
      try {
        const card = await mount<StoryCard>(html`<story-card from-page></story-card>`);
        expect(truth.titles).to.include(title(card));
      } finally {
        added.forEach((node) => node.remove());
      }
    });
  }
});
