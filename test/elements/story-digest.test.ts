import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/digest-elements.js';
import type {
  Article,
  DigestSelectDetail,
  DigestShareDetail,
  RelatedRail,
  StoryDigest,
} from '../../src/digest-elements.js';
import seedStory from '../fixtures/seed-story.json';
import { interactionHooks, pressEnterOn } from '../support/hooks.js';
import { inlineJson, LOGO } from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { expectedDate } from '../support/intl.js';
import { expectSame } from '../support/assert.js';
import { mount } from '../support/mount.js';
import { isInside, requireVisiblePage, viewport } from '../support/rendering.js';
import { deepQuery, deepUpdated, shadow } from '../support/shadow.js';

const seed = seedStory as Article;

const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  shadow(el).querySelector<E>(`[part~="${name}"]`);
const parts = <E extends Element = HTMLElement>(el: Element, name: string) =>
  Array.from(shadow(el).querySelectorAll<E>(`[part~="${name}"]`));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
/**
 * The text as rendered (what a reader sees and copies): the paragraphs' markers must read as
 * written. The no-break space that keeps a citation on its word's line counts as a space.
 */
const shown = (element: Element | null | undefined) =>
  (element as HTMLElement | null | undefined)?.innerText?.replaceAll('\u00a0', ' ').trim();
const citations = (el: Element) => parts<HTMLButtonElement>(el, 'citation');
const shareButton = (el: Element) => part<HTMLButtonElement>(el, 'share');
const status = (el: Element) => part(el, 'share-status');
const field = (el: Element) => part<HTMLInputElement>(el, 'share-field');
const sourceEntry = (el: Element, n: number) => shadow(el).querySelector<HTMLElement>(`#source-${n}`);

const digest = (article: unknown, attributes = '') =>
  mount<StoryDigest>(
    attributes
      ? `<story-digest ${attributes}><script type="application/json">${inlineJson(article)}</script></story-digest>`
      : html`<story-digest .article=${article as Article}></story-digest>`,
  );

/** The seed story with one section holding `paragraphs`. */
const withParagraphs = (...paragraphs: string[]): Article => ({
  ...seed,
  sections: [{ heading: 'Markers', paragraphs }],
});

/** Presses Enter on `element`, after checking it has focus: a stray Enter must never reach anything else. */
const env = interactionHooks();

describe('story-digest renders the whole story', () => {
  it('renders headline, curator, date, sources, Share, image, summary, sections, sources list and rail, in that order', async () => {
    const image = { src: LOGO, alt: 'Court documents on a desk', width: 1200, height: 675 };
    const el = await digest({ ...seed, image });
    const order = [
      'title',
      'curator',
      'date',
      'sources',
      'share',
      'media',
      'summary',
      'section',
      'source-list',
      'related',
    ];
    const found = order.map((name) => part(el, name));
    order.forEach((name, index) => expect(found[index], `part ${name}`).to.not.equal(null));
    for (let index = 1; index < found.length; index++) {
      const [before, after] = [found[index - 1] as Element, found[index] as Element];
      expect(
        before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING,
        `${order[index - 1]} comes before ${order[index]}`,
      ).to.not.equal(0);
    }
    expect(part(el, 'base')?.localName).to.equal('article');
    const img = part<HTMLImageElement>(el, 'image');
    expect(img?.getAttribute('src')).to.equal(LOGO);
    expect(img?.alt).to.equal('Court documents on a desk');
    // The page's main image: fetched at once and early, unlike a card's.
    expect(img?.getAttribute('loading')).to.equal('eager');
    expect(img?.getAttribute('fetchpriority')).to.equal('high');
    expect(env.warn.calls.length).to.equal(0);
  });

  it('shows the headline as an <h1> and the curator linked', async () => {
    const el = await digest(seed);
    const title = part(el, 'title');
    expect(title?.localName).to.equal('h1');
    expect(text(title)).to.equal(seed.title);
    expect(text(part(el, 'curator'))).to.equal('Curated by Digest Desk');
    const link = part(el, 'curator')?.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://news.example/about');
    expect(text(link)).to.equal('Digest Desk');
  });

  it('shows the curator as plain text when its URL is not safe, or missing', async () => {
    for (const url of ['javascript:alert(1)', undefined]) {
      const el = await digest({ ...seed, curator: { name: 'Digest Desk', url } });
      expect(text(part(el, 'curator')), String(url)).to.equal('Curated by Digest Desk');
      expectSame(part(el, 'curator')?.querySelector('a'), null, String(url));
    }
  });

  it('shows the localized date in a <time datetime>', async () => {
    const el = await digest(seed);
    const time = part(el, 'date');
    expect(time?.localName).to.equal('time');
    expect(time?.getAttribute('datetime')).to.equal('2025-01-15T08:02:00Z');
    expect(text(time)).to.equal(expectedDate('2025-01-15T08:02:00Z', 'en'));
  });

  it('shows the logos with "3 Sources" and a Share button', async () => {
    const el = await digest(seed);
    const sources = part(el, 'sources');
    expect(sources?.querySelectorAll('[part=badge]')).to.have.length(3);
    expect(text(deepQuery(sources as Element, '[part=count]'))).to.equal('3 Sources');
    expect(shareButton(el)?.localName).to.equal('button');
    expect(shareButton(el)?.type).to.equal('button');
    expect(text(shareButton(el))).to.equal('Share');
  });

  it('shows the summary and each section with an <h2> heading and its paragraphs', async () => {
    const el = await digest(seed);
    expect(text(part(el, 'summary'))).to.equal(seed.summary);
    const sections = parts(el, 'section');
    expect(sections.length).to.equal(2);
    sections.forEach((section, index) => {
      const expected = seed.sections?.[index];
      const heading = section.querySelector('[part=section-heading]');
      expect(heading?.localName).to.equal('h2');
      expect(text(heading)).to.equal(expected?.heading);
      expect(section.querySelectorAll('[part=paragraph]').length).to.equal(expected?.paragraphs.length ?? -1);
    });
  });

  it('lists the sources, numbered, each with name and cited title linked', async () => {
    const el = await digest(seed);
    const list = part(el, 'source-list');
    const heading = part(el, 'source-list-heading');
    expect(heading?.localName).to.equal('h2');
    expect(text(heading)).to.equal('Sources');
    expect(list?.getAttribute('aria-labelledby')).to.equal(heading?.id);
    const ol = list?.querySelector('ol');
    const entries = Array.from(ol?.children ?? []);
    expect(entries.map((entry) => entry.localName)).to.deep.equal(['li', 'li', 'li']);
    entries.forEach((entry, index) => {
      const source = seed.sources?.[index];
      expect(entry.id).to.equal(`source-${index + 1}`);
      expect(text(deepQuery(entry.querySelector('source-badge') as Element, '[part=name]'))).to.equal(
        source?.name,
      );
      const link = entry.querySelector('[part=source-link]');
      expect(link?.getAttribute('href')).to.equal(source?.url);
      expect(text(link)).to.equal(source?.title);
    });
  });

  it('shows a source without url by its title, unlinked', async () => {
    const el = await digest({ ...seed, sources: [{ name: 'Wire', title: 'A wire report' }] });
    const entry = sourceEntry(el, 1) as HTMLElement;
    expectSame(entry.querySelector('a'), null, "entry.querySelector('a')");
    expect(text(entry)).to.contain('A wire report');
  });

  it('ends with a related-rail of the related stories', async () => {
    const el = await digest(seed);
    const rail = part<RelatedRail>(el, 'related') as RelatedRail;
    expect(rail.localName).to.equal('related-rail');
    await deepUpdated(el);
    const cards = Array.from(shadow(rail).querySelectorAll('story-card'));
    expect(cards.length).to.equal(4);
    expect(cards.map((card) => text(shadow(card).querySelector('[part=title]')))).to.deep.equal(
      seed.related?.map((story) => story.title),
    );
    expect(text(shadow(rail).querySelector('[part=heading]'))).to.equal('Continue Reading');
    expect(shadow(rail).querySelector('[part=heading]')?.localName).to.equal('h2');
  });

  it('renders no rail and no sources list when there are neither related stories nor sources', async () => {
    const el = await digest({ title: 'Bare', url: 'https://news.example/bare' });
    expectSame(part(el, 'related'), null, "part(el, 'related')");
    expectSame(part(el, 'source-list'), null, "part(el, 'source-list')");
    expectSame(shadow(el).querySelector('related-rail'), null, "shadow(el).querySelector('related-rail')");
  });

  it('uses heading-level for the headline, one level below for sections, sources and the rail', async () => {
    const el = await mount<StoryDigest>(
      html`<story-digest heading-level="2" .article=${seed}></story-digest>`,
    );
    expect(part(el, 'title')?.localName).to.equal('h2');
    expect(parts(el, 'section-heading').map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
    expect(part(el, 'source-list-heading')?.localName).to.equal('h3');
    const rail = part(el, 'related') as Element;
    expect(rail.getAttribute('heading-level')).to.equal('3');
    expect(shadow(rail).querySelector('[part=heading]')?.localName).to.equal('h3');
    const card = shadow(rail).querySelector('story-card') as Element;
    expect(shadow(card).querySelector('[part=title]')?.localName).to.equal('h4');
  });

  it('renders from an inline <script type="application/json"> child', async () => {
    const el = await digest(seed, 'lang="en"');
    expect(text(part(el, 'title'))).to.equal(seed.title);
    expect(parts(el, 'section').length).to.equal(2);
    expect(citations(el).length).to.equal(6);
  });

  it('passes on a related story selected in its rail as one digest-select with the position', async () => {
    const el = await digest(seed);
    const selects = recordEvents<CustomEvent<DigestSelectDetail>>(document, 'digest-select');
    try {
      const rail = part(el, 'related') as Element;
      const card = shadow(rail).querySelectorAll('story-card')[1] as Element;
      shadow(card).querySelector<HTMLAnchorElement>('[part=title-link]')?.click();
      expect(selects.events.length).to.equal(1);
      expectSame(selects.events[0]?.target, el, 'selects.events[0]?.target');
      expect(selects.events[0]?.detail).to.deep.equal({
        id: 'llama-3-1-open-source',
        url: 'https://news.example/stories/llama-3-1-open-source',
        title: 'Why Meta open-sourced Llama 3.1',
        position: 2,
        button: 0,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        newTab: false,
      });
    } finally {
      selects.stop();
    }
  });
});

describe('story-digest error state', () => {
  const cases: [string, () => Promise<StoryDigest>][] = [
    ['an article without a title', () => digest({ url: 'https://news.example/x', summary: 'No title' })],
    ['a value that is not an article', () => digest('just a string')],
    [
      'inline JSON that does not parse',
      () =>
        mount<StoryDigest>(
          '<story-digest><script type="application/json">{"title": </script></story-digest>',
        ),
    ],
  ];
  for (const [name, render] of cases) {
    it(`shows "This story is unavailable", one digest-error and one warning for ${name}`, async () => {
      const errors = recordEvents<CustomEvent>(document, 'digest-error');
      try {
        const el = await render();
        await settle();
        expect(text(part(el, 'error'))).to.equal('This story is unavailable');
        expectSame(part(el, 'base'), null, "part(el, 'base')");
        expectSame(shareButton(el), null, 'shareButton(el)');
        expect(errors.events.length).to.equal(1);
        expectSame(errors.events[0]?.target, el, 'errors.events[0]?.target');
        expect(errors.events[0]?.detail.message).to.match(/^story-digest: /);
        expect(env.warn.calls.length).to.equal(1);
      } finally {
        errors.stop();
      }
    });
  }

  it('names the missing title', async () => {
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      await digest({ summary: 'No title' });
      await settle();
      expect(errors.events[0]?.detail.message).to.equal('story-digest: article.title is missing');
    } finally {
      errors.stop();
    }
  });
});

describe('story-digest citations', () => {
  it('turns each [n] into a citation button named "Source n: <name>"', async () => {
    const el = await digest(seed);
    const buttons = citations(el);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Source 1: Fortune',
      'Source 1: Fortune',
      'Source 3: The Verge',
      'Source 2: InfoWorld',
      'Source 3: The Verge',
      'Source 2: InfoWorld',
    ]);
    expect(buttons.map((button) => text(button))).to.deep.equal(['[1]', '[1]', '[3]', '[2]', '[3]', '[2]']);
    expect(buttons.every((button) => button.localName === 'button' && button.type === 'button')).to.equal(
      true,
    );
  });

  it('keeps the paragraph text around the citations', async () => {
    const el = await digest(seed);
    const paragraph = parts(el, 'paragraph')[1] as HTMLElement;
    expect(shown(paragraph)).to.equal(seed.sections?.[0]?.paragraphs[1]);
  });

  it('keeps each citation on the line of the word before it (a no-break space between them)', async () => {
    const el = await digest(withParagraphs('A claim [1] and another [2][3].'));
    const raw = (parts(el, 'paragraph')[0] as HTMLElement).innerText;
    expect(raw).to.contain('claim\u00a0[1]');
    expect(raw).to.contain('another\u00a0[2][3]');
    expect(raw).to.contain('[1] and');
  });

  it('moves focus to source n in the sources list when its citation is clicked', async () => {
    const el = await digest(seed);
    const third = citations(el)[2] as HTMLButtonElement;
    third.click();
    expectSame(document.activeElement, el, 'document.activeElement');
    expectSame(shadow(el).activeElement, sourceEntry(el, 3), 'shadow(el).activeElement');
    citations(el)[3]?.click();
    expectSame(shadow(el).activeElement, sourceEntry(el, 2), 'shadow(el).activeElement');
  });

  it('moves focus with the keyboard too: Enter on a focused citation', async () => {
    const el = await digest(seed);
    citations(el)[0]?.focus();
    await pressEnterOn(citations(el)[0]);
    expectSame(shadow(el).activeElement, sourceEntry(el, 1), 'shadow(el).activeElement');
  });

  it('scrolls the source entry into view at once when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <div style="height: 900px"></div>
        <story-digest .article=${seed}></story-digest>
      </div>`,
    );
    const el = wrapper.querySelector('story-digest') as StoryDigest;
    try {
      window.scrollTo(0, 0);
      const entry = sourceEntry(el, 2) as HTMLElement;
      expect(isInside(entry, viewport()), 'the entry starts below the fold').to.equal(false);
      citations(el)[3]?.click();
      expect(isInside(entry, viewport())).to.equal(true);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('scrolls the source entry into view smoothly otherwise', async () => {
    requireVisiblePage();
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <div style="height: 900px"></div>
        <story-digest .article=${seed}></story-digest>
      </div>`,
    );
    const el = wrapper.querySelector('story-digest') as StoryDigest;
    try {
      window.scrollTo(0, 0);
      const entry = sourceEntry(el, 3) as HTMLElement;
      expect(isInside(entry, viewport())).to.equal(false);
      citations(el)[2]?.click();
      expect(window.scrollY, 'smooth scrolling has not jumped').to.equal(0);
      await waitUntil(() => isInside(entry, viewport()), 'the entry scrolls into view', { timeout: 3000 });
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('keeps [0], [-1], [1e9], [01], [99] and [4] as text, and cites only the real [1] inside [[1]]', async () => {
    const paragraph = 'Zero [0], minus [-1], huge [1e9], padded [01], doubled [[1]], missing [99] and [4].';
    const el = await digest(withParagraphs(paragraph));
    const buttons = citations(el);
    expect(buttons.length).to.equal(1);
    expect(buttons[0]?.getAttribute('aria-label')).to.equal('Source 1: Fortune');
    expect(shown(parts(el, 'paragraph')[0])).to.equal(paragraph);
    buttons[0]?.click();
    expectSame(shadow(el).activeElement, sourceEntry(el, 1), 'shadow(el).activeElement');
    expect(env.warn.calls.length).to.equal(0);
  });

  it('makes both of the adjacent markers [1][2] work', async () => {
    const el = await digest(withParagraphs('Both say so [1][2].'));
    const [first, second] = citations(el);
    expect([first, second].map((button) => button?.getAttribute('aria-label'))).to.deep.equal([
      'Source 1: Fortune',
      'Source 2: InfoWorld',
    ]);
    second?.click();
    expectSame(shadow(el).activeElement, sourceEntry(el, 2), 'shadow(el).activeElement');
    first?.click();
    expectSame(shadow(el).activeElement, sourceEntry(el, 1), 'shadow(el).activeElement');
  });

  it('keeps every marker as text when the article has no sources', async () => {
    const el = await digest({ title: 'No sources', sections: [{ paragraphs: ['Said [1] and [2].'] }] });
    expect(citations(el).length).to.equal(0);
    expect(shown(parts(el, 'paragraph')[0])).to.equal('Said [1] and [2].');
  });

  it('cites by position after a nameless source was skipped', async () => {
    const article = {
      ...seed,
      sources: [{ name: 'Fortune' }, { url: 'https://nameless.example/' }, { name: 'The Verge' }],
      sections: [{ paragraphs: ['One [1], two [2], three [3].'] }],
    };
    const el = await digest(article);
    expect(citations(el).map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Source 1: Fortune',
      'Source 2: The Verge',
    ]);
  });
});

describe('story-digest Share', () => {
  const restores: (() => void)[] = [];
  let rejections: PromiseRejectionEvent[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);

  /** Gives `navigator` an own `name` property (a stub, or undefined for "not available"), removed after the test. */
  function stub(name: 'share' | 'clipboard', value: unknown): void {
    Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
    // Deleting the own property uncovers the browser's own (on Navigator.prototype) again.
    restores.push(() => Reflect.deleteProperty(navigator, name));
  }

  /** A recording stand-in for an async browser API. */
  function fake(result: () => Promise<void>) {
    const calls: unknown[][] = [];
    const fn = (...args: unknown[]) => {
      calls.push(args);
      return result();
    };
    return Object.assign(fn, { calls });
  }

  const rejectWith = (name: string) => () => Promise.reject(new DOMException(`${name} for the test`, name));

  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    restores
      .splice(0)
      .reverse()
      .forEach((restore) => restore());
  });

  /** Share never rejects: every path handles its own failures. */
  async function expectNoUnhandledRejection(): Promise<void> {
    await settle();
    expect(
      rejections.map((event) => String(event.reason)),
      'unhandled rejections',
    ).to.deep.equal([]);
  }

  it('starts with an empty live status and no field', async () => {
    const el = await digest(seed);
    expect(status(el)?.getAttribute('role')).to.equal('status');
    expect(text(status(el))).to.equal('');
    expectSame(field(el), null, 'field(el)');
  });

  it('uses navigator.share with title and url, and dispatches digest-share with method "share"', async () => {
    const share = fake(() => Promise.resolve());
    const writeText = fake(() => Promise.resolve());
    stub('share', share);
    stub('clipboard', { writeText });
    const el = await digest(seed);
    const shared = oneEvent(el, 'digest-share');
    shareButton(el)?.click();
    const event = (await shared) as CustomEvent<DigestShareDetail>;
    expect(share.calls).to.deep.equal([[{ title: seed.title, url: seed.url }]]);
    expect(event.detail).to.deep.equal({ id: seed.id, url: seed.url, method: 'share' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle();
    expect(writeText.calls.length).to.equal(0);
    expect(text(status(el))).to.equal('');
    expectSame(field(el), null, 'field(el)');
    await expectNoUnhandledRejection();
  });

  it('does nothing more when the reader closes the share sheet (AbortError): no event, no copy, no field', async () => {
    const share = fake(rejectWith('AbortError'));
    const writeText = fake(() => Promise.resolve());
    stub('share', share);
    stub('clipboard', { writeText });
    const el = await digest(seed);
    const shares = recordEvents(document, 'digest-share');
    try {
      shareButton(el)?.click();
      await settle();
      await deepUpdated(el);
      expect(share.calls.length).to.equal(1);
      expect(shares.events.length).to.equal(0);
      expect(writeText.calls.length).to.equal(0);
      expect(text(status(el))).to.equal('');
      expectSame(field(el), null, 'field(el)');
    } finally {
      shares.stop();
    }
    await expectNoUnhandledRejection();
  });

  const clipboardCases: [string, () => void][] = [
    ['navigator.share fails with another error', () => stub('share', fake(rejectWith('NotAllowedError')))],
    ['navigator.share is not available', () => stub('share', undefined)],
  ];
  for (const [name, setUp] of clipboardCases) {
    it(`copies the link and says "Link copied" in the status when ${name}`, async () => {
      setUp();
      const writeText = fake(() => Promise.resolve());
      stub('clipboard', { writeText });
      const el = await digest(seed);
      const shared = oneEvent(el, 'digest-share');
      shareButton(el)?.click();
      const event = (await shared) as CustomEvent<DigestShareDetail>;
      expect(event.detail).to.deep.equal({ id: seed.id, url: seed.url, method: 'clipboard' });
      expect(writeText.calls).to.deep.equal([[seed.url]]);
      await deepUpdated(el);
      expect(status(el)?.getAttribute('role')).to.equal('status');
      expect(text(status(el))).to.equal('Link copied');
      expectSame(field(el), null, 'field(el)');
      await expectNoUnhandledRejection();
    });
  }

  const fieldCases: [string, () => void][] = [
    [
      'neither sharing nor copying is available',
      () => {
        stub('share', undefined);
        stub('clipboard', undefined);
      },
    ],
    [
      'sharing is not available and copying is refused',
      () => {
        stub('share', undefined);
        stub('clipboard', { writeText: fake(rejectWith('NotAllowedError')) });
      },
    ],
    [
      'sharing and copying both fail',
      () => {
        stub('share', fake(rejectWith('NotAllowedError')));
        stub('clipboard', { writeText: fake(rejectWith('NotAllowedError')) });
      },
    ],
  ];
  for (const [name, setUp] of fieldCases) {
    it(`shows the link in a read-only field, focused and selected, when ${name}`, async () => {
      setUp();
      const el = await digest(seed);
      const shared = oneEvent(el, 'digest-share');
      shareButton(el)?.click();
      const event = (await shared) as CustomEvent<DigestShareDetail>;
      expect(event.detail).to.deep.equal({ id: seed.id, url: seed.url, method: 'field' });
      const input = field(el) as HTMLInputElement;
      expect(input.localName).to.equal('input');
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.equal(seed.url);
      expect(input.getAttribute('aria-label')).to.equal('Link to this story');
      expectSame(shadow(el).activeElement, input, 'shadow(el).activeElement');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, seed.url?.length]);
      expect(text(status(el))).to.equal('');
      await expectNoUnhandledRejection();
    });
  }

  it('selects the link again when the field is focused later', async () => {
    stub('share', undefined);
    stub('clipboard', undefined);
    const el = await digest(seed);
    const shared = oneEvent(el, 'digest-share');
    shareButton(el)?.click();
    await shared;
    const input = field(el) as HTMLInputElement;
    shareButton(el)?.focus();
    input.setSelectionRange(0, 0);
    input.focus();
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, seed.url?.length]);
    await expectNoUnhandledRejection();
  });

  it('has no Share button when the article has no safe url', async () => {
    for (const url of [undefined, 'javascript:alert(1)', 'https://user:pass@news.example/']) {
      const el = await digest({ ...seed, url });
      expectSame(shareButton(el), null, String(url));
      expectSame(status(el), null, String(url));
    }
  });
});

describe('story-digest is accessible', () => {
  it('with the seed story', async () => {
    const el = await digest(seed);
    await expect(el).to.be.accessible();
  });

  it('with an image and no related stories', async () => {
    const el = await digest({
      ...seed,
      related: [],
      image: { src: LOGO, alt: 'Court documents on a desk', width: 1200, height: 675 },
    });
    await expect(el).to.be.accessible();
  });

  it('in the error state', async () => {
    const el = await digest({});
    await settle();
    await expect(el).to.be.accessible();
  });

  it('after the share field appeared', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const el = await digest(seed);
      const shared = oneEvent(el, 'digest-share');
      shareButton(el)?.click();
      await shared;
      await deepUpdated(el);
      expect(field(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('right to left', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div dir="rtl" lang="ar"><story-digest .article=${seed}></story-digest></div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});
