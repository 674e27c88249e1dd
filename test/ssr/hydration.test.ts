/**
 * Server rendering end to end: scripts/ssr-fixtures.mjs renders every element with
 * `renderDigestHTML()` into pages under test/ssr/generated/; each page is opened here in an
 * iframe, so the browser's own parser attaches the declarative shadow roots, and the page gets its
 * own module graph (Lit's hydrate support must run before Lit itself).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Fixture {
  name: string;
  tag: string;
  file: string;
  /** Text the server-rendered shadow root must hold. */
  title: string;
  /** URL of the first title link, when following it fires `digest-select`. */
  select: string | null;
}

const GENERATED = '/test/ssr/generated/';

async function loadManifest(): Promise<Fixture[]> {
  // The test server serves JSON as a module (see the esbuild plugin's `json` option).
  const url = `${GENERATED}manifest.json`;
  try {
    return ((await import(url)) as { default: Fixture[] }).default;
  } catch {
    throw new Error(
      'test/ssr/generated/ is missing: run `node scripts/ssr-fixtures.mjs` (after the build) first',
    );
  }
}

const fixtures = await loadManifest();

type Frame = HTMLIFrameElement & { contentWindow: Window & typeof globalThis; contentDocument: Document };

const frames: HTMLIFrameElement[] = [];

async function openPage(file: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = GENERATED + file;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame as Frame;
}

/** Runs a module in the page, as its own `<script type="module">`, and waits until it has run. */
async function runModule(frame: Frame, src: string): Promise<void> {
  const script = frame.contentDocument.createElement('script');
  script.type = 'module';
  script.src = src;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
    frame.contentDocument.head.append(script);
  });
}

/** The element and every element in its shadow roots, nested ones included. */
function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    found.push(element);
    for (const child of Array.from(element.shadowRoot?.children ?? [])) visit(child);
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(root);
  return found;
}

/** Every node in the element's shadow roots, nested ones included: what hydration must keep. */
function shadowNodes(host: Element): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    nodes.push(node);
    node.childNodes.forEach(visit);
    // Elements of the page's own realm: `instanceof Element` would test against this window's.
    const { shadowRoot } = node as Partial<Element>;
    shadowRoot?.childNodes.forEach(visit);
  };
  host.shadowRoot?.childNodes.forEach(visit);
  return nodes;
}

/** The text of the element's shadow roots, nested ones included, without styles. */
function shadowText(host: Element): string {
  return shadowNodes(host)
    .filter((node) => node.nodeType === Node.TEXT_NODE && node.parentNode?.nodeName !== 'STYLE')
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Waits until every Lit element in the tree has finished updating, and nothing new is pending. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = deepElements(root)
      .map((element) => (element as Partial<{ updateComplete: Promise<boolean> }>).updateComplete)
      .filter((promise): promise is Promise<boolean> => promise !== undefined);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/**
 * The tree as text: tags, attributes (but `defer-hydration`, which hydration removes by design)
 * and trimmed text, into shadow roots. Comments (Lit's markers differ between server and browser
 * renders) and `<style>` (the server inlines styles, the browser adopts them) are left out.
 */
function describeTree(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  const view = node.ownerDocument?.defaultView ?? window;
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${pad}"${text}"\n` : '';
  }
  if (!(node instanceof view.Element) || node.localName === 'style' || node.localName === 'script') return '';
  const attributes = Array.from(node.attributes)
    .filter(({ name }) => name !== 'defer-hydration')
    .map(({ name, value }) => `${name}="${value}"`)
    .sort()
    .join(' ');
  let text = `${pad}<${node.localName}${attributes ? ` ${attributes}` : ''}>\n`;
  if (node.shadowRoot) {
    text += `${pad}  #shadow-root\n`;
    node.shadowRoot.childNodes.forEach((child) => (text += describeTree(child, depth + 2)));
  }
  // Light children are the server's fallback copy: described once, for the host only.
  if (depth === 0 || node.getRootNode() instanceof view.ShadowRoot) {
    node.childNodes.forEach((child) => (text += describeTree(child, depth + 1)));
  }
  return text;
}

const hostOf = (frame: Frame, fixture: Fixture) => {
  const host = frame.contentDocument.querySelector(fixture.tag);
  if (!host) throw new Error(`${fixture.file} holds no <${fixture.tag}>`);
  return host;
};

/** The first title link, across nested shadow roots. */
function titleLink(host: Element): HTMLAnchorElement | undefined {
  for (const element of deepElements(host)) {
    if (element.localName === 'a' && element.getAttribute('part') === 'title-link') {
      return element as HTMLAnchorElement;
    }
  }
  return undefined;
}

afterEach(() => {
  frames.splice(0).forEach((frame) => frame.remove());
});

describe('server rendering', () => {
  it('has a fixture for every element', () => {
    const tags = new Set(fixtures.map((fixture) => fixture.tag));
    expect([...tags].sort()).to.deep.equal([
      'related-rail',
      'source-badge',
      'source-stack',
      'story-card',
      'story-digest',
    ]);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('shows its content before any script runs, and hides the light-DOM copy', async () => {
        const frame = await openPage(fixture.file);
        const host = hostOf(frame, fixture);
        expect(frame.contentWindow.customElements.get(fixture.tag)).to.equal(undefined);
        expect(host.shadowRoot, 'declarative shadow root').to.not.equal(null);
        expect(shadowText(host)).to.include(fixture.title);
        const box = host.getBoundingClientRect();
        expect(box.width * box.height, 'rendered size').to.be.greaterThan(0);
        // The server's styles are applied: the shadow root's <style> came with it.
        expect(host.shadowRoot?.querySelector('style')).to.not.equal(null);
        // The fallback is there for crawlers, inside the element, and not shown: no slot takes it.
        expect(host.textContent).to.include(fixture.tag === 'source-stack' ? 'Metro Daily' : fixture.title);
        const script = host.querySelector(':scope > script[type="application/json"]');
        expect(script, 'inline JSON').to.not.equal(null);
        for (const child of Array.from(host.children)) expect(child.getClientRects().length).to.equal(0);
      });

      it('hydrates: same DOM, same nodes, no re-render', async () => {
        const frame = await openPage(fixture.file);
        const host = hostOf(frame, fixture);
        const before = describeTree(host);
        const nodes = shadowNodes(host);
        const mutations: MutationRecord[] = [];
        const observer = new frame.contentWindow.MutationObserver((records) => mutations.push(...records));
        const observe = (root: ShadowRoot) =>
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        for (const element of deepElements(host)) if (element.shadowRoot) observe(element.shadowRoot);

        await runModule(frame, '/test/ssr/entry-hydrate.ts');
        expect(frame.contentWindow.customElements.get(fixture.tag)).to.not.equal(undefined);
        await settled(host);
        mutations.push(...observer.takeRecords());
        observer.disconnect();

        expect(describeTree(host)).to.equal(before);
        expect(
          nodes.filter((node) => !node.isConnected).length,
          'server-rendered nodes removed by hydration',
        ).to.equal(0);
        expect(shadowNodes(host).length, 'nodes after hydration').to.equal(nodes.length);
        const changes = mutations.filter(
          (record) => !(record.type === 'attributes' && record.attributeName === 'defer-hydration'),
        );
        expect(
          changes.map(
            (record) => `${record.type} ${record.attributeName ?? ''} on ${record.target.nodeName}`,
          ),
        ).to.deep.equal([]);
        // Hydrated, not a dead copy: every element in the tree finished its first update.
        for (const element of deepElements(host)) {
          if ('hasUpdated' in element) expect(element.hasUpdated, element.localName).to.equal(true);
        }
      });

      it('renders in the browser exactly what the server rendered', async () => {
        const frame = await openPage(fixture.file);
        const host = hostOf(frame, fixture);
        await runModule(frame, '/test/ssr/entry-hydrate.ts');
        await settled(host);
        // A fresh element given the same attributes and inline JSON, rendered by the browser alone.
        const fresh = frame.contentDocument.createElement(fixture.tag);
        for (const { name, value } of Array.from(host.attributes)) fresh.setAttribute(name, value);
        fresh.append(...Array.from(host.childNodes, (node) => node.cloneNode(true)));
        frame.contentDocument.body.append(fresh);
        await settled(fresh);
        expect(describeTree(fresh)).to.equal(describeTree(host));
      });

      if (fixture.select) {
        it('fires digest-select from the hydrated title link', async () => {
          const frame = await openPage(fixture.file);
          const host = hostOf(frame, fixture);
          await runModule(frame, '/test/ssr/entry-hydrate.ts');
          await settled(host);
          const selected: CustomEvent[] = [];
          host.addEventListener('digest-select', (event) => selected.push(event as CustomEvent));
          // Stay on the page: the link's own handler runs first, the navigation is cancelled after.
          host.addEventListener('click', (event) => event.preventDefault());
          const link = titleLink(host);
          if (!link) throw new Error('no title link');
          link.click();
          expect(selected).to.have.length(1);
          expect(selected[0].detail.url).to.equal(fixture.select);
        });
      }

      it('without hydrate support, renders afresh in place of the server copy', async () => {
        const frame = await openPage(fixture.file);
        const host = hostOf(frame, fixture);
        const nodes = shadowNodes(host);
        const before = describeTree(host);
        const text = shadowText(host);
        await runModule(frame, '/test/ssr/entry-plain.ts');
        await settled(host);
        // Every node is new (Lit rendered from scratch), the server's copy is gone, not doubled.
        expect(
          nodes.filter((node) => node.isConnected),
          'server nodes left',
        ).to.deep.equal([]);
        expect(occurrences(shadowText(host), fixture.title)).to.equal(occurrences(text, fixture.title));
        expect(describeTree(host)).to.equal(before);
        expect((host as Element & { hasUpdated: boolean }).hasUpdated).to.equal(true);
      });
    });
  }
});

describe('server rendering with the reserve stylesheet', () => {
  // On such a page, blocks already there render a task after the script (first-render.ts). A
  // server-rendered block must show its content throughout, never the stylesheet's stand-in.
  const entries = [
    ['/test/ssr/entry-hydrate.ts', 'taken over by hydrate support'],
    ['/test/ssr/entry-plain.ts', 'rendered afresh'],
  ];
  for (const [entry, how] of entries) {
    it(`keeps a server-rendered card shown and never pending, ${how}`, async () => {
      const fixture = fixtures.find(({ tag }) => tag === 'story-card');
      if (!fixture) throw new Error('no story-card fixture');
      const frame = await openPage(fixture.file);
      const doc = frame.contentDocument;
      const stylesheet = doc.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = '/src/digest-elements.css';
      await new Promise((resolve) => {
        stylesheet.addEventListener('load', resolve, { once: true });
        doc.head.append(stylesheet);
      });
      const host = hostOf(frame, fixture);
      type Sample = { pending: boolean; text: string };
      const win = frame.contentWindow as typeof frame.contentWindow & { samples?: Sample[] };
      win.samples = [];
      // Samples in the task that runs the library, after its microtasks, and again once settled.
      const probe = doc.createElement('script');
      probe.type = 'module';
      probe.textContent = `
        const host = document.querySelector('story-card');
        const sample = () => window.samples.push({
          pending: host.matches(':state(pending)'),
          text: host.shadowRoot.textContent,
        });
        await import('${entry}');
        for (let i = 0; i < 50; i++) await null;
        sample();`;
      doc.head.append(probe);
      await waitUntil(() => win.samples?.length === 1, 'the library did not run');
      await settled(host);
      win.samples.push({
        pending: host.matches(':state(pending)'),
        text: host.shadowRoot?.textContent ?? '',
      });
      for (const [index, { pending, text }] of win.samples.entries()) {
        expect(pending, `sample ${index}`).to.equal(false);
        expect(text, `sample ${index}`).to.include(fixture.title);
      }
    });
  }
});
