/**
 * The per-element CDN entries (dist/<tag>.js) on plain publisher-style pages, after `npx vite
 * build`: one entry alone renders its element with no other script, and two entries on one page
 * share what they have in common (Lit, the base class) rather than each bringing a copy.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface EntryPage extends Window {
  recorded?: { warnings: string[]; errors: string[] };
}

/** Opens a page of test/pages (or the given markup) in an iframe and waits for its load event. */
async function openPage(path: string, srcdoc?: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '400px';
  if (srcdoc === undefined) frame.src = new URL(`./pages/${path}`, import.meta.url).href;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument as Document, win: frame.contentWindow as EntryPage };
}

/** The format adapters a page fetched (shared helpers and the page reader left out), by format. */
function adaptersFetched(win: Window): string[] {
  const formats = /\/adapter-(jsonld|jsonfeed|newsapi|rss|atom|wordpress|opengraph)-[\w-]+\.js$/;
  return scriptsFetched(win).flatMap((path) => formats.exec(path)?.[1] ?? []);
}

/** The scripts a page fetched from dist/, as paths, in the order it asked for them. */
function scriptsFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/dist\/.*\.js$/.test(path));
}

/**
 * Opens a page of test/pages whose chunk matching `chunkName` (imported by one of `entry`'s
 * chunks) an import map sends to a file that is not there, recording digest-error messages.
 */
async function openWithMissingChunk(path: string, entry: string, chunkName: RegExp) {
  // (%2E: the test server serves .json as a module.)
  const preload = (await (await fetch('/dist/preload%2Ejson')).json()) as Record<string, string[]>;
  const codes = await Promise.all(preload[entry].map(async (file) => (await fetch(`/dist/${file}`)).text()));
  const chunk = codes.map((code) => chunkName.exec(code)?.[0]).find(Boolean);
  expect(chunk, `a chunk of ${entry} imports ${chunkName}`).to.be.a('string');
  const page = await (await fetch(new URL(`./pages/${path}`, import.meta.url))).text();
  const map = JSON.stringify({ imports: { [`/dist/chunks/${chunk}`]: '/dist/chunks/not-there.js' } });
  const opened = await openPage(
    path,
    page
      .replace(
        '<script src="recorder.js">',
        `<script type="importmap">${map}</script><script src="/test/pages/recorder.js">`,
      )
      .replace(
        '<body>',
        '<body><script>window.digestErrors = []; addEventListener("digest-error", (event) => digestErrors.push(event.detail.message));</script>',
      ),
  );
  return { ...opened, errors: () => (opened.win as Window & { digestErrors?: string[] }).digestErrors };
}

/** The cards of the page's rail, once both stories of the RSS feed it loads have rendered. */
async function feedCards(doc: Document) {
  const cards = () => [
    ...(doc.querySelector('related-rail')?.shadowRoot?.querySelectorAll('story-card') ?? []),
  ];
  await waitUntil(
    () => cards().length === 2 && cards()[1].shadowRoot?.querySelector('[part=title-link]'),
    'the rail did not render the feed',
    { timeout: 10_000 },
  );
  return cards();
}

describe('the per-element CDN entries', function () {
  this.timeout(25_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders a <story-card> from dist/story-card.js with no other script tag', async () => {
    const { doc } = await openPage('story-card-entry.html');
    const card = () => doc.querySelector('story-card')?.shadowRoot;
    await waitUntil(() => card()?.querySelector('[part=count]'), 'the card did not render');
    // (The test server adds its own web socket script to every page it serves.)
    const scripts = [...doc.querySelectorAll('script[src]')]
      .map((script) => script.getAttribute('src'))
      .filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/dist/story-card.js']);
    expect(card()?.querySelector('[part=title-link]')?.textContent).to.equal("Only the story card's entry");
    expect(card()?.querySelector('[part=title-link]')?.getAttribute('href')).to.equal(
      'https://news.example/entry',
    );
    expect(card()?.querySelector('[part=count]')?.textContent).to.equal('22 Sources');
  });

  it('loads what two entries share once, and both elements run on that one copy', async () => {
    const { doc, win } = await openPage('two-entries.html');
    await waitUntil(
      () => doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=title-link]'),
      'the card did not render',
    );
    await waitUntil(() => doc.querySelector('source-badge')?.shadowRoot?.textContent?.includes('Fortune'));
    const fetched = scriptsFetched(win);
    expect(fetched).to.include.members(['/dist/story-card.js', '/dist/source-badge.js']);
    expect(fetched.length, fetched.join(', ')).to.equal(new Set(fetched).size);
    expect(fetched.filter((path) => path.startsWith('/dist/chunks/')).length).to.be.greaterThan(0);
    // One Lit, one base class: the two elements' classes descend from the very same constructors.
    const ancestry = (start: unknown) => {
      const chain: unknown[] = [];
      for (let proto = start; proto; proto = Object.getPrototypeOf(proto)) chain.push(proto);
      return chain;
    };
    const bases = (tag: string) => ancestry(win.customElements.get(tag));
    const card = bases('story-card');
    const badge = bases('source-badge');
    expect(card[0]).not.to.equal(badge[0]);
    const builtIn = ancestry((win as Window & typeof globalThis).HTMLElement);
    const shared = card.filter(
      (constructor) => badge.includes(constructor) && !builtIn.includes(constructor),
    );
    // At least Lit's LitElement and ReactiveElement, and our base class.
    expect(shared.length).to.be.at.least(3);
    expect(win.recorded?.errors).to.deep.equal([]);
    expect(win.recorded?.warnings).to.deep.equal([]);
  });

  it('fetches no language on an English page, and only French on a French one', async () => {
    const english = await openPage('story-card-entry.html');
    await waitUntil(() => english.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=count]'));
    expect(scriptsFetched(english.win).filter((path) => path.includes('/lang-'))).to.deep.equal([]);
    const french = await openPage('story-card-fr.html');
    const count = () => french.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=count]');
    await waitUntil(count, 'the French card did not render');
    expect(count()?.textContent).to.equal('22 sources');
    const languages = scriptsFetched(french.win).filter((path) => path.includes('/lang-'));
    expect(languages).to.have.length(1);
    expect(languages[0]).to.match(/^\/dist\/chunks\/lang-fr-[\w-]+\.js$/);
  });

  it('fetches no adapter for a card given article JSON, and only the JSON-LD one for JSON-LD', async () => {
    const digest = await openPage('story-card-entry.html');
    await waitUntil(() => digest.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=count]'));
    // A script is listed once it has arrived: time for one asked for late to arrive, were there one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(scriptsFetched(digest.win).filter((path) => path.includes('/adapter-'))).to.deep.equal([]);
    const jsonld = await openPage('story-card-jsonld.html');
    const title = () =>
      jsonld.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=title-link]');
    await waitUntil(title, 'the JSON-LD card did not render', { timeout: 10_000 });
    expect(title()?.textContent).to.equal('A headline read from JSON-LD');
    expect(adaptersFetched(jsonld.win)).to.deep.equal(['jsonld']);
    expect(jsonld.win.recorded?.errors).to.deep.equal([]);
    expect(jsonld.win.recorded?.warnings).to.deep.equal([]);
  });

  it('renders the items of an RSS feed a rail loads from src, with the RSS adapter alone', async () => {
    const { doc, win } = await openPage('related-rail-rss.html');
    const cards = await feedCards(doc);
    const titles = cards.map((card) => card.shadowRoot?.querySelector('[part=title-link]')?.textContent);
    expect(titles).to.deep.equal(['First story of the feed', 'Second story of the feed']);
    expect(adaptersFetched(win)).to.deep.equal(['rss']);
    expect(win.recorded?.errors).to.deep.equal([]);
  });

  it('shows the placeholder, one digest-error and one warning when the adapter cannot load', async () => {
    const {
      doc,
      win,
      errors: digestErrors,
    } = await openWithMissingChunk('story-card-jsonld.html', 'story-card.js', /adapter-jsonld-[\w-]+\.js/);
    const errors = digestErrors();
    const card = () => doc.querySelector('story-card')?.shadowRoot;
    await waitUntil(() => card()?.querySelector('[part=error]'), 'no placeholder', { timeout: 10_000 });
    // Time for a second report, were there one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card()?.querySelector('[part=title]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(win.recorded?.warnings).to.have.length(1);
    expect(win.recorded?.warnings[0]).to.include('could not load the code to read its data');
    expect(win.recorded?.errors).to.deep.equal([]);
  });

  it('renders a rail whose impression counting cannot load, with one digest-error and one warning', async () => {
    const { doc, win, errors } = await openWithMissingChunk(
      'related-rail-rss.html',
      'related-rail.js',
      /card-impressions-[\w-]+\.js/,
    );
    await feedCards(doc);
    await waitUntil(() => win.recorded?.warnings.length, 'no warning', { timeout: 5000 });
    // Time for a second report, were there one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.recorded?.warnings).to.have.length(1);
    expect(win.recorded?.warnings[0]).to.include('could not load the code that counts impressions');
    expect(errors()).to.have.length(1);
    expect(win.recorded?.errors).to.deep.equal([]);
    expect(scriptsFetched(win).some((path) => path.includes('/card-impressions-'))).to.equal(false);
  });

  it('fetches the src loader only on a page whose block has a src', async () => {
    const inline = await openPage('story-card-entry.html');
    // Generous waits: each page loads the entry and its chunks, then the data, on a machine that
    // may be running another test suite beside this one.
    await waitUntil(
      () => inline.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=count]'),
      '',
      {
        timeout: 10_000,
      },
    );
    expect(scriptsFetched(inline.win).filter((path) => path.includes('/loader-'))).to.deep.equal([]);
    const remote = await openPage('story-card-src.html');
    const title = () =>
      remote.doc.querySelector('story-card')?.shadowRoot?.querySelector('[part=title-link]');
    await waitUntil(title, 'the card did not load its src', { timeout: 10_000 });
    expect(title()?.textContent).to.equal('A story loaded from src');
    expect(scriptsFetched(remote.win).filter((path) => path.includes('/loader-'))).to.have.length(1);
  });
});
