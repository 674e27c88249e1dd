/**
 * Sentinel tests: hostile fixtures (markup and script in every text field, every URL vector of
 * test/contract/url.test.ts and test/support/data.ts in every URL field, SVG and data: logos) are
 * rendered by every element on this page, where `alert`, `confirm`, `prompt`, `print` and a global
 * `__sentinel` record any call. Every link and button inside every shadow root is then clicked (a
 * capturing listener records the href and cancels navigation, so the page stays), and the sentinel
 * must never have fired. Negative controls prove that script which really runs does fire it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/digest-elements.js';
import { inlineJson, LOGO } from '../support/data.js';
import { nextTask, settle } from '../support/events.js';
import { deepUpdated, renderedElements } from '../support/shadow.js';
import { mailtoAllowed } from '../support/urls.js';
import { BASE, MARKUP, URL_VECTORS } from './arbitraries.js';
import { summarize, urlProblem } from './checks.js';
import { clickables, markupFromData, renderedUrlViolations } from './dom.js';

/** A same-origin SVG with an onload handler, a <script> and a javascript: <image>: inert as an <img>. */
const HOSTILE_SVG = new URL('./hostile.svg', import.meta.url).href;

const DATA_LOGOS = [
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="__sentinel('data svg')"><script>__sentinel('data svg script')</script></svg>`)}`,
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=',
  'data:text/html,<script>__sentinel("data html")</script>',
];

/** Every call of a recorded function. */
const calls: string[] = [];
/** Every link click, with the href it would have followed. */
const followed: { href: string; mailtoAllowed: boolean }[] = [];

type Recorded = 'alert' | 'confirm' | 'prompt' | 'print';
const RECORDED: Recorded[] = ['alert', 'confirm', 'prompt', 'print'];
const originals = new Map<Recorded, unknown>();
const win = window as unknown as Record<string, unknown>;

/** Cancels every link activation before anything else sees it, after recording where it led. */
const guard = (event: MouseEvent) => {
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link) return;
  followed.push({ href: link.getAttribute('href') ?? '', mailtoAllowed: mailtoAllowed(link, 'href') });
  event.preventDefault();
};

let container: HTMLDivElement;
let base: HTMLBaseElement;

before(() => {
  // Relative URLs resolve against a publisher's page, as on a real site, not against the test server.
  base = document.createElement('base');
  base.href = BASE;
  document.head.prepend(base);
  for (const name of RECORDED) {
    originals.set(name, win[name]);
    win[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  }
  win.__sentinel = (what: unknown) => {
    calls.push(`__sentinel(${String(what)})`);
  };
  window.addEventListener('click', guard, true);
  container = document.createElement('div');
  document.body.append(container);
});

after(() => {
  for (const name of RECORDED) win[name] = originals.get(name);
  delete win.__sentinel;
  window.removeEventListener('click', guard, true);
  container.remove();
  base.remove();
});

beforeEach(() => {
  calls.length = 0;
  followed.length = 0;
});

// The elements warn about every dropped URL; keep the log to what matters.
let restoreWarn: () => void;
beforeEach(() => {
  const original = console.warn;
  console.warn = () => {};
  restoreWarn = () => (console.warn = original);
});
afterEach(() => restoreWarn());

// ---------------------------------------------------------------------------------------------
// Fixtures

/** Markup and script in every text field, `url` in every URL field, hostile logos beside safe ones. */
function hostileArticle(
  text: string,
  url: unknown,
  index: number,
  withRelated = true,
): Record<string, unknown> {
  return {
    id: text,
    title: text,
    url,
    summary: text,
    publishedAt: text,
    updatedAt: text,
    image: { src: url, alt: text, width: 320, height: 180 },
    curator: { name: text, url, logo: url },
    sources: [
      { name: text, url, logo: url, title: text, domain: text },
      { name: `Safe ${text}`, url: 'mailto:desk@news.example', logo: HOSTILE_SVG, title: text },
      {
        name: `Data ${text}`,
        url: 'https://safe.example/story',
        logo: DATA_LOGOS[index % DATA_LOGOS.length],
      },
      { name: `Logo ${text}`, logo: LOGO, title: text, domain: text },
    ],
    sourceCount: 7,
    sections: [
      { heading: text, paragraphs: [text, `${text} [1] and [2] ${text}`, `[3]${text}[4]`] },
      { heading: text, paragraphs: [text] },
    ],
    tags: [text, `${text}!`],
    related: withRelated
      ? [
          hostileArticle(text, url, index + 1, false),
          hostileArticle(MARKUP[(index + 3) % MARKUP.length] as string, url, index + 2, false),
        ]
      : [],
  };
}

/** One fixture per URL vector (plus non-string URLs), the text cycling through every markup payload. */
const FIXTURES = [
  ...URL_VECTORS,
  { toString: () => 'javascript:__sentinel("toString")' },
  ['javascript:alert(1)'],
  42,
].map((url, index) => hostileArticle(MARKUP[index % MARKUP.length] as string, url, index));

/** The same payloads in the publisher formats the adapters read. */
function formatFixtures(url: string, text: string): unknown[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: text,
      url,
      description: text,
      image: [{ '@type': 'ImageObject', url, width: 10, height: 10 }],
      publisher: { '@type': 'Organization', name: text, logo: { url: HOSTILE_SVG } },
      citation: [url, { headline: text, url, publisher: { name: text } }],
      keywords: text,
    },
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: text,
      home_page_url: url,
      icon: url,
      items: [
        {
          id: text,
          url,
          title: '',
          content_html: `<p>${text}</p><img src="${url}" onerror="__sentinel('feed')">${text}`,
        },
        { id: 2, url, title: text, content_text: text, image: url, tags: [text] },
      ],
    },
    {
      status: 'ok',
      articles: [
        { source: { name: text }, title: `${text} - ${text}`, url, urlToImage: url, description: text },
      ],
    },
  ];
}

const FORMAT_FIXTURES = ['https://news.example/safe', ...URL_VECTORS.slice(0, 24)].flatMap((url, index) =>
  formatFixtures(url, MARKUP[index % MARKUP.length] as string),
);

// ---------------------------------------------------------------------------------------------
// Rendering and clicking

/** Lazy images load now, so hostile logos and images really reach the network and the decoder. */
function loadImagesNow(root: Element): void {
  for (const image of renderedElements(root)) {
    if (image instanceof HTMLImageElement) image.loading = 'eager';
  }
}

/** Clicks every link and button inside `root`'s shadow roots, letting each click's work finish. */
async function clickEverything(root: Element): Promise<number> {
  let clicked = 0;
  for (const element of clickables(root)) {
    if (!element.isConnected) continue;
    element.click();
    element.dispatchEvent(
      new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }),
    );
    clicked++;
    await nextTask();
  }
  return clicked;
}

/** Everything wrong after rendering and clicking: sentinel calls, unsafe URLs, markup from data. */
function findings(root: Element): string[] {
  return [
    ...calls.map((call) => `script ran: ${call}`),
    ...renderedUrlViolations(root),
    ...markupFromData(root),
    ...followed
      .map(({ href, mailtoAllowed }) => {
        const problem = urlProblem(href, mailtoAllowed);
        return problem ? `a clicked link's href ${JSON.stringify(href.slice(0, 80))} ${problem}` : undefined;
      })
      .filter((finding): finding is string => finding !== undefined),
  ];
}

interface Case {
  tag: string;
  /** Builds the element with the fixture's data (property, attributes or inline JSON). */
  make: (fixture: Record<string, unknown>) => HTMLElement;
}

/** Renders every fixture with `make`, clicks everything, and returns what went wrong and how much was clicked. */
async function exercise(
  fixtures: unknown[],
  make: Case['make'],
): Promise<{ found: string[]; clicked: number; svgLogos: number }> {
  const found: string[] = [];
  let clicked = 0;
  let svgLogos = 0;
  const images: HTMLImageElement[] = [];
  for (const [index, fixture] of fixtures.entries()) {
    container.replaceChildren();
    const element = make(fixture as Record<string, unknown>);
    container.append(element);
    await deepUpdated(element);
    loadImagesNow(element);
    images.push(
      ...renderedElements(element).filter(
        (image): image is HTMLImageElement => image instanceof HTMLImageElement,
      ),
    );
    svgLogos += renderedElements(element).filter(
      (image) => image instanceof HTMLImageElement && image.src === HOSTILE_SVG,
    ).length;
    clicked += await clickEverything(element);
    await deepUpdated(element);
    const problems = findings(element);
    if (problems.length > 0) found.push(`fixture ${index}: ${summarize(problems, 3)}`);
    calls.length = 0;
    followed.length = 0;
  }
  // Images (x, hostile SVGs, data: logos) load or fail a little later: wait until each has, then look again.
  await waitUntil(() => images.every((image) => image.complete), 'images did not finish loading', {
    interval: 20,
    timeout: 10_000,
  });
  await settle();
  found.push(...calls.map((call) => `script ran after rendering: ${call}`));
  container.replaceChildren();
  return { found, clicked, svgLogos };
}

const withProperty =
  (
    tag: string,
    property: string,
    pick: (fixture: Record<string, unknown>) => unknown = (fixture) => fixture,
  ) =>
  (fixture: Record<string, unknown>) => {
    const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    element[property] = pick(fixture);
    return element;
  };

const withInlineJson =
  (tag: string, pick: (fixture: Record<string, unknown>) => unknown = (fixture) => fixture) =>
  (fixture: Record<string, unknown>) => {
    const element = document.createElement(tag);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inlineJson(pick(fixture));
    element.append(script);
    return element;
  };

const firstSource = (fixture: Record<string, unknown>) => (fixture.sources as unknown[])[0];
const asList = (fixture: Record<string, unknown>) => [fixture, ...(fixture.related as unknown[])];

const CASES: [string, unknown[], Case['make']][] = [
  ['story-card .article', FIXTURES, withProperty('story-card', 'article')],
  ['story-card inline JSON', FIXTURES, withInlineJson('story-card')],
  [
    'story-card .article in JSON-LD, JSON Feed and NewsAPI shapes',
    FORMAT_FIXTURES,
    withProperty('story-card', 'article'),
  ],
  ['story-digest .article', FIXTURES, withProperty('story-digest', 'article')],
  ['story-digest inline JSON', FIXTURES, withInlineJson('story-digest')],
  [
    'story-digest .article in JSON-LD, JSON Feed and NewsAPI shapes',
    FORMAT_FIXTURES,
    withProperty('story-digest', 'article'),
  ],
  ['related-rail .articles', FIXTURES, withProperty('related-rail', 'articles', asList)],
  ['related-rail inline JSON', FIXTURES, withInlineJson('related-rail', asList)],
  [
    'related-rail .articles in JSON-LD, JSON Feed and NewsAPI shapes',
    FORMAT_FIXTURES,
    withProperty('related-rail', 'articles'),
  ],
  [
    'source-stack .sources (linked)',
    FIXTURES,
    (fixture) => {
      const element = withProperty('source-stack', 'sources', (value) => value.sources)(fixture);
      element.setAttribute('linked', '');
      return element;
    },
  ],
  ['source-badge .source', FIXTURES, withProperty('source-badge', 'source', firstSource)],
  [
    'source-badge name/href/logo attributes',
    FIXTURES,
    (fixture) => {
      const element = document.createElement('source-badge');
      const source = firstSource(fixture) as Record<string, unknown>;
      element.setAttribute('name', String(source.name));
      element.setAttribute('href', String(source.url));
      element.setAttribute('logo', String(source.logo));
      element.setAttribute('label', 'visible');
      return element;
    },
  ],
];

describe('sentinel: no script from hostile data ever runs, even when every link and button is clicked', () => {
  for (const [name, fixtures, make] of CASES) {
    it(`${name}: ${fixtures.length} hostile fixtures rendered and every link and button clicked, the sentinel never fires, and only safe URLs are rendered or followed`, async function () {
      this.timeout(60_000);
      const { found, clicked, svgLogos } = await exercise(fixtures, make);
      expect(found, summarize(found, 3)).to.deep.equal([]);
      // Source badges with only unsafe URLs render no link at all; everything else has something to click.
      if (!name.startsWith('source-badge')) {
        expect(clicked, 'links and buttons clicked').to.be.greaterThan(0);
        expect(svgLogos, 'hostile SVG logos rendered as <img>').to.be.greaterThan(0);
      }
    });
  }
});

describe('sentinel: negative controls prove the sentinel fires when script really runs', () => {
  it('an <img src=x onerror=__sentinel()> really inserted as markup in the light DOM fires the sentinel', async () => {
    const missing = new URL('/no-such-image-for-the-sentinel.png', location.origin).href;
    container.innerHTML = `<img src="${missing}" onerror="__sentinel('control img')">`;
    await waitUntil(() => calls.length > 0, 'the onerror handler ran', { timeout: 4000 });
    expect(calls).to.deep.equal(['__sentinel(control img)']);
    container.replaceChildren();
  });

  it('an inline onclick handler inside a shadow root, clicked the same way as the elements, calls the recorded alert', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<button type="button" onclick="alert('control button')">x</button><a href="javascript:void 0" onclick="__sentinel('control link')">y</a>`;
    container.append(host);
    expect(await clickEverything(host)).to.equal(2);
    expect(calls).to.deep.equal(['alert(control button)', '__sentinel(control link)']);
    expect(followed.map((entry) => entry.href)).to.deep.equal(['javascript:void 0']);
    // Two calls, two on* attributes, the javascript: href as rendered and as followed.
    expect(findings(host).length, 'findings for the calls, handlers and javascript: link').to.equal(6);
    container.replaceChildren();
  });
});
