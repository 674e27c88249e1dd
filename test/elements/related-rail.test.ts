import { aTimeout, expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/digest-elements.js';
import type { Article, DigestSelectDetail, RelatedRail, StoryCard } from '../../src/digest-elements.js';
import seedStory from '../fixtures/seed-story.json';
import { interactionHooks, pressEnterOn } from '../support/hooks.js';
import { inlineJson } from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { expectSame } from '../support/assert.js';
import { mount } from '../support/mount.js';
import {
  deepActiveElement,
  framesRendered,
  isInside,
  requireVisiblePage,
  scrollSettled,
} from '../support/rendering.js';
import { deepQueryAll, deepUpdated, shadow } from '../support/shadow.js';
import { cards, scroller, stories, story, titleLink, wideRail } from './rail-fixtures.js';

const related = seedStory.related as Article[];

const railPart = <E extends Element = HTMLElement>(rail: Element, name: string) =>
  shadow(rail).querySelector<E>(`[part~="${name}"]`);
const cardTitle = (card: Element) => shadow(card).querySelector('[part=title]')?.textContent?.trim();
const titles = (rail: Element) => cards(rail).map(cardTitle);
const previous = (rail: Element) => railPart<HTMLButtonElement>(rail, 'previous') as HTMLButtonElement;
const next = (rail: Element) => railPart<HTMLButtonElement>(rail, 'next') as HTMLButtonElement;
const headings = (root: Element | ShadowRoot) => Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
/** The glyph of each button and how it is set. */
const arrows = (rail: Element) =>
  [previous(rail), next(rail)].map((button) => {
    const glyph = button.querySelector('[aria-hidden="true"]') as Element;
    const style = getComputedStyle(glyph);
    return { text: glyph.textContent?.trim(), direction: style.direction, transform: style.transform };
  });
/** The scroll region's accessible name, from aria-labelledby (inside the shadow root) or aria-label. */
const regionName = (rail: Element) => {
  const region = scroller(rail);
  const by = region.getAttribute('aria-labelledby');
  return by ? shadow(rail).getElementById(by)?.textContent?.trim() : region.getAttribute('aria-label');
};
/** One step between card starts in the scroll layout: a card's width plus the gap. */
const stride = (rail: Element) => {
  const [first, second] = Array.from(shadow(rail).querySelectorAll('li'));
  return Math.abs(
    (second as Element).getBoundingClientRect().left - (first as Element).getBoundingClientRect().left,
  );
};

/**
 * A rail of `count` stories in a box of `width` pixels, in the scroll layout unless told, after it
 * has rendered frames: the rail learns how far its row scrolls from a ResizeObserver, which reports
 * once the cards inside have rendered (visible pages only).
 */
async function renderedRail(
  count: number,
  width = 600,
  attributes: Partial<Record<'dir' | 'layout', string>> = {},
) {
  const rail = await wideRail(count, width, attributes);
  await framesRendered(rail);
  return rail;
}

/** Presses Enter on `element`, after checking it has focus: a stray Enter must never reach anything else. */
const env = interactionHooks();

describe('related-rail renders stories', () => {
  it('renders one story-card per article of the articles property, in order', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
      expect(titles(rail)).to.deep.equal(related.map((article) => article.title));
      expect(cards(rail).map((card) => card.dataset.position)).to.deep.equal(['1', '2', '3', '4']);
      // Each card shows its own "N Sources", the seed's sourceCount rule included.
      const counts = cards(rail).map((card) => deepQueryAll(card, '[part=count]')[0]?.textContent?.trim());
      expect(counts).to.deep.equal(['2 Sources', '6 Sources', '22 Sources', '5 Sources']);
      expect(errors.events.length).to.equal(0);
      expect(env.warn.calls.length).to.equal(0);
    } finally {
      errors.stop();
    }
  });

  it('renders an array from an inline <script type="application/json"> child', async () => {
    const rail = await mount<RelatedRail>(
      `<related-rail><script type="application/json">${inlineJson(related)}</script></related-rail>`,
    );
    expect(titles(rail)).to.deep.equal(related.map((article) => article.title));
    expect(env.warn.calls.length).to.equal(0);
  });

  it('prefers the articles property over an inline JSON child', async () => {
    const rail = await mount<RelatedRail>(
      `<related-rail><script type="application/json">${inlineJson(related)}</script></related-rail>`,
    );
    rail.articles = stories(2);
    await deepUpdated(rail);
    expect(titles(rail)).to.deep.equal(['Story 1', 'Story 2']);
  });

  it('re-renders when given another array', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${stories(3)}></related-rail>`);
    rail.articles = [story(7), story(8)];
    await deepUpdated(rail);
    expect(titles(rail)).to.deep.equal(['Story 7', 'Story 8']);
  });

  it('renders nothing before it has articles, and nothing (no heading, no error) for an empty array', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail></related-rail>`);
    expect(shadow(rail).children.length).to.equal(0);
    const errors = recordEvents(document, 'digest-error');
    try {
      rail.articles = [];
      await deepUpdated(rail);
      await settle();
      expect(shadow(rail).children.length).to.equal(0);
      expect(errors.events.length).to.equal(0);
    } finally {
      errors.stop();
    }
  });

  it('shows the placeholder, one digest-error and one warning for inline JSON that is not an array', async () => {
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      const rail = await mount<RelatedRail>(
        `<related-rail><script type="application/json">${inlineJson(story(1))}</script></related-rail>`,
      );
      await settle();
      expect(railPart(rail, 'error')?.textContent?.trim()).to.equal('This story is unavailable');
      expect(cards(rail).length).to.equal(0);
      expect(errors.events.length).to.equal(1);
      expect(errors.events[0]?.detail.message).to.match(/^related-rail: /);
      expect(env.warn.calls.length).to.equal(1);
    } finally {
      errors.stop();
    }
  });
});

describe('related-rail skips stories it cannot show', () => {
  it('renders the rest, and reports the skipped story once: one digest-error naming it, one warning', async () => {
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      const input = [
        story(1),
        { summary: 'A story without a title', url: 'https://news.example/x' },
        story(3),
      ];
      const rail = await mount<RelatedRail>(
        html`<related-rail .articles=${input as Article[]}></related-rail>`,
      );
      await settle();
      expect(titles(rail)).to.deep.equal(['Story 1', 'Story 3']);
      expect(cards(rail).map((card) => card.dataset.position)).to.deep.equal(['1', '2']);
      expect(errors.events.length).to.equal(1);
      const { detail, target } = errors.events[0] as CustomEvent;
      expectSame(target, rail, 'target');
      expect(detail.message).to.equal('related-rail: articles[1].title is missing');
      expect(detail.problems).to.deep.equal(['articles[1].title is missing']);
      expect(env.warn.calls.length).to.equal(1);
      expect(env.warn.messages[0]).to.contain('articles[1].title is missing');
    } finally {
      errors.stop();
    }
  });

  it('names every skipped entry of several kinds in the one event and the one warning', async () => {
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      const input = [null, 'a string', { title: '   ' }, { title: 42 }, story(5)];
      const rail = await mount<RelatedRail>(
        html`<related-rail .articles=${input as Article[]}></related-rail>`,
      );
      await settle();
      expect(titles(rail)).to.deep.equal(['Story 5']);
      expect(errors.events.length).to.equal(1);
      const problems = (errors.events[0] as CustomEvent).detail.problems as string[];
      for (const index of [0, 1, 2, 3]) {
        expect(
          problems.some((problem) => problem.startsWith(`articles[${index}]`)),
          `a problem names articles[${index}]`,
        ).to.equal(true);
      }
      expect(problems.some((problem) => problem.startsWith('articles[4]'))).to.equal(false);
      expect(env.warn.calls.length).to.equal(1);
    } finally {
      errors.stop();
    }
  });

  it('reports again only when given a new input, not when it merely re-renders', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const input = [story(1), {}] as Article[];
      const rail = await mount<RelatedRail>(html`<related-rail .articles=${input}></related-rail>`);
      await settle();
      rail.heading = 'Something else';
      rail.layout = 'grid';
      await deepUpdated(rail);
      await settle();
      expect(errors.events.length).to.equal(1);
      expect(env.warn.calls.length).to.equal(1);
    } finally {
      errors.stop();
    }
  });
});

describe('related-rail max', () => {
  it('shows at most max stories, the first ones', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail max="2" .articles=${related}></related-rail>`);
    expect(titles(rail)).to.deep.equal([related[0]?.title, related[1]?.title]);
  });

  it('shows every story when max is larger than the list, or not a whole number ≥ 0', async () => {
    for (const max of ['10', '-1', 'many', '1.5']) {
      const rail = await mount<RelatedRail>(
        html`<related-rail max=${max} .articles=${related}></related-rail>`,
      );
      expect(cards(rail).length, `max="${max}"`).to.equal(4);
    }
  });

  it('follows a change of max', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
    rail.max = 1;
    await deepUpdated(rail);
    expect(cards(rail).length).to.equal(1);
  });
});

describe('related-rail heading', () => {
  it('defaults to an <h2> "Continue Reading" that names the scroll region', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
    const heading = railPart(rail, 'heading');
    expect(heading?.localName).to.equal('h2');
    expect(heading?.textContent?.trim()).to.equal('Continue Reading');
    const region = scroller(rail);
    expect(region.getAttribute('aria-labelledby')).to.equal(heading?.id);
    expectSame(
      shadow(rail).getElementById(region.getAttribute('aria-labelledby') as string),
      heading,
      'the element naming the region',
    );
  });

  it('shows a custom heading', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail heading="More on Meta" .articles=${related}></related-rail>`,
    );
    expect(railPart(rail, 'heading')?.textContent?.trim()).to.equal('More on Meta');
    expect(regionName(rail)).to.equal('More on Meta');
  });

  it('with heading="" shows no heading, and the region keeps the name "Continue Reading"', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail heading="" .articles=${related}></related-rail>`,
    );
    expect(headings(shadow(rail)).length).to.equal(0);
    expectSame(railPart(rail, 'heading'), null, "railPart(rail, 'heading')");
    const region = scroller(rail);
    expectSame(region.getAttribute('aria-labelledby'), null, "region.getAttribute('aria-labelledby')");
    expect(region.getAttribute('aria-label')).to.equal('Continue Reading');
    expect(regionName(rail)).to.equal('Continue Reading');
  });

  for (const layout of ['grid', 'list']) {
    it(`with heading="" in the ${layout} layout the list itself is named "Continue Reading"`, async () => {
      const rail = await mount<RelatedRail>(
        html`<related-rail heading="" layout=${layout} .articles=${related}></related-rail>`,
      );
      expect(headings(shadow(rail)).length).to.equal(0);
      const list = railPart(rail, 'list');
      expect(list?.getAttribute('aria-label')).to.equal('Continue Reading');
      expectSame(list?.getAttribute('aria-labelledby'), null, "list?.getAttribute('aria-labelledby')");
    });

    it(`in the ${layout} layout the list is named by the visible heading`, async () => {
      const rail = await mount<RelatedRail>(
        html`<related-rail layout=${layout} .articles=${related}></related-rail>`,
      );
      const list = railPart(rail, 'list');
      const heading = railPart(rail, 'heading');
      expect(list?.getAttribute('aria-labelledby')).to.equal(heading?.id);
      expectSame(
        shadow(rail).getElementById(list?.getAttribute('aria-labelledby') as string),
        heading,
        'the element naming the list',
      );
    });
  }

  it('uses heading-level for the rail heading and one level below for the cards', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail heading-level="3" .articles=${related}></related-rail>`,
    );
    expect(railPart(rail, 'heading')?.localName).to.equal('h3');
    expect(cards(rail)).to.have.length(related.length);
    for (const card of cards(rail))
      expect(headings(shadow(card)).map((h) => h.localName)).to.deep.equal(['h4']);
  });

  it('gives cards <h3> under the default <h2>', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
    expect(cards(rail)).to.have.length(related.length);
    for (const card of cards(rail))
      expect(headings(shadow(card)).map((h) => h.localName)).to.deep.equal(['h3']);
  });

  it('falls back to <h2> for a heading-level that is not a heading level', async () => {
    for (const level of ['0', '7', 'two', '2.5']) {
      const rail = await mount<RelatedRail>(
        html`<related-rail heading-level=${level} .articles=${related}></related-rail>`,
      );
      expect(railPart(rail, 'heading')?.localName, `heading-level="${level}"`).to.equal('h2');
    }
  });
});

describe('related-rail layouts', () => {
  it('scroll (default): a focusable named group around a <ul role="list"> of <li>, with two real buttons', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
    const region = scroller(rail);
    expect(region.getAttribute('role')).to.equal('group');
    expect(region.getAttribute('tabindex')).to.equal('0');
    const list = region.querySelector(':scope > ul');
    expect(list?.getAttribute('role')).to.equal('list');
    expect(list?.querySelectorAll(':scope > li > story-card').length).to.equal(4);
    expect(list?.children.length).to.equal(4);
    for (const button of [previous(rail), next(rail)]) {
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.disabled).to.equal(false);
    }
    expect(previous(rail).getAttribute('aria-label')).to.equal('Previous stories');
    expect(next(rail).getAttribute('aria-label')).to.equal('Next stories');
    expect(cards(rail).every((card) => card.getAttribute('layout') === 'vertical')).to.equal(true);
  });

  it('scroll: snaps, keeps its scrollbar and hides no card from assistive technology', async () => {
    const rail = await wideRail(20);
    const style = getComputedStyle(scroller(rail));
    expect(style.overflowX).to.equal('auto');
    expect(style.scrollSnapType).to.contain('x');
    expect(style.scrollSnapType).to.contain('mandatory');
    expect(style.scrollbarWidth).to.not.equal('none');
    expect(scroller(rail).scrollWidth).to.be.greaterThan(scroller(rail).clientWidth);
    const hidden = [rail, ...deepQueryAll(rail, '*')].filter((element) =>
      element.closest('[aria-hidden="true"]'),
    );
    // Only the decorative arrows inside the buttons are hidden.
    expect(hidden.every((element) => element.closest('button'))).to.equal(true);
  });

  for (const layout of ['grid', 'list'] as const) {
    it(`${layout}: a <ul role="list"> of <li>, with no region and no buttons`, async () => {
      const rail = await mount<RelatedRail>(
        html`<related-rail layout=${layout} .articles=${related}></related-rail>`,
      );
      const list = railPart(rail, 'list');
      expect(list?.localName).to.equal('ul');
      expect(list?.getAttribute('role')).to.equal('list');
      expect(list?.querySelectorAll(':scope > li > story-card').length).to.equal(4);
      expectSame(
        shadow(rail).querySelector('[role=region], [tabindex]'),
        null,
        "shadow(rail).querySelector('[role=region], [tabindex]')",
      );
      expect(shadow(rail).querySelectorAll('button').length).to.equal(0);
      const cardLayout = layout === 'list' ? 'horizontal' : 'vertical';
      expect(cards(rail).every((card) => card.getAttribute('layout') === cardLayout)).to.equal(true);
    });
  }

  it('grid: its columns follow the width of the element, not the viewport', async () => {
    const columns: Record<number, number> = {};
    for (const width of [320, 600, 900, 1200]) {
      const rail = await wideRail(8, width, { layout: 'grid' });
      const template = getComputedStyle(railPart(rail, 'list') as Element).gridTemplateColumns;
      columns[width] = template.split(' ').length;
    }
    // The test page is 800px wide: the 1200px rail still gets four columns, the 320px one gets one.
    expect(columns).to.deep.equal({ 320: 1, 600: 2, 900: 3, 1200: 4 });
  });

  it('list: one column at any width', async () => {
    const rail = await wideRail(4, 1200, { layout: 'list' });
    const template = getComputedStyle(railPart(rail, 'list') as Element).gridTemplateColumns;
    expect(template.split(' ').length).to.equal(1);
  });

  it('treats an unknown layout as scroll', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail layout="carousel" .articles=${related}></related-rail>`,
    );
    expect(scroller(rail).getAttribute('role')).to.equal('group');
    expect(railPart(rail, 'base')?.classList.contains('layout-scroll')).to.equal(true);
  });
});

describe('related-rail with the keyboard', () => {
  it('Tab goes to previous, next, the scroll region, then each card', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 600px">
        <button>before</button><related-rail .articles=${stories(20)}></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    // The buttons are shown once the rail knows its row scrolls, which it learns in a frame.
    await framesRendered(rail);
    (wrapper.querySelector('button') as HTMLButtonElement).focus();
    const expected: [string, Element | null][] = [
      ['previous', previous(rail)],
      ['next', next(rail)],
      ['region', scroller(rail)],
      ['card 1', titleLink(cards(rail)[0] as Element)],
      ['card 2', titleLink(cards(rail)[1] as Element)],
      ['card 3', titleLink(cards(rail)[2] as Element)],
    ];
    for (const [name, element] of expected) {
      await sendKeys({ press: 'Tab' });
      expectSame(deepActiveElement(), element, name);
      if (name === 'region') {
        // Reached with the keyboard, the region shows where focus is.
        expect(scroller(rail).matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(scroller(rail)).outlineStyle).to.not.equal('none');
      }
    }
  });

  it('scrolls a card that receives focus fully into view, even when focus itself does not scroll', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    const region = scroller(rail);
    const card = cards(rail)[7] as StoryCard;
    expect(isInside(card, region), 'card 8 starts out of view').to.equal(false);
    titleLink(card)?.focus({ preventScroll: true });
    expect(region.scrollLeft).to.be.greaterThan(0);
    expect(isInside(card, region)).to.equal(true);
  });

  it('scrolls each card fully into view as Tab walks through the cards', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    const region = scroller(rail);
    region.focus();
    for (let index = 0; index < 6; index++) {
      await sendKeys({ press: 'Tab' });
      const card = cards(rail)[index] as StoryCard;
      expectSame(deepActiveElement(), titleLink(card), `card ${index + 1} has focus`);
      expect(isInside(card, region), `card ${index + 1} is in view`).to.equal(true);
    }
  });
});

describe('related-rail previous and next', () => {
  it('starts with previous marked disabled and next enabled, using aria-disabled and never disabled', async () => {
    const rail = await renderedRail(20);
    expect(getComputedStyle(railPart(rail, 'controls') as Element).visibility).to.equal('visible');
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
    expect(previous(rail).hasAttribute('disabled')).to.equal(false);
    expect(next(rail).hasAttribute('disabled')).to.equal(false);
  });

  it('enables next once the cards have rendered, even when the row has a fixed height', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 600px">
        <style>
          .fixed-row::part(scroller) {
            height: 24rem;
          }
        </style>
        <related-rail class="fixed-row" .articles=${stories(20)}></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    await framesRendered(rail);
    const region = scroller(rail);
    expect(region.scrollWidth, 'the row overflows').to.be.greaterThan(region.clientWidth * 2);
    expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
    await emulateMedia({ reducedMotion: 'reduce' });
    next(rail).click();
    expect(region.scrollLeft, 'next pages the row').to.be.greaterThan(0);
  });

  it('marks both disabled, and hides them in place, when every card fits', async () => {
    const rail = await renderedRail(2);
    expect(scroller(rail).scrollWidth).to.be.at.most(scroller(rail).clientWidth);
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(next(rail).getAttribute('aria-disabled')).to.equal('true');
    const controls = railPart(rail, 'controls') as Element;
    expect(getComputedStyle(controls).visibility).to.equal('hidden');
    expect(controls.getBoundingClientRect().width, 'the buttons keep their room').to.be.greaterThan(0);
  });

  it('does nothing when previous is pressed at the start', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    previous(rail).focus();
    await pressEnterOn(previous(rail));
    previous(rail).click();
    expect(scroller(rail).scrollLeft).to.equal(0);
    expectSame(deepActiveElement(), previous(rail), 'deepActiveElement()');
  });

  it('scrolls by about one page of cards on next, smoothly when motion is not reduced', async () => {
    const rail = await renderedRail(20);
    const region = scroller(rail);
    next(rail).click();
    // Smooth scrolling is animated over frames: nothing has moved yet.
    expect(region.scrollLeft).to.equal(0);
    await scrollSettled(region);
    const moved = region.scrollLeft;
    expect(moved).to.be.greaterThan(0);
    expect(Math.abs(moved - region.clientWidth)).to.be.at.most(stride(rail));
    await deepUpdated(rail);
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('false');
  });

  it('jumps without animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    const region = scroller(rail);
    next(rail).click();
    // An instant scroll has already happened when click() returns.
    expect(region.scrollLeft).to.be.greaterThan(0);
    expect(Math.abs(region.scrollLeft - region.clientWidth)).to.be.at.most(stride(rail));
  });

  it('keeps focus on next while Enter pages to the end, where next becomes aria-disabled', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    const region = scroller(rail);
    const end = region.scrollWidth - region.clientWidth;
    next(rail).focus();
    let presses = 0;
    while (next(rail).getAttribute('aria-disabled') !== 'true' && presses < 20) {
      const before = region.scrollLeft;
      await pressEnterOn(next(rail));
      presses++;
      await scrollSettled(region);
      await deepUpdated(rail);
      expect(region.scrollLeft, `press ${presses} moved the row`).to.be.greaterThan(before);
      expectSame(deepActiveElement(), next(rail), `focus after press ${presses}`);
    }
    expect(region.scrollLeft).to.be.closeTo(end, 1);
    expect(presses, 'about one press per page of cards').to.be.within(
      Math.ceil(end / region.clientWidth),
      Math.ceil(end / (region.clientWidth - stride(rail))),
    );
    expect(next(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('false');
    // At the end another press does nothing and focus is still on the button.
    await pressEnterOn(next(rail));
    await scrollSettled(region);
    expect(region.scrollLeft).to.be.closeTo(end, 1);
    expectSame(deepActiveElement(), next(rail), 'deepActiveElement()');
  });

  it('pages back to the start with previous, which then becomes aria-disabled again', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20);
    const region = scroller(rail);
    next(rail).click();
    await scrollSettled(region);
    next(rail).click();
    await scrollSettled(region);
    await deepUpdated(rail);
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('false');
    previous(rail).click();
    await scrollSettled(region);
    previous(rail).click();
    await scrollSettled(region);
    await deepUpdated(rail);
    expect(region.scrollLeft).to.equal(0);
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
  });

  it('measures its row only once the cards in it have rendered: the layout it forces is the one the frame needs', async () => {
    const reads: boolean[] = [];
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth') as PropertyDescriptor;
    Object.defineProperty(Element.prototype, 'scrollWidth', {
      ...original,
      get(this: Element) {
        if (this.classList.contains('scroller')) {
          const shown = Array.from(this.querySelectorAll<StoryCard>('story-card'));
          reads.push(shown.length > 0 && shown.every((card) => card.hasUpdated));
        }
        return original.get?.call(this) as number;
      },
    });
    try {
      const rail = await renderedRail(20);
      expect(reads.length, 'the row was measured').to.be.greaterThan(0);
      expect(reads.every(Boolean), 'every measurement after the cards rendered').to.equal(true);
      expect(previous(rail).getAttribute('aria-disabled')).to.equal('true');
      expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
    } finally {
      Object.defineProperty(Element.prototype, 'scrollWidth', original);
    }
  });

  it('does not fetch the logos of cards far along the row before the reader scrolls to them', async () => {
    requireVisiblePage();
    const stamp = `far-logos-${Date.now()}`;
    const logo = (n: number) => new URL(`/api/logo-${n}.svg?${stamp}`, document.baseURI).href;
    const articles = Array.from({ length: 30 }, (_, index) => ({
      title: `Story ${index + 1}`,
      sources: [{ name: `Publisher ${index + 1}`, logo: logo(index + 1) }],
    }));
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 600px"><related-rail .articles=${articles}></related-rail></div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    await framesRendered(rail);
    await aTimeout(500);
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes(stamp));
    expect(fetched, 'the logos in view').to.include(logo(1));
    expect(fetched, 'the last cards').to.not.include(logo(30));
    expect(fetched.length).to.be.lessThan(30);
  });

  it('updates the edge states when the reader scrolls the row directly', async () => {
    const rail = await renderedRail(20);
    const region = scroller(rail);
    region.scrollLeft = region.scrollWidth;
    await scrollSettled(region);
    await deepUpdated(rail);
    expect(next(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('false');
  });

  it('never scrolls by itself', async () => {
    requireVisiblePage();
    const rail = await wideRail(20);
    await aTimeout(1500);
    expect(scroller(rail).scrollLeft).to.equal(0);
  });
});

describe('related-rail right to left', () => {
  it('starts with the first card at the right edge and mirrors the arrows', async () => {
    const rail = await wideRail(20, 600, { dir: 'rtl' });
    const region = scroller(rail);
    const first = cards(rail)[0] as Element;
    const second = cards(rail)[1] as Element;
    expect(region.getBoundingClientRect().right - first.getBoundingClientRect().right).to.be.within(0, 4);
    expect(second.getBoundingClientRect().right).to.be.lessThan(first.getBoundingClientRect().left);
    // "‹" and "›" are mirrored characters: set right to left they point the other way by themselves,
    // so nothing may flip them a second time.
    expect(arrows(rail)).to.deep.equal([
      { text: '‹', direction: 'rtl', transform: 'none' },
      { text: '›', direction: 'rtl', transform: 'none' },
    ]);
  });

  it('starts with previous marked disabled and next enabled', async () => {
    const rail = await renderedRail(20, 600, { dir: 'rtl' });
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('true');
    expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
  });

  it('sets the arrows left to right in a left-to-right page', async () => {
    const rail = await wideRail(3);
    expect(arrows(rail)).to.deep.equal([
      { text: '‹', direction: 'ltr', transform: 'none' },
      { text: '›', direction: 'ltr', transform: 'none' },
    ]);
  });

  it('next scrolls towards the left, and the edge states follow to the end and back', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const rail = await renderedRail(20, 600, { dir: 'rtl' });
    const region = scroller(rail);
    const end = region.scrollWidth - region.clientWidth;
    next(rail).click();
    await scrollSettled(region);
    await deepUpdated(rail);
    expect(region.scrollLeft).to.be.lessThan(0);
    expect(Math.abs(Math.abs(region.scrollLeft) - region.clientWidth)).to.be.at.most(stride(rail));
    expect(previous(rail).getAttribute('aria-disabled')).to.equal('false');
    next(rail).focus();
    for (let presses = 0; presses < 20 && next(rail).getAttribute('aria-disabled') !== 'true'; presses++) {
      await pressEnterOn(next(rail));
      await scrollSettled(region);
      await deepUpdated(rail);
      expectSame(deepActiveElement(), next(rail), 'deepActiveElement()');
    }
    expect(region.scrollLeft).to.be.closeTo(-end, 1);
    expect(next(rail).getAttribute('aria-disabled')).to.equal('true');
    const last = cards(rail)[19] as Element;
    expect(isInside(last, region)).to.equal(true);
    previous(rail).click();
    await scrollSettled(region);
    await deepUpdated(rail);
    expect(Math.abs(region.scrollLeft)).to.be.lessThan(end);
    expect(next(rail).getAttribute('aria-disabled')).to.equal('false');
  });
});

describe('related-rail digest-select', () => {
  it('dispatches one digest-select on the rail with the story and its 1-based position; the link still navigates', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${related}></related-rail>`);
    const selects = recordEvents<CustomEvent<DigestSelectDetail>>(document, 'digest-select');
    const onHost = recordEvents<CustomEvent<DigestSelectDetail>>(rail, 'digest-select');
    try {
      titleLink(cards(rail)[2] as Element)?.click();
      expect(selects.events.length).to.equal(1);
      expect(onHost.events.length).to.equal(1);
      const event = selects.events[0] as CustomEvent<DigestSelectDetail>;
      expectSame(event.target, rail, 'event.target');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        id: 'llama-3-launch',
        url: 'https://news.example/stories/llama-3-launch',
        title: 'Meta releases Llama 3 with better reasoning and maths',
        position: 3,
        button: 0,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        newTab: false,
      });
      expect(env.clicks).to.deep.equal([
        { href: 'https://news.example/stories/llama-3-launch', wouldNavigate: true },
      ]);
    } finally {
      selects.stop();
      onHost.stop();
    }
  });

  it('reports the position when a card link is followed with Enter, in the grid layout too', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail layout="grid" .articles=${stories(6)}></related-rail>`,
    );
    const selects = recordEvents<CustomEvent<DigestSelectDetail>>(document, 'digest-select');
    try {
      titleLink(cards(rail)[4] as Element)?.focus();
      await pressEnterOn(titleLink(cards(rail)[4] as Element));
      expect(selects.events.map((event) => event.detail.position)).to.deep.equal([5]);
      expectSame(selects.events[0]?.target, rail, 'selects.events[0]?.target');
    } finally {
      selects.stop();
    }
  });

  it('counts positions after skipped stories, as shown', async () => {
    const input = [{}, story(2), story(3)] as Article[];
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${input}></related-rail>`);
    const selects = recordEvents<CustomEvent<DigestSelectDetail>>(document, 'digest-select');
    try {
      titleLink(cards(rail)[1] as Element)?.click();
      expect(selects.events.map((event) => [event.detail.id, event.detail.position])).to.deep.equal([
        ['story-3', 2],
      ]);
    } finally {
      selects.stop();
    }
  });
});

describe('related-rail is accessible', () => {
  for (const layout of ['scroll', 'grid', 'list']) {
    it(`in the ${layout} layout`, async () => {
      const rail = await wideRail(6, 600, { layout });
      await expect(rail).to.be.accessible();
    });
  }

  it('with heading=""', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail heading="" .articles=${related}></related-rail>`,
    );
    await expect(rail).to.be.accessible();
  });

  it('with heading="" in the grid layout', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail heading="" layout="grid" .articles=${related}></related-rail>`,
    );
    await expect(rail).to.be.accessible();
  });

  it('right to left', async () => {
    const rail = await wideRail(6, 600, { dir: 'rtl' });
    await expect(rail).to.be.accessible();
  });

  it('in the placeholder state', async () => {
    const rail = await mount<RelatedRail>(
      `<related-rail><script type="application/json">{"not": "a list"}</script></related-rail>`,
    );
    await settle();
    await expect(rail).to.be.accessible();
  });
});

describe('related-rail keeps its arrow styles to its arrows', () => {
  it('draws "Try again" as an ordinary button, not a round arrow', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail src="javascript:alert(1)"></related-rail>`);
    const retry = shadow(rail).querySelector<HTMLElement>('[part=retry]');
    expect(retry, 'no Try again button').to.not.equal(null);
    const box = (retry as HTMLElement).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(box.height);
  });
});
