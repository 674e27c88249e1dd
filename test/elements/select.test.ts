import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { RelatedRail, StoryCard } from '../../src/digest-elements.js';
import { fullArticle } from '../support/data.js';
import { mount } from '../support/mount.js';
import { shadow } from '../support/shadow.js';

/** Clicks a title link and tells whether the browser would still follow it. */
function clickFollows(link: HTMLAnchorElement): boolean {
  let followed = true;
  // Last in line: records the outcome, then keeps the test page where it is.
  const record = (event: Event) => {
    followed = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', record);
  try {
    link.click();
  } finally {
    window.removeEventListener('click', record);
  }
  return followed;
}

const titleLink = (card: Element) => shadow(card).querySelector('[part=title-link]') as HTMLAnchorElement;

describe('digest-select can be cancelled by an app that routes by itself', () => {
  it('a card follows its link when nobody cancels digest-select, and the event is cancelable', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    let cancelable = false;
    card.addEventListener('digest-select', (event) => (cancelable = event.cancelable), { once: true });
    expect(clickFollows(titleLink(card))).to.equal(true);
    expect(cancelable).to.equal(true);
  });

  it('a card does not follow its link when a listener cancels digest-select', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    document.addEventListener('digest-select', (event) => event.preventDefault(), { once: true });
    expect(clickFollows(titleLink(card))).to.equal(false);
  });

  it('a rail card does not follow its link when the rail’s digest-select is cancelled', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail .articles=${[fullArticle(), fullArticle({ id: 'b' })]}></related-rail>`,
    );
    const positions: number[] = [];
    rail.addEventListener(
      'digest-select',
      (event) => {
        positions.push(event.detail.position ?? 0);
        event.preventDefault();
      },
      { once: true },
    );
    const card = shadow(rail).querySelectorAll('story-card')[1] as StoryCard;
    expect(clickFollows(titleLink(card))).to.equal(false);
    expect(positions).to.deep.equal([2]);
  });
});
