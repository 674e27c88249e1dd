import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { DigestSelectDetail, RelatedRail, StoryCard } from '../../src/digest-elements.js';
import { fullArticle } from '../support/data.js';
import { mount } from '../support/mount.js';
import { shadow } from '../support/shadow.js';

/** Clicks a title link (with the given button and keys) and tells whether the browser would still follow it. */
function clickFollows(
  link: HTMLAnchorElement,
  init?: MouseEventInit & { type?: 'click' | 'auxclick' },
): boolean {
  let followed = true;
  // Last in line: records the outcome, then keeps the test page where it is.
  const record = (event: Event) => {
    followed = !event.defaultPrevented;
    event.preventDefault();
  };
  const type = init?.type ?? 'click';
  window.addEventListener(type, record);
  try {
    if (init)
      link.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));
    else link.click();
  } finally {
    window.removeEventListener(type, record);
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

describe('digest-select says how the reader chose the story', () => {
  const NO_KEYS = {
    button: 0,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    newTab: false,
  };

  /** What `digest-select` said, and whether the link was followed, for one click with `init`. */
  async function selectWith(init: MouseEventInit & { type?: 'click' | 'auxclick' }) {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    const details: DigestSelectDetail[] = [];
    card.addEventListener('digest-select', (event) => details.push(event.detail));
    const followed = clickFollows(titleLink(card), init);
    return { details, followed };
  }

  const cases: [string, MouseEventInit & { type?: 'click' | 'auxclick' }, Partial<DigestSelectDetail>][] = [
    ['a plain click', {}, {}],
    ['Ctrl-click', { ctrlKey: true }, { ctrlKey: true, newTab: true }],
    ['⌘-click', { metaKey: true }, { metaKey: true, newTab: true }],
    ['Shift-click (new window)', { shiftKey: true }, { shiftKey: true, newTab: true }],
    ['Alt-click (download), not a new tab', { altKey: true }, { altKey: true }],
    ['a middle click', { type: 'auxclick', button: 1 }, { button: 1, newTab: true }],
  ];
  for (const [name, init, expected] of cases) {
    it(`${name}: the detail carries the button, the keys and newTab`, async () => {
      const { details } = await selectWith(init);
      expect(
        details.map(({ button, ctrlKey, metaKey, shiftKey, altKey, newTab }) => ({
          button,
          ctrlKey,
          metaKey,
          shiftKey,
          altKey,
          newTab,
        })),
      ).to.deep.equal([{ ...NO_KEYS, ...expected }]);
    });
  }

  it('the documented routing recipe (docs/events.md) keeps Ctrl-, ⌘-, Shift- and middle-click going to the link, and routes a plain click', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail .articles=${[fullArticle(), fullArticle({ id: 'b' })]}></related-rail>`,
    );
    const routed: string[] = [];
    const recipe = (event: CustomEvent<DigestSelectDetail>) => {
      if (event.detail.newTab) return;
      event.preventDefault();
      routed.push(event.detail.url);
    };
    document.addEventListener('digest-select', recipe);
    try {
      const link = titleLink(shadow(rail).querySelectorAll('story-card')[1] as StoryCard);
      const outcomes = [
        { ctrlKey: true },
        { metaKey: true },
        { shiftKey: true },
        { type: 'auxclick' as const, button: 1 },
      ].map((init) => clickFollows(link, init));
      expect(outcomes, 'followed by the browser').to.deep.equal([true, true, true, true]);
      expect(routed, 'nothing routed in the app').to.deep.equal([]);
      expect(clickFollows(link, {}), 'a plain click is routed, not followed').to.equal(false);
      expect(routed).to.deep.equal([link.href]);
    } finally {
      document.removeEventListener('digest-select', recipe);
    }
  });
});
