import { expect, fixture, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { StoryCard } from '../../src/digest-elements.js';
import { uniqueKey } from '../support/api.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { fullArticle } from '../support/data.js';
import { eventually, loadNow } from '../support/images.js';
import { shadow } from '../support/shadow.js';

const part = (element: Element, name: string) =>
  shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const height = (element: Element) => element.getBoundingClientRect().height;
const loaded = (card: StoryCard) =>
  eventually(() => part(card, 'title') !== null, 'the card did not show its story');

/** A story the test server sends after 400 ms, its title `n` sentences long. */
const lateStory = (key: string, n: number) =>
  `/api/slow?ms=400&key=${key}-${n}&title=${encodeURIComponent('A late story whose title runs on. '.repeat(n))}`;

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

describe('no layout shift when data arrives late', () => {
  it('src cards in a 680 px column: the skeleton has the loaded card’s box, nothing below moves', async () => {
    // README: a page whose stories have no lead image says so, and no image box is reserved.
    const shifts: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    const key = uniqueKey('late');
    const column = await fixture<HTMLElement>(
      html`<div style="width: 680px; --digest-card-media: 0">
        ${[1, 2, 3].map((n) => html`<story-card src=${lateStory(key, n)}></story-card>`)}
        <p>The publisher's text after the cards.</p>
      </div>`,
    );
    const cards = [...column.querySelectorAll('story-card')];
    await eventually(() => cards.every((card) => part(card, 'skeleton')), 'no skeletons');
    const before = cards.map(height);
    expect(before[0]).to.be.greaterThan(100);
    await Promise.all(cards.map(loaded));
    // Two frames, so that any shift of the frame that showed the data has been reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.disconnect();
    expect(shifts.map((entry) => (entry as PerformanceEntry & { value: number }).value)).to.deep.equal([]);
    expect(cards.map(height)).to.deep.equal(before);
  });

  for (const title of [
    'Short',
    'A title long enough to need every one of the lines a card gives it, and more '.repeat(3),
  ]) {
    it(`a card with an image has the skeleton's height, whatever its text (${title.length} characters)`, async () => {
      const column = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <story-card src="/api/hang?key=${uniqueKey('hang')}" timeout="10000"></story-card>
          <story-card .article=${fullArticle({ title, summary: title })}></story-card>
        </div>`,
      );
      const [skeleton, card] = [...column.querySelectorAll('story-card')];
      await eventually(() => part(skeleton, 'skeleton'), 'no skeleton');
      expect(height(card)).to.be.closeTo(height(skeleton), 0.5);
      skeleton.remove();
    });
  }
});

describe('a lead image that fails to load', () => {
  it('leaves its reserved box, in a neutral fill, without the broken-image icon, at the same height', async () => {
    const card = await fixture<StoryCard>(
      html`<story-card
        style="width: 320px"
        .article=${fullArticle({ image: { src: '/no-such-lead-image.jpg', alt: 'A bus', width: 1200, height: 675 } })}
      ></story-card>`,
    );
    const media = part(card, 'media') as HTMLElement;
    const [boxBefore, cardBefore] = [height(media), height(card)];
    expect(boxBefore).to.be.closeTo((318 * 9) / 16, 1);
    loadNow(part(card, 'image') as HTMLImageElement);
    await eventually(() => part(card, 'image') === null, 'the broken image is still shown');
    expect(part(card, 'media')).to.equal(media);
    expect(media.querySelector('img')).to.equal(null);
    expect(height(media)).to.equal(boxBefore);
    expect(height(card)).to.equal(cardBefore);
    expect(getComputedStyle(media).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
