import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/digest-elements.js';
import type { Article, StoryCard } from '../../src/digest-elements.js';
import rtlStory from '../fixtures/rtl.json';
import seedStory from '../fixtures/seed-story.json';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import {
  fullArticle,
  HOSTILE_TEXT,
  HOSTILE_URLS,
  inlineJson,
  jsonScript,
  LOGO,
  manySources,
  NON_STRING_URLS,
} from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { eventually, loadNow } from '../support/images.js';
import { expectedDate, expectedNumber } from '../support/intl.js';
import { mount } from '../support/mount.js';
import { framesRendered, requireVisiblePage } from '../support/rendering.js';
import { guardNavigation, type GuardedClick } from '../support/navigation.js';
import { collectUrls, deepQuery, deepQueryAll, deepUpdated, shadow } from '../support/shadow.js';
import { unsafeUrls } from '../support/urls.js';

const part = <E extends Element = HTMLElement>(card: Element, name: string) =>
  shadow(card).querySelector<E>(`[part~="${name}"]`);
/** The logos and count, drawn in the card's own shadow root. */
const sourcesOf = (card: Element) => part(card, 'sources');
const countText = (card: Element) => sourcesOf(card)?.querySelector('[part=count]')?.textContent?.trim();
/** A card handed its article through the property. */
const card = (article: unknown) =>
  mount<StoryCard>(html`<story-card .article=${article as Article}></story-card>`);
/** A card as an HTML-only publisher writes it: attributes and an inline JSON child. */
const cardFromHtml = (article: unknown, attributes = '') =>
  mount<StoryCard>(
    `<story-card ${attributes}><script type="application/json">${inlineJson(article)}</script></story-card>`,
  );

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

// No test may navigate the page the tests run in; see guardNavigation for why this is safe.
let navigation: { clicks: GuardedClick[]; restore(): void };
before(() => {
  navigation = guardNavigation();
});
after(() => navigation.restore());
beforeEach(() => navigation.clicks.splice(0));

describe('story-card renders an article from the article property', () => {
  it('renders <article part="base"> with title, summary, date and sources', async () => {
    const el = await card(fullArticle());
    const base = part(el, 'base');
    expect(base?.localName).to.equal('article');
    expect(part(el, 'title')?.textContent).to.equal('A city council votes to extend night bus routes');
    expect(part(el, 'summary')?.textContent).to.equal(
      'The change adds three routes and runs them until 3 a.m. on weekends.',
    );
    expect(part(el, 'date')?.localName).to.equal('time');
    expect(countText(el)).to.equal('3 Sources');
    expect(warn.calls).to.have.length(0);
  });

  it('renders a story with nothing but a title', async () => {
    const el = await card({ title: 'A story with nothing but a headline' });
    expect(part(el, 'title')?.textContent).to.equal('A story with nothing but a headline');
    for (const name of ['media', 'summary', 'date', 'title-link'])
      expect(part(el, name), name).to.equal(null);
    expect(countText(el)).to.equal(undefined);
    expect(warn.calls).to.have.length(0);
  });

  it('re-renders when it is given another article', async () => {
    const el = await card(fullArticle());
    el.article = { title: 'A second story' };
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('A second story');
    expect(part(el, 'summary')).to.equal(null);
  });

  it('renders nothing before it has an article', async () => {
    const el = await mount<StoryCard>(html`<story-card></story-card>`);
    expect(shadow(el).children).to.have.length(0);
  });
});

describe('story-card reads article JSON from an inline <script type="application/json"> child', () => {
  it('renders JSON that is there when the card connects', async () => {
    const el = await cardFromHtml(seedStory);
    expect(part(el, 'title')?.textContent).to.equal(seedStory.title);
    expect(part(el, 'title-link')?.getAttribute('href')).to.equal(seedStory.url);
    expect(countText(el)).to.equal('3 Sources');
  });

  it('renders JSON appended after it connected, and again when that JSON changes', async () => {
    const el = await mount<StoryCard>(html`<story-card></story-card>`);
    const script = jsonScript({ title: 'Added after connect' });
    el.append(script);
    await settle();
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('Added after connect');
    script.textContent = JSON.stringify({ title: 'Changed in place', summary: 'New summary' });
    await settle();
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('Changed in place');
    expect(part(el, 'summary')?.textContent).to.equal('New summary');
  });

  it('follows the text node of the script changing', async () => {
    const el = await cardFromHtml({ title: 'Before' });
    const text = el.querySelector('script')?.firstChild as Text;
    text.data = JSON.stringify({ title: 'After' });
    await settle();
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('After');
  });

  it('prefers the article property, and falls back to the JSON when the property is cleared', async () => {
    const el = await cardFromHtml({ title: 'From JSON' });
    el.article = { title: 'From property' };
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('From property');
    el.article = undefined;
    await deepUpdated(el);
    expect(part(el, 'title')?.textContent).to.equal('From JSON');
  });

  it('watches for an inline child only while the property is unset: cards handed objects watch nothing, and a cleared one follows its child', async () => {
    const watched: Node[] = [];
    const observe = MutationObserver.prototype.observe;
    MutationObserver.prototype.observe = function (this: MutationObserver, target, options) {
      watched.push(target);
      observe.call(this, target, options);
    };
    try {
      const wrapper = await mount<HTMLElement>(
        html`<div>
          ${[1, 2, 3].map((n) => html`<story-card .article=${{ title: `Card ${n}` }}></story-card>`)}
        </div>`,
      );
      const cards = Array.from(wrapper.querySelectorAll('story-card'));
      await Promise.all(cards.map(deepUpdated));
      expect(watched.filter((node) => cards.includes(node as StoryCard))).to.deep.equal([]);

      const [first] = cards as [StoryCard];
      first.article = undefined;
      await deepUpdated(first);
      expect(watched.filter((node) => node === first)).to.have.length(1);
      first.append(jsonScript({ title: 'From JSON, added later' }));
      await settle();
      await deepUpdated(first);
      expect(part(first, 'title')?.textContent).to.equal('From JSON, added later');
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });

  it('ignores other script children', async () => {
    const el = await mount<StoryCard>(
      `<story-card><script type="application/ld+json">{"title":"Not this"}</script></story-card>`,
    );
    expect(shadow(el).children).to.have.length(0);
  });
});

describe('story-card heading-level sets the title heading tag', () => {
  it('is an <h3> by default', async () => {
    const el = await card(fullArticle());
    expect(part(el, 'title')?.localName).to.equal('h3');
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`is an <h${level}> with heading-level="${level}"`, async () => {
      const el = await cardFromHtml(fullArticle(), `heading-level="${level}"`);
      expect(part(el, 'title')?.localName).to.equal(`h${level}`);
      expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });
  }

  for (const value of ['1', '7', '0', '-2', '2.5', 'two', '']) {
    it(`falls back to <h3> for heading-level="${value}"`, async () => {
      const el = await cardFromHtml(fullArticle(), `heading-level="${value}"`);
      expect(part(el, 'title')?.localName).to.equal('h3');
    });
  }

  it('follows the attribute when it changes', async () => {
    const el = await card(fullArticle());
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(part(el, 'title')?.localName).to.equal('h2');
  });
});

/**
 * A shadow tree as tags, attributes (by name: their order means nothing) and text, without Lit's
 * markers and the white space between.
 */
function markup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent?.trim() ?? '';
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map(({ name, value }) => ` ${name}="${value}"`)
    .sort()
    .join('');
  const children = [...node.childNodes].map(markup).join('');
  return `<${node.localName}${attributes}>${children}</${node.localName}>`;
}

describe('story-card heading level', () => {
  it('changes only the heading tag: the rest of the markup is the same at every level', async () => {
    const usual = await card(fullArticle());
    const other = await cardFromHtml(fullArticle(), 'heading-level="4"');
    const [usualRoot, otherRoot] = [shadow(usual), shadow(other)].map((root) =>
      [...root.childNodes].map(markup).join(''),
    );
    expect(usualRoot).to.contain('<h3 class="title" dir="auto" part="title"><a');
    expect(usualRoot).to.equal(otherRoot.replaceAll('h4', 'h3'));
  });
});

describe('story-card updates in place', () => {
  it('keeps the title link (and so its focus) when the story changes, and writes the new text', async () => {
    const el = await card(fullArticle());
    const link = part<HTMLAnchorElement>(el, 'title-link');
    link?.focus();
    el.article = fullArticle({ title: 'Night buses run until 4 a.m.', summary: 'One more hour.' });
    await el.updateComplete;
    expect(part(el, 'title-link')).to.equal(link);
    expect(shadow(el).activeElement).to.equal(link);
    expect(link?.textContent).to.equal('Night buses run until 4 a.m.');
    expect(part(el, 'summary')?.textContent).to.equal('One more hour.');
  });

  it('redraws the logos only when they change', async () => {
    const el = await card(fullArticle());
    const firstMark = part(el, 'badge')?.firstElementChild;
    el.article = fullArticle({ title: 'Retitled' });
    await el.updateComplete;
    expect(part(el, 'badge')?.firstElementChild, 'same logos').to.equal(firstMark);
    el.article = fullArticle({ sources: [{ name: 'Only Source' }] });
    await el.updateComplete;
    expect(part(el, 'monogram')?.getAttribute('aria-label'), 'other logos').to.equal('Only Source logo');
    expect(part(el, 'monogram')?.textContent).to.equal('O');
    expect(shadow(el).querySelectorAll('[part~=badge]')).to.have.length(1);
    // One source is named beside its logo (issue 17), not counted.
    expect(countText(el)).to.equal('Only Source');
  });

  it('adds, changes and removes the lead image as the story does', async () => {
    const el = await card(fullArticle({ image: undefined }));
    expect(part(el, 'media')).to.equal(null);
    el.article = fullArticle({ image: { src: '/images/a.jpg', alt: 'A' } });
    await el.updateComplete;
    expect(part(el, 'media')?.className).to.equal('media');
    expect(part(el, 'image')?.getAttribute('src')).to.equal(new URL('/images/a.jpg', document.baseURI).href);
    expect(part(el, 'image')?.getAttribute('height')).to.equal('9');
    el.article = fullArticle({ image: undefined });
    await el.updateComplete;
    expect(part(el, 'media')).to.equal(null);
  });

  it('shows a monogram in place of a logo that fails to load', async () => {
    const el = await card(
      fullArticle({ sources: [{ name: 'Fortune', logo: '/no-such-logo.png' }, { name: 'CNET' }] }),
    );
    loadNow(part<HTMLImageElement>(el, 'logo'));
    await eventually(() => !part(el, 'logo'), 'the broken logo was not replaced');
    expect(shadow(el).querySelector('[part~=monogram][aria-label="Fortune logo"]')?.textContent).to.equal(
      'F',
    );
  });

  it('follows the layout attribute', async () => {
    const el = await card(fullArticle());
    el.setAttribute('layout', 'horizontal');
    await el.updateComplete;
    expect(part(el, 'base')?.className).to.equal('card horizontal');
  });
});

describe('story-card links the title to the story only when the URL is safe', () => {
  it('links the title to an http(s) url', async () => {
    const el = await card(fullArticle());
    const link = part<HTMLAnchorElement>(el, 'title-link');
    expect(link?.localName).to.equal('a');
    expect(link?.getAttribute('href')).to.equal('https://news.example/stories/night-buses');
    expect(link?.parentElement).to.equal(part(el, 'title'));
    expect(link?.textContent).to.equal('A city council votes to extend night bus routes');
  });

  it('resolves a relative url against the page', async () => {
    const el = await card(fullArticle({ url: '/stories/night-buses' }));
    expect(part(el, 'title-link')?.getAttribute('href')).to.equal(
      new URL('/stories/night-buses', document.baseURI).href,
    );
  });

  for (const url of ['javascript:alert(1)', 'mailto:desk@news.example', undefined]) {
    it(`shows the title as plain text, with no <a> anywhere, for url ${String(url)}`, async () => {
      const el = await card(fullArticle({ url }));
      expect(part(el, 'title')?.textContent).to.equal('A city council votes to extend night bus routes');
      expect(deepQueryAll(el, 'a')).to.have.length(0);
    });
  }
});

describe('story-card lead image', () => {
  it('renders the image with width, height, alt, lazy loading and a low fetch priority', async () => {
    const el = await card(fullArticle());
    const img = part<HTMLImageElement>(el, 'image');
    expect(img?.getAttribute('src')).to.equal(new URL('/images/night-bus.jpg', document.baseURI).href);
    expect(img?.getAttribute('width')).to.equal('1200');
    expect(img?.getAttribute('height')).to.equal('675');
    expect(img?.getAttribute('alt')).to.equal('A bus at a stop after dark');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    expect(img?.getAttribute('fetchpriority')).to.equal('low');
    expect(img?.getAttribute('decoding')).to.equal('async');
    expect(part(el, 'media')?.contains(img as Node)).to.equal(true);
  });

  it('reserves the image space before it loads', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 320px"><story-card .article=${fullArticle()}></story-card></div>`,
    );
    const media = part(wrapper.querySelector('story-card') as Element, 'media') as HTMLElement;
    expect(Math.round(media.getBoundingClientRect().height)).to.be.greaterThan(100);
  });

  it('is decorative (alt="") without alt, and defaults to a 16:9 box without a size', async () => {
    const el = await card(fullArticle({ image: { src: '/images/night-bus.jpg' } }));
    const img = part<HTMLImageElement>(el, 'image');
    expect(img?.getAttribute('alt')).to.equal('');
    expect(img?.getAttribute('width')).to.equal('16');
    expect(img?.getAttribute('height')).to.equal('9');
  });

  it('is left out when missing or unsafe', async () => {
    for (const image of [undefined, { src: 'javascript:alert(1)' }, { src: 'data:image/png;base64,AAAA' }]) {
      const el = await card(fullArticle({ image }));
      expect(part(el, 'media'), JSON.stringify(image)).to.equal(null);
      expect(deepQueryAll(el, 'img')).to.have.length(0);
    }
  });
});

describe('story-card date', () => {
  it('renders <time datetime> with the date in the reader language (en by default)', async () => {
    const el = await card(fullArticle({ publishedAt: '2025-01-15T08:02:00Z' }));
    const time = part(el, 'date');
    expect(time?.localName).to.equal('time');
    expect(time?.getAttribute('datetime')).to.equal('2025-01-15T08:02:00Z');
    expect(time?.textContent?.trim()).to.equal(expectedDate('2025-01-15T08:02:00Z', 'en'));
  });

  it('shows a bare calendar date without a time', async () => {
    const el = await card(fullArticle({ publishedAt: '2025-03-02' }));
    expect(part(el, 'date')?.getAttribute('datetime')).to.equal('2025-03-02');
    expect(part(el, 'date')?.textContent?.trim()).to.equal(expectedDate('2025-03-02', 'en'));
  });

  it('leaves the year out for a date in the current year', async () => {
    const iso = `${new Date().getFullYear()}-06-10T12:00:00Z`;
    const el = await card(fullArticle({ publishedAt: iso }));
    expect(part(el, 'date')?.textContent?.trim()).to.equal(expectedDate(iso, 'en'));
    expect(part(el, 'date')?.textContent).to.not.contain(String(new Date().getFullYear()));
  });

  it('is left out when the date is not ISO 8601, with one warning', async () => {
    const el = await card(fullArticle({ publishedAt: 'yesterday' }));
    expect(part(el, 'date')).to.equal(null);
    expect(part(el, 'title')).to.not.equal(null);
    expect(warn.calls).to.have.length(1);
  });
});

describe('story-card sources', () => {
  it('draws the logos and the count itself, with no nested element', async () => {
    const el = await card(fullArticle());
    const sources = sourcesOf(el) as Element;
    expect(
      Array.from(sources.querySelectorAll('[part=monogram]')).map((mark) => mark.getAttribute('aria-label')),
    ).to.deep.equal(['Metro Daily logo', 'The Verge logo', 'Fortune logo']);
    expect(shadow(el).querySelector('source-stack, source-badge')).to.equal(null);
    expect(countText(el)).to.equal('3 Sources');
  });

  it('shows "22 Sources" with 4 logos when sourceCount is 22', async () => {
    const el = await card(fullArticle({ sources: manySources(6), sourceCount: 22 }));
    expect(sourcesOf(el)?.querySelectorAll('[part=badge]')).to.have.length(4);
    expect(countText(el)).to.equal('22 Sources');
  });

  it('names its one publisher beside the logo instead of "1 Source", and counts two or more', async () => {
    const el = await card(fullArticle({ sources: manySources(1) }));
    expect(countText(el)).to.equal('Publisher 1');
    el.article = fullArticle({ sources: manySources(2) });
    await el.updateComplete;
    expect(countText(el)).to.equal('2 Sources');
  });

  it('does not link the logos, so the title stays the only link', async () => {
    const el = await card(fullArticle());
    expect(deepQueryAll<HTMLAnchorElement>(el, 'a').map((link) => link.getAttribute('part'))).to.deep.equal([
      'title-link',
    ]);
  });
});

describe('story-card layout', () => {
  it('is vertical by default: image above the text', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 640px"><story-card .article=${fullArticle()}></story-card></div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    expect(part(el, 'base')?.classList.contains('vertical')).to.equal(true);
    const media = part(el, 'media')?.getBoundingClientRect() as DOMRect;
    const title = part(el, 'title')?.getBoundingClientRect() as DOMRect;
    expect(title.top).to.be.at.least(media.bottom - 1);
  });

  it('puts the image beside the text with layout="horizontal" when the card is wide enough', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 640px">
        <story-card layout="horizontal" .article=${fullArticle()}></story-card>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    const media = part(el, 'media')?.getBoundingClientRect() as DOMRect;
    const title = part(el, 'title')?.getBoundingClientRect() as DOMRect;
    expect(title.left).to.be.at.least(media.right - 1);
    expect(title.top).to.be.below(media.bottom);
  });

  it('hides the image and the summary with layout="compact", keeping title, date and sources', async () => {
    const el = await cardFromHtml(fullArticle(), 'layout="compact"');
    expect(part(el, 'media')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    expect(deepQueryAll(el, 'img')).to.have.length(0);
    expect(part(el, 'title-link')).to.not.equal(null);
    expect(part(el, 'date')).to.not.equal(null);
    expect(countText(el)).to.equal('3 Sources');
  });

  it('brings the image and summary back when the layout changes from compact', async () => {
    const el = await cardFromHtml(fullArticle(), 'layout="compact"');
    el.layout = 'vertical';
    await el.updateComplete;
    expect(part(el, 'media')).to.not.equal(null);
    expect(part(el, 'summary')).to.not.equal(null);
  });

  it('treats an unknown layout as vertical', async () => {
    const el = await cardFromHtml(fullArticle(), 'layout="grid"');
    expect(part(el, 'base')?.classList.contains('vertical')).to.equal(true);
    expect(part(el, 'media')).to.not.equal(null);
  });
});

describe('story-card digest-select: the reader chose a story', () => {
  it('is dispatched (bubbling, composed) with { id, url, title } when the title is clicked, and the link is still followed', async () => {
    const el = await card(fullArticle());
    const selects = recordEvents<CustomEvent>(document, 'digest-select');
    // Read when the click reaches document, before the guard on window cancels it.
    let selectedFirst: boolean | undefined;
    const onClick = () => (selectedFirst = selects.events.length === 1);
    document.addEventListener('click', onClick, { once: true });
    try {
      part<HTMLAnchorElement>(el, 'title-link')?.click();
      expect(selects.events).to.have.length(1);
      const [event] = selects.events;
      expect(event.detail).to.deep.equal({
        id: 'night-buses',
        url: 'https://news.example/stories/night-buses',
        title: 'A city council votes to extend night bus routes',
        button: 0,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        newTab: false,
      });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(selectedFirst).to.equal(true);
      expect(navigation.clicks).to.deep.equal([
        { href: 'https://news.example/stories/night-buses', wouldNavigate: true },
      ]);
    } finally {
      selects.stop();
      document.removeEventListener('click', onClick);
    }
  });

  it('reaches listeners outside a shadow root the card sits in', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('story-card');
    el.article = fullArticle({ id: undefined });
    root.append(el);
    await deepUpdated(el);
    const selects = recordEvents<CustomEvent>(document, 'digest-select');
    try {
      part<HTMLAnchorElement>(el, 'title-link')?.click();
      expect(selects.events.map((event) => event.detail)).to.deep.equal([
        {
          id: undefined,
          url: 'https://news.example/stories/night-buses',
          title: fullArticle().title,
          button: 0,
          ctrlKey: false,
          metaKey: false,
          shiftKey: false,
          altKey: false,
          newTab: false,
        },
      ]);
    } finally {
      selects.stop();
    }
  });

  it('makes the whole card the link target: a click on the summary lands on the title link', async () => {
    const el = await card(fullArticle());
    const summary = part(el, 'summary')?.getBoundingClientRect() as DOMRect;
    // Hit-test where a reader would click (a real mouse is not available in a background tab).
    const hit = shadow(el).elementFromPoint(summary.left + 10, summary.top + summary.height / 2);
    expect(hit).to.equal(part(el, 'title-link'));
    const selects = recordEvents<CustomEvent>(document, 'digest-select');
    try {
      (hit as HTMLElement).click();
      expect(selects.events).to.have.length(1);
      expect(navigation.clicks).to.deep.equal([
        { href: 'https://news.example/stories/night-buses', wouldNavigate: true },
      ]);
    } finally {
      selects.stop();
    }
  });

  it('makes the whole card the link target: a click on the date, the count or a logo lands on the title link', async () => {
    const el = await card(fullArticle());
    const link = part(el, 'title-link');
    // A card as wide as the page is taller than the test's viewport: bring its meta row into view.
    part(el, 'meta')?.scrollIntoView({ block: 'center' });
    // Where a reader might click on the meta row; hit-tested the way the browser routes a click.
    const targets = {
      date: part(el, 'date'),
      count: deepQuery(el, '[part=count]'),
      logo: deepQuery(el, '[part=monogram]'),
    };
    const hits = Object.fromEntries(
      Object.entries(targets).map(([name, target]) => {
        const box = (target as Element).getBoundingClientRect();
        const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return [name, hit === link ? 'title link' : `<${hit?.localName}>`];
      }),
    );
    expect(hits).to.deep.equal({ date: 'title link', count: 'title link', logo: 'title link' });
  });

  it('is one tab stop, and Enter on it selects the story', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <button>before</button><story-card .article=${fullArticle()}></story-card><button>after</button>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    const [before, after] = Array.from(wrapper.querySelectorAll('button'));
    const selects = recordEvents<CustomEvent>(document, 'digest-select');
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement).to.equal(part(el, 'title-link'));
      await sendKeys({ press: 'Enter' });
      expect(selects.events).to.have.length(1);
      expect(navigation.clicks.map((click) => click.wouldNavigate)).to.deep.equal([true]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    } finally {
      selects.stop();
    }
  });
});

describe('story-card shows a neutral placeholder for an unusable article', () => {
  const cases: { name: string; input: () => Promise<StoryCard>; message: string | RegExp }[] = [
    { name: 'an empty object', input: () => card({}), message: 'story-card: article.title is missing' },
    {
      name: 'a null title',
      input: () => card({ title: null }),
      message: 'story-card: article.title is missing',
    },
    {
      name: 'a blank title',
      input: () => card({ title: '  \n ' }),
      message: 'story-card: article.title is missing',
    },
    {
      name: 'a title that is not a string',
      input: () => card({ title: 42 }),
      message: 'story-card: article.title is not a string',
    },
    { name: 'a string', input: () => card('Breaking news'), message: 'story-card: article is not an object' },
    {
      name: 'an array',
      input: () => card([{ title: 'x' }]),
      message: 'story-card: article is not an object',
    },
    {
      name: 'inline JSON that does not parse',
      input: () => mount(`<story-card><script type="application/json">{"title": "x",</script></story-card>`),
      message: /^story-card: inline JSON is not valid/,
    },
    {
      name: 'inline JSON that is not an object',
      input: () => mount(`<story-card><script type="application/json">"Breaking news"</script></story-card>`),
      message: 'story-card: article is not an object',
    },
  ];

  for (const { name, input, message } of cases) {
    it(`for ${name}: "This story is unavailable", one digest-error, one warning`, async () => {
      const errors = recordEvents<CustomEvent>(document, 'digest-error');
      try {
        const el = await input();
        await settle();
        const placeholder = part(el, 'error');
        expect(placeholder?.textContent?.trim()).to.equal('This story is unavailable');
        expect(shadow(el).querySelector('[role=alert], [aria-live]')).to.equal(null);
        expect(part(el, 'base')).to.equal(null);

        expect(errors.events).to.have.length(1);
        const [event] = errors.events;
        expect(event.target).to.equal(el);
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        if (typeof message === 'string') expect(event.detail.message).to.equal(message);
        else expect(event.detail.message).to.match(message);
        expect(event.detail.problems).to.be.an('array').with.length.greaterThan(0);
        expect(event.detail.message).to.equal(`story-card: ${event.detail.problems[0]}`);

        expect(warn.calls).to.have.length(1);
        expect(warn.messages[0]).to.contain(event.detail.problems[0]);
      } finally {
        errors.stop();
      }
    });
  }

  it('dispatches digest-error after rendering, so a listener added right after setting the article hears it', async () => {
    const el = await card(fullArticle());
    el.article = {} as Article;
    let placeholderAtEvent: string | null | undefined;
    const received = new Promise<CustomEvent>((resolve) =>
      el.addEventListener(
        'digest-error',
        (event) => {
          placeholderAtEvent = part(el, 'error')?.textContent;
          resolve(event);
        },
        { once: true },
      ),
    );
    await el.updateComplete;
    const event = await received;
    expect(event.detail.message).to.equal('story-card: article.title is missing');
    expect(placeholderAtEvent?.trim()).to.equal('This story is unavailable');
  });

  it('does not report again when it re-renders the same unusable article', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const el = await card({});
      el.layout = 'compact';
      el.headingLevel = 2;
      await el.updateComplete;
      await settle();
      expect(errors.events).to.have.length(1);
      expect(warn.calls).to.have.length(1);
    } finally {
      errors.stop();
    }
  });

  it('recovers when it is given a usable article', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const el = await card({});
      el.article = fullArticle();
      await deepUpdated(el);
      await settle();
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'title')?.textContent).to.equal(fullArticle().title);
      expect(errors.events).to.have.length(1);
    } finally {
      errors.stop();
    }
  });

  it('leaves the rest of the page untouched', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <p>Before</p>
        <story-card .article=${null as unknown as Article}></story-card>
        <p>After</p>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    el.article = 'oops' as unknown as Article;
    await el.updateComplete;
    expect(Array.from(wrapper.children).map((child) => child.localName)).to.deep.equal([
      'p',
      'story-card',
      'p',
    ]);
    expect(wrapper.textContent?.replace(/\s+/g, '')).to.equal('BeforeAfter');
  });
});

describe('story-card renders the valid parts of a partly wrong article', () => {
  const partlyWrong = () =>
    fullArticle({
      url: 'javascript:alert(1)',
      sources: [{ url: 'https://nameless.example/' } as never, { name: 'Fortune' }],
    });

  it('skips the nameless source and the unsafe url, warns once, and dispatches no digest-error', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const el = await card(partlyWrong());
      await settle();
      expect(part(el, 'title')?.textContent).to.equal(fullArticle().title);
      expect(part(el, 'title-link')).to.equal(null);
      expect(countText(el)).to.equal('Fortune');
      expect(errors.events).to.have.length(0);
      expect(warn.calls).to.have.length(1);
      expect(warn.messages[0]).to.contain('article.sources[0].name is missing');
      expect(warn.messages[0]).to.contain('article.url');
    } finally {
      errors.stop();
    }
  });

  it('does not warn again when it re-renders, e.g. for a new layout', async () => {
    const el = await card(partlyWrong());
    await settle();
    el.layout = 'horizontal';
    await deepUpdated(el);
    el.setAttribute('heading-level', '4');
    await deepUpdated(el);
    await settle();
    expect(part(el, 'title')?.localName).to.equal('h4');
    expect(warn.calls).to.have.length(1);
  });
});

describe('story-card treats every string as text and every URL as untrusted', () => {
  const hostile = () =>
    fullArticle({
      image: undefined,
      title: HOSTILE_TEXT.image,
      summary: HOSTILE_TEXT.script,
      sources: [{ name: HOSTILE_TEXT.markup }, { name: HOSTILE_TEXT.image }],
    });

  const expectText = async (el: StoryCard) => {
    expect(part(el, 'title')?.textContent).to.equal(HOSTILE_TEXT.image);
    expect(part(el, 'summary')?.textContent).to.equal(HOSTILE_TEXT.script);
    const labels = deepQueryAll(el, '[part=monogram]').map((monogram) => monogram.getAttribute('aria-label'));
    expect(labels).to.deep.equal([`${HOSTILE_TEXT.markup} logo`, `${HOSTILE_TEXT.image} logo`]);
    expect(deepQueryAll(el, 'img, script, b, i')).to.have.length(0);
    await settle();
    expect((window as { __hostile?: boolean }).__hostile).to.equal(undefined);
  };

  it('renders HTML in the title, summary and source names as text (property)', async () => {
    await expectText(await card(hostile()));
  });

  it('renders HTML in the title, summary and source names as text (inline JSON)', async () => {
    const el = await cardFromHtml(hostile());
    expect(el.querySelector('script')?.textContent).to.contain('\\u003cscript');
    await expectText(el);
  });

  it('binds only http(s) URLs without credentials, for every hostile vector', async () => {
    for (const url of [...HOSTILE_URLS, ...NON_STRING_URLS]) {
      const el = await card({
        title: 'Hostile URLs',
        url,
        image: { src: url },
        curator: { name: 'Desk', url, logo: url },
        sources: [
          { name: 'Fortune', url, logo: url },
          { name: 'Safe', logo: LOGO },
        ],
      });
      const label = JSON.stringify(String(url)).slice(0, 60);
      expect(part(el, 'title')?.textContent, label).to.equal('Hostile URLs');
      const found = collectUrls(el);
      // The one safe logo proves the collector reaches the badges two shadow roots down.
      expect(
        found.map((entry) => entry.value),
        label,
      ).to.include(LOGO);
      expect(unsafeUrls(found), label).to.deep.equal([]);
    }
  });
});

describe('story-card speaks the page language', () => {
  it('formats the date and the source count for a lang="fr" ancestor', async () => {
    const iso = '2025-01-15T08:02:00Z';
    const wrapper = await mount<HTMLElement>(
      html`<div lang="fr">
        <story-card .article=${fullArticle({ publishedAt: iso, sourceCount: 1234 })}></story-card>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    const date = part(el, 'date')?.textContent?.trim();
    expect(date).to.equal(expectedDate(iso, 'fr'));
    expect(date).to.not.equal(expectedDate(iso, 'en'));
    expect(countText(el)).to.equal(`${expectedNumber(1234, 'fr')} sources`);
  });

  it('follows its own lang over an ancestor', async () => {
    const iso = '2025-01-15T08:02:00Z';
    const wrapper = await mount<HTMLElement>(
      html`<div lang="fr">
        <story-card lang="de" .article=${fullArticle({ publishedAt: iso })}></story-card>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    expect(part(el, 'date')?.textContent?.trim()).to.equal(expectedDate(iso, 'de'));
  });

  it('falls back to en for an invalid lang', async () => {
    const iso = '2025-01-15T08:02:00Z';
    const wrapper = await mount<HTMLElement>(
      html`<div lang="not a language!">
        <story-card .article=${fullArticle({ publishedAt: iso })}></story-card>
      </div>`,
    );
    const el = wrapper.querySelector('story-card') as StoryCard;
    expect(part(el, 'date')?.textContent?.trim()).to.equal(expectedDate(iso, 'en'));
  });

  it('lets right-to-left titles and summaries set their own direction', async () => {
    const el = await card(rtlStory);
    expect(part(el, 'title')?.getAttribute('dir')).to.equal('auto');
    expect(part(el, 'summary')?.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(part(el, 'title-link') as Element).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'title') as Element).direction).to.equal('rtl');
  });
});

describe('story-card exposes its parts, and its source-stack parts, for styling', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      .styled::part(base) { outline: 1px dotted rgb(1, 2, 3); }
      .styled::part(title) { outline: 2px dotted rgb(1, 2, 3); }
      .styled::part(logos) { outline: 3px dotted rgb(1, 2, 3); }
      .styled::part(monogram) { outline: 4px dotted rgb(1, 2, 3); }
      .styled::part(count) { outline: 5px dotted rgb(1, 2, 3); }
    `;
    document.head.append(style);
  });
  after(() => style.remove());

  it('lets the page style base, title, logos, monogram and count through ::part()', async () => {
    const el = await mount<StoryCard>(
      html`<story-card class="styled" .article=${fullArticle()}></story-card>`,
    );
    const outline = (element: Element | null | undefined) =>
      element ? getComputedStyle(element).outlineWidth : 'missing';
    expect(outline(part(el, 'base'))).to.equal('1px');
    expect(outline(part(el, 'title'))).to.equal('2px');
    expect(outline(deepQuery(el, '[part=logos]'))).to.equal('3px');
    expect(outline(deepQuery(el, '[part=monogram]'))).to.equal('4px');
    expect(outline(deepQuery(el, '[part=count]'))).to.equal('5px');
  });
});

describe('story-card is accessible', () => {
  it('by default, with image, summary, date and sources', async () => {
    const el = await card(fullArticle({ sources: [{ name: 'Fortune', logo: LOGO }, ...manySources(2)] }));
    await expect(el).to.be.accessible();
  });

  it('without a url', async () => {
    await expect(await card(fullArticle({ url: undefined }))).to.be.accessible();
  });

  it('in the compact layout', async () => {
    await expect(await cardFromHtml(fullArticle(), 'layout="compact"')).to.be.accessible();
  });

  it('in the horizontal layout', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 640px">
        <story-card layout="horizontal" .article=${fullArticle()}></story-card>
      </div>`,
    );
    await expect(wrapper).to.be.accessible();
  });

  it('in the error state', async () => {
    await expect(await card({})).to.be.accessible();
  });

  it('with 22 sources and monograms', async () => {
    await expect(await card(fullArticle({ sources: manySources(4), sourceCount: 22 }))).to.be.accessible();
  });

  it('right to left', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div dir="rtl" lang="ar"><story-card .article=${rtlStory}></story-card></div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});

describe('story-card off screen', () => {
  const placeholder = () => 20 * parseFloat(getComputedStyle(document.documentElement).fontSize);
  const farDown = (style = '') =>
    mount<HTMLElement>(
      html`<div style="width: 320px; ${style}">
        <div style="height: 400vh"></div>
        <story-card .article=${{ title: 'Far down the page', summary: 'Short.', sources: [] }}></story-card>
      </div>`,
    );
  const ownHeight = (card: Element) => part(card, 'base')?.getBoundingClientRect().height;

  it('is laid out by default, so a page script can measure it as soon as it has rendered', async () => {
    const card = (await farDown()).querySelector('story-card') as StoryCard;
    await deepUpdated(card);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0).and.equal(ownHeight(card));
    expect(card.getBoundingClientRect().height).to.not.equal(placeholder());
  });

  it('with --digest-card-content-visibility: auto is not laid out until the reader comes near it, then takes its real height and keeps it; its text is in the page all along', async () => {
    requireVisiblePage();
    const card = (await farDown('--digest-card-content-visibility: auto')).querySelector(
      'story-card',
    ) as StoryCard;
    await framesRendered(card);
    expect(card.getBoundingClientRect().height, 'height held for it').to.equal(placeholder());
    expect(part(card, 'title')?.textContent?.trim()).to.equal('Far down the page');

    card.scrollIntoView();
    await framesRendered(card);
    const shown = card.getBoundingClientRect().height;
    expect(shown, 'its own height').to.equal(ownHeight(card));
    expect(shown).to.not.equal(placeholder());

    window.scrollTo(0, 0);
    await framesRendered(card);
    expect(card.getBoundingClientRect().height, 'remembered off screen').to.equal(shown);
  });

  it('in a rail is always laid out, even with --digest-card-content-visibility: auto: the row measures cards it has not scrolled to', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 600px; --digest-card-content-visibility: auto">
        <related-rail
          .articles=${Array.from({ length: 12 }, (_, index) => ({ title: `Story ${index + 1}`, sources: [] }))}
        ></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as HTMLElement;
    await framesRendered(rail);
    const last = Array.from(shadow(rail).querySelectorAll('story-card')).at(-1) as Element;
    expect(last.getBoundingClientRect().left, 'scrolled out of view').to.be.greaterThan(600);
    expect(last.getBoundingClientRect().height).to.equal(ownHeight(last));
    expect(last.getBoundingClientRect().height).to.not.equal(placeholder());
  });
});

describe('story-card whose inline JSON the parser has not finished writing', () => {
  it('waits for the whole JSON on a page still loading: no warning for the half it saw first', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/api/page-in-parts?ms=300';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { warnings?: string[] }) | null;
      const title = () =>
        win()?.document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent;
      await waitUntil(() => title(), 'the card did not show its story', { timeout: 8000 });
      expect(title()).to.equal('Half of this story came later');
      expect(win()?.warnings).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('still warns once, when the page is parsed, for JSON that stays invalid', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/api/page-in-parts?ms=300&broken=1';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { warnings?: string[] }) | null;
      await waitUntil(() => win()?.document.readyState === 'complete', 'the page did not load', {
        timeout: 8000,
      });
      await waitUntil(() => (win()?.warnings ?? []).length > 0, 'no warning', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win()?.warnings).to.have.length(1);
      expect(win()?.warnings?.[0]).to.include('inline JSON is not valid');
    } finally {
      frame.remove();
    }
  });
});
