/**
 * The per-element CDN entries (dist/<tag>.js) on plain publisher-style pages, after `npx vite
 * build`: one entry alone renders its element with no other script, and two entries on one page
 * share what they have in common (Lit, the base class) rather than each bringing a copy.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface EntryPage extends Window {
  recorded?: { warnings: string[]; errors: string[] };
}

/** Opens a page of test/pages in an iframe and waits for its load event. */
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '400px';
  frame.src = new URL(`./pages/${path}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument as Document, win: frame.contentWindow as EntryPage };
}

/** The scripts a page fetched from dist/, as paths, in the order it asked for them. */
function scriptsFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/dist\/.*\.js$/.test(path));
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
