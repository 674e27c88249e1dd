import { expect, waitUntil } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Article, RelatedRail, StoryCard, StoryDigest } from '../../src/digest-elements.js';
import { liveCounts } from '../../src/element/page-watch.js';
import { api, record, uniqueKey } from '../support/api.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { fullArticle, jsonScript } from '../support/data.js';
import { settle } from '../support/events.js';
import { deepUpdated } from '../support/shadow.js';

const shadowTextOf = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector)?.textContent?.trim();

const titleOf = (element: Element | null | undefined) =>
  element?.shadowRoot?.querySelector('[part~=title-link], [part~=title]')?.textContent?.trim();

function waitForTitle(element: Element, title: string): Promise<void> {
  return waitUntil(() => titleOf(element) === title, `title never became "${title}"`, {
    interval: 10,
    timeout: 4000,
  });
}

/** A slow `/api/slow` answer with its own title, counted under `key`. */
function slow(title: string, ms: number, key: string): string {
  const query = new URLSearchParams({ ms: String(ms), title, key });
  return api(`/api/slow?${query.toString()}`);
}

/** A story whose date is written relative to now, so the card also starts the shared clock. */
const recentStory = (title: string): Article =>
  fullArticle({ title, publishedAt: new Date(Date.now() - 3_600_000).toISOString() });

const related = (prefix: string, count: number): Article[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    title: `${prefix} story ${index + 1}`,
    url: `https://news.example/${prefix}/${index + 1}`,
  }));

// Each test watches for console noise, uncaught errors and unhandled rejections on the page.
let warn: WarnSpy;
let noise: string[];
const originalError = console.error;
const onError = (event: ErrorEvent) => noise.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  noise.push(`unhandled rejection: ${String(event.reason)}`);
let container: HTMLElement;
let other: HTMLElement;
let baseline: ReturnType<typeof liveCounts>;
/** URLs the elements fetched (through `window.fetch`) during the test. */
let fetched: string[];
const originalFetch = window.fetch;

/** How many requests for `/api/slow` with `key` the page started. */
const requestsFor = (key: string) =>
  fetched.filter((url) => url.includes('/api/slow') && url.includes(encodeURIComponent(key))).length;

beforeEach(() => {
  baseline = liveCounts();
  warn = spyOnWarn();
  noise = [];
  console.error = (...args: unknown[]) => {
    noise.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  fetched = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return originalFetch.call(window, input, init);
  };
  container = document.createElement('div');
  other = document.createElement('div');
  document.body.append(container, other);
});

afterEach(() => {
  window.fetch = originalFetch;
  warn.restore();
  console.error = originalError;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  container.remove();
  other.remove();
  // Nodes left in an iframe's document are not disconnected when the iframe goes: empty it first.
  document.querySelectorAll('iframe').forEach((frame) => {
    frame.contentDocument?.body.replaceChildren();
    frame.remove();
  });
});

/** No warning, error or unhandled rejection so far in this test. */
function expectQuiet(): void {
  expect({ warnings: warn.messages, errors: noise }).to.deep.equal({ warnings: [], errors: [] });
}

describe('lifecycle: properties set before the element is upgraded', () => {
  it('a property set on a <story-card> made in a document without a browsing context wins once adopted and connected', async () => {
    const inert = document.implementation.createHTMLDocument('inert');
    const card = inert.createElement('story-card') as StoryCard;
    expect(
      card.constructor === HTMLElement,
      'not upgraded in a document without a browsing context',
    ).to.equal(true);
    card.append(jsonScript({ title: 'From inline JSON' }));
    card.article = { title: 'From the early property', url: 'https://news.example/early' };
    container.append(document.adoptNode(card));
    await deepUpdated(card);
    expect(titleOf(card)).to.equal('From the early property');
    expect(card.article?.title).to.equal('From the early property');
    expectQuiet();
  });

  it('a property set on a <story-card> inside an inert <template> wins over its inline JSON once adopted and connected', async () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<story-card><script type="application/json">{"title":"From inline JSON"}</script></story-card>';
    const card = template.content.firstElementChild as StoryCard;
    card.article = { title: 'From the template property' };
    container.append(document.adoptNode(card));
    await deepUpdated(card);
    expect(titleOf(card)).to.equal('From the template property');
    expectQuiet();
  });

  it('document.importNode of a template clones: the clone shows the inline JSON, the property set on the template copy is not carried over', async () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<story-card><script type="application/json">{"title":"From inline JSON"}</script></story-card>';
    (template.content.firstElementChild as StoryCard).article = { title: 'Not carried over' };
    const fragment = document.importNode(template.content, true);
    const card = fragment.firstElementChild as StoryCard;
    container.append(fragment);
    await deepUpdated(card);
    expect(titleOf(card)).to.equal('From inline JSON');
    expectQuiet();
  });

  it('an early property wins over an early src attribute: the src is never fetched', async () => {
    const key = uniqueKey('early-src');
    const inert = document.implementation.createHTMLDocument('inert');
    const card = inert.createElement('story-card') as StoryCard;
    card.setAttribute('src', slow('From src', 0, key));
    card.article = { title: 'From the early property' };
    container.append(document.adoptNode(card));
    await deepUpdated(card);
    await settle();
    expect(titleOf(card)).to.equal('From the early property');
    expect(requestsFor(key)).to.equal(0);
    expectQuiet();
  });
});

type Step = 'property' | 'src' | 'inline';

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('lifecycle: property, src and inline JSON set in every order (property > src > inline JSON)', () => {
  for (const connectedFirst of [true, false]) {
    for (const order of permutations<Step>(['property', 'src', 'inline'])) {
      const when = connectedFirst ? 'on a connected card, one update apart' : 'before the card is connected';
      it(`${order.join(', then ')} ${when}: the property shows; clearing it shows src (inline JSON while it loads); removing src shows inline JSON`, async () => {
        const key = uniqueKey('order');
        const card = document.createElement('story-card');
        if (connectedFirst) container.append(card);
        for (const step of order) {
          if (step === 'property') card.article = { title: 'From property' };
          if (step === 'src') card.setAttribute('src', slow('From src', 150, key));
          if (step === 'inline') card.append(jsonScript({ title: 'From inline JSON' }));
          if (connectedFirst) await deepUpdated(card);
        }
        if (!connectedFirst) container.append(card);
        await deepUpdated(card);
        expect(titleOf(card)).to.equal('From property');

        card.article = undefined;
        await deepUpdated(card);
        expect(titleOf(card), 'while src loads').to.equal('From inline JSON');
        await waitForTitle(card, 'From src');

        card.removeAttribute('src');
        await deepUpdated(card);
        expect(titleOf(card)).to.equal('From inline JSON');
        expectQuiet();
      });
    }
  }
});

describe('lifecycle: moved, removed and re-added while loading', function () {
  this.timeout(15_000);
  // The slow answers below take 1.5 s, so the abort of a request the element gave up always
  // reaches the server before the answer would, even on a busy machine.
  it('moved to another container while src loads: the request is restarted once and the story renders', async () => {
    const key = uniqueKey('move');
    const card = document.createElement('story-card');
    card.src = slow('Moved story', 1500, key);
    container.append(card);
    await record(key, 'hits');
    other.append(card);
    await waitForTitle(card, 'Moved story');
    const counts = await record(key, 'settled', 2);
    expect(counts).to.deep.equal({ hits: 2, pending: 0, answered: 1, aborted: 1 });
    card.remove();
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  /** The border width of a card's `<article>`, read in the card's current document: 1px when its shadow styles apply. */
  const borderOf = (card: Element) =>
    (card.ownerDocument.defaultView as Window).getComputedStyle(
      card.shadowRoot?.querySelector('[part~=base]') as Element,
    ).borderTopWidth;

  function frameDocument(): Document {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    return frame.contentDocument as Document;
  }

  it('a rendered card moved into an iframe’s document (adoptNode) and back keeps its story and styles, with no error', async () => {
    const frameDoc = frameDocument();
    const card = document.createElement('story-card');
    card.article = fullArticle({ title: 'Adopted story', image: undefined });
    container.append(card);
    await deepUpdated(card);
    frameDoc.body.append(frameDoc.adoptNode(card));
    await deepUpdated(card);
    expect(card.ownerDocument === frameDoc, 'the card lives in the iframe document').to.equal(true);
    expect(titleOf(card)).to.equal('Adopted story');
    expect(borderOf(card), 'card border in the iframe').to.equal('1px');
    card.article = fullArticle({ title: 'Updated in the iframe', image: undefined });
    await deepUpdated(card);
    expect(titleOf(card)).to.equal('Updated in the iframe');

    container.append(document.adoptNode(card));
    await deepUpdated(card);
    expect(titleOf(card)).to.equal('Updated in the iframe');
    expect(borderOf(card), 'card border back in the main document').to.equal('1px');
    card.remove();
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('moved into an iframe’s document (adoptNode) while src loads: the story renders there with its styles, with no error', async () => {
    const key = uniqueKey('adopt');
    const frameDoc = frameDocument();
    const card = document.createElement('story-card');
    card.src = slow('Adopted story', 1500, key);
    container.append(card);
    await record(key, 'hits');
    frameDoc.body.append(frameDoc.adoptNode(card));
    await waitForTitle(card, 'Adopted story');
    await deepUpdated(card);
    expect(borderOf(card), 'card border in the iframe').to.equal('1px');
    expect(shadowTextOf(card, '[part~=count]'), 'the card’s sources rendered in the iframe').to.equal(
      '2 Sources',
    );
    card.remove();
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('removed while src loads: the request is aborted and nothing renders', async () => {
    const key = uniqueKey('remove');
    const card = document.createElement('story-card');
    card.src = slow('Never shown', 1500, key);
    container.append(card);
    await record(key, 'hits');
    card.remove();
    expect(await record(key, 'settled')).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
    await settle();
    expect(titleOf(card)).to.equal(undefined);
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('removed while src loads, then re-added: it loads again and renders the story', async () => {
    const key = uniqueKey('readd');
    const card = document.createElement('story-card');
    card.src = slow('Re-added story', 1500, key);
    container.append(card);
    await record(key, 'hits');
    card.remove();
    await record(key, 'aborted');
    container.append(card);
    await waitForTitle(card, 'Re-added story');
    expect(await record(key, 'settled', 2)).to.deep.equal({ hits: 2, pending: 0, answered: 1, aborted: 1 });
    card.remove();
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('connected and removed in the same task: no request is made for its src', async () => {
    const key = uniqueKey('flash');
    const card = document.createElement('story-card');
    card.src = slow('Flash', 0, key);
    container.append(card);
    card.remove();
    await deepUpdated(card);
    await settle();
    expect(
      requestsFor(key),
      'requests started for a card that left the page before its first render',
    ).to.equal(0);
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('src set on a card that is not connected: nothing is fetched until it is connected', async () => {
    const key = uniqueKey('detached');
    const card = document.createElement('story-card');
    container.append(card);
    await deepUpdated(card);
    card.remove();
    card.src = slow('Detached story', 0, key);
    await deepUpdated(card);
    await settle();
    expect(requestsFor(key), 'requests started while detached').to.equal(0);
    container.append(card);
    await waitForTitle(card, 'Detached story');
    card.remove();
    expectQuiet();
  });
});

describe('lifecycle: src changed 20 times quickly', () => {
  it('renders the last src; no earlier answer, however fast, ever shows after it, and superseded requests are aborted', async () => {
    const key = uniqueKey('twenty');
    const card = document.createElement('story-card');
    container.append(card);
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const title = titleOf(card);
      if (title && shown.at(-1) !== title) shown.push(title);
    });
    observer.observe(card.shadowRoot as ShadowRoot, { childList: true, subtree: true, characterData: true });
    for (let index = 1; index <= 20; index++) {
      // The last answer is the slowest; earlier ones are fast, so a stale answer would land last.
      card.src = slow(`Story ${index}`, index === 20 ? 400 : (index % 4) * 10, key);
      await card.updateComplete;
    }
    await waitForTitle(card, 'Story 20');
    // By now (the last answer took 400 ms) every earlier request has ended on the server.
    const counts = await record(key, 'settled');
    await settle();
    observer.disconnect();
    expect(titleOf(card)).to.equal('Story 20');
    expect(shown).to.deep.equal(['Story 20']);
    // A src replaced before its request could start (the loader arrives on demand) is never
    // requested at all; every request that did start was for a src the card had at the time.
    expect(requestsFor(key), 'requests started').to.be.within(1, 20);
    expect(counts.pending).to.equal(0);
    // Only the last request was read to the end by the page; a fast earlier one may have been answered
    // by the server before its abort arrived, and one aborted early never reached the server at all.
    expect(counts.hits - counts.aborted, `server record ${JSON.stringify(counts)}`).to.be.at.least(1);
    expectQuiet();
  });

  it('a rail whose src changes 20 times, some answers arriving between changes: only the last list remains', async () => {
    const key = uniqueKey('rail-twenty');
    const rail = document.createElement('related-rail') as RelatedRail;
    container.append(rail);
    for (let index = 1; index <= 20; index++) {
      const query = new URLSearchParams({
        ms: String(index === 20 ? 200 : 0),
        title: `List ${index}`,
        key,
        list: '1',
      });
      rail.src = api(`/api/slow?${query.toString()}`);
      await rail.updateComplete;
      // Every fifth change waits for its answer to arrive and render before the next one.
      if (index % 5 === 0 && index < 20) {
        await waitUntil(
          () => titleOf(rail.shadowRoot?.querySelector('story-card')) === `List ${index} 1`,
          `list ${index} never showed`,
          { interval: 10, timeout: 2000 },
        );
      }
    }
    await waitUntil(
      () => titleOf(rail.shadowRoot?.querySelector('story-card')) === 'List 20 1',
      'the last list never showed',
      { interval: 10, timeout: 4000 },
    );
    await record(key, 'settled');
    await settle();
    // A src replaced before its request could start (the loader arrives on demand) is never
    // requested at all; every request that did start was for a src the card had at the time.
    expect(requestsFor(key), 'requests started').to.be.within(1, 20);
    const titles = Array.from(rail.shadowRoot?.querySelectorAll('story-card') ?? []).map((card) =>
      titleOf(card),
    );
    expect(titles).to.deep.equal(['List 20 1', 'List 20 2']);
    expectQuiet();
  });
});

/** Counts what the elements hand to page-wide machinery, by wrapping it before they are created. */
function trackPageResources() {
  const intersections = new Map<IntersectionObserver, Set<Element>>();
  const resizes = new Map<ResizeObserver, Set<Element>>();
  const mutations = new Set<MutationObserver>();
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, nextId++);
    return ids.get(value);
  };
  const restores: (() => void)[] = [];

  function wrap<T extends object, K extends keyof T>(target: T, name: K, around: (original: T[K]) => T[K]) {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    const original = target[name];
    Object.defineProperty(target, name, { value: around(original), configurable: true, writable: true });
    restores.push(() => {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else Reflect.deleteProperty(target, name);
    });
  }
  const targets = <O extends object>(map: Map<O, Set<Element>>, observer: O) => {
    let set = map.get(observer);
    if (!set) map.set(observer, (set = new Set()));
    return set;
  };

  const io = IntersectionObserver.prototype;
  wrap(
    io,
    'observe',
    (original) =>
      function (this: IntersectionObserver, target: Element) {
        targets(intersections, this).add(target);
        return original.call(this, target);
      },
  );
  wrap(
    io,
    'unobserve',
    (original) =>
      function (this: IntersectionObserver, target: Element) {
        targets(intersections, this).delete(target);
        return original.call(this, target);
      },
  );
  wrap(
    io,
    'disconnect',
    (original) =>
      function (this: IntersectionObserver) {
        intersections.delete(this);
        return original.call(this);
      },
  );
  const ro = ResizeObserver.prototype;
  wrap(
    ro,
    'observe',
    (original) =>
      function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        targets(resizes, this).add(target);
        return original.call(this, target, options);
      },
  );
  wrap(
    ro,
    'unobserve',
    (original) =>
      function (this: ResizeObserver, target: Element) {
        targets(resizes, this).delete(target);
        return original.call(this, target);
      },
  );
  wrap(
    ro,
    'disconnect',
    (original) =>
      function (this: ResizeObserver) {
        resizes.delete(this);
        return original.call(this);
      },
  );
  const mo = MutationObserver.prototype;
  wrap(
    mo,
    'observe',
    (original) =>
      function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
        mutations.add(this);
        return original.call(this, target, options);
      },
  );
  wrap(
    mo,
    'disconnect',
    (original) =>
      function (this: MutationObserver) {
        mutations.delete(this);
        return original.call(this);
      },
  );
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
      `${name} ${type} #${idOf(listener as object)} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
    wrap(
      target,
      'addEventListener',
      (original) =>
        function (
          this: EventTarget,
          type: string,
          listener: EventListenerOrEventListenerObject | null,
          options?: boolean | AddEventListenerOptions,
        ) {
          if (listener) listeners.add(keyOf(type, listener, options));
          return (original as EventTarget['addEventListener']).call(this, type, listener, options);
        } as typeof target.addEventListener,
    );
    wrap(
      target,
      'removeEventListener',
      (original) =>
        function (
          this: EventTarget,
          type: string,
          listener: EventListenerOrEventListenerObject | null,
          options?: boolean | EventListenerOptions,
        ) {
          if (listener) listeners.delete(keyOf(type, listener, options));
          return (original as EventTarget['removeEventListener']).call(this, type, listener, options);
        } as typeof target.removeEventListener,
    );
  }
  const count = (map: Map<object, Set<Element>>) =>
    Array.from(map.values()).reduce((total, set) => total + set.size, 0);
  return {
    snapshot: () => ({
      intersectionTargets: count(intersections),
      resizeTargets: count(resizes),
      mutationObservers: mutations.size,
      windowAndDocumentListeners: Array.from(listeners).sort(),
    }),
    restore: () => restores.reverse().forEach((restore) => restore()),
  };
}

describe('lifecycle: nothing left behind after removal', () => {
  let tracker: ReturnType<typeof trackPageResources>;
  beforeEach(() => {
    tracker = trackPageResources();
  });
  afterEach(() => tracker.restore());

  async function mountEverything(key: string) {
    const digest = document.createElement('story-digest') as StoryDigest;
    digest.article = {
      ...recentStory('Digest'),
      sections: [{ heading: 'Section', paragraphs: ['Cited [1][2].'] }],
      related: related('digest-related', 4),
    };
    const rail = document.createElement('related-rail') as RelatedRail;
    rail.articles = related('rail', 6);
    const card = document.createElement('story-card') as StoryCard;
    card.article = recentStory('Card');
    const loading = document.createElement('story-card') as StoryCard;
    loading.src = slow('Still loading', 2000, key);
    const stack = document.createElement('source-stack');
    stack.sources = fullArticle().sources;
    const badge = document.createElement('source-badge');
    badge.source = { name: 'Fortune', url: 'https://fortune.example/' };
    container.append(digest, rail, card, loading, stack, badge);
    for (const element of [digest, rail, card, loading, stack, badge]) await deepUpdated(element);
    await record(key, 'hits');
    return rail;
  }

  it('while mounted the elements use the shared helpers; after removal liveCounts(), observed targets, observers and window/document listeners are back to their baseline', async () => {
    const key = uniqueKey('leaks');
    const before = tracker.snapshot();
    await mountEverything(key);
    const during = tracker.snapshot();
    expect(liveCounts().elements).to.be.greaterThan(baseline.elements + 10);
    expect(liveCounts().observing).to.equal(true);
    expect(liveCounts().ticking).to.equal(true);
    // Cards of the digest's rail and of the rail are watched for impressions (until seen); 2 rail scrollers sized.
    expect(during.intersectionTargets - before.intersectionTargets).to.be.greaterThan(0);
    expect(during.resizeTargets - before.resizeTargets).to.equal(2);

    container.replaceChildren();
    await settle();
    expect(liveCounts()).to.deep.equal(baseline);
    expect(tracker.snapshot()).to.deep.equal(before);
    expect(await record(key, 'settled')).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
    expectQuiet();
  });

  it('a rail given new stories while detached starts no impression or resize watching, and leaves nothing behind', async () => {
    const before = tracker.snapshot();
    const rail = document.createElement('related-rail') as RelatedRail;
    rail.articles = related('first', 3);
    container.append(rail);
    await deepUpdated(rail);
    rail.remove();
    expect(tracker.snapshot()).to.deep.equal(before);
    rail.articles = related('second', 5);
    await deepUpdated(rail);
    await settle();
    expect(tracker.snapshot(), 'after an update while detached').to.deep.equal(before);
    expect(liveCounts()).to.deep.equal(baseline);
    expectQuiet();
  });

  it('removing and re-adding every element ten times leaves the same counts as one removal', async () => {
    const before = tracker.snapshot();
    const key = uniqueKey('churn');
    await mountEverything(key);
    const elements = Array.from(container.children);
    for (let round = 0; round < 10; round++) {
      container.replaceChildren();
      container.append(...elements);
      for (const element of elements) await deepUpdated(element);
    }
    container.replaceChildren();
    await settle();
    expect(liveCounts()).to.deep.equal(baseline);
    expect(tracker.snapshot()).to.deep.equal(before);
    expectQuiet();
  });
});
