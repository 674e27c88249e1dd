/**
 * The packed package's define subpaths in a browser: each one, loaded alone on a fresh page (an
 * iframe, so each gets its own custom element registry), defines exactly its own tag and the tags
 * its element renders (found by rendering it with data that shows every part), so nothing it
 * renders is left un-upgraded and nothing it does not render is pulled in.
 *
 * `node scripts/check-package.mjs` (run by `npm test` before this suite) installs the packed
 * tarball into .package/project/. Without it the suite fails: the built files in dist/lib are not
 * what a user installs, and passing on them would hide a broken package.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Article } from '../../src/digest-elements.js';
import { fullArticle } from '../support/data.js';

const PACKED = '/.package/project/node_modules/digest-elements/dist/lib';
const ALL_TAGS = ['related-rail', 'source-badge', 'source-stack', 'story-card', 'story-digest'];

/** A full story without its lead image, which would be a 404 here. */
const story = (overrides: Partial<Article> = {}) => fullArticle({ image: undefined, ...overrides });

/** Each define subpath, with data that makes its element render every element it can. */
const SUBPATHS: Record<string, { property: string; value: unknown }> = {
  'source-badge': { property: 'source', value: { name: 'Fortune', url: 'https://fortune.example/a' } },
  'source-stack': { property: 'sources', value: story().sources },
  'story-card': { property: 'article', value: story() },
  'related-rail': {
    property: 'articles',
    value: [story({ id: 'a' }), story({ id: 'b', title: 'Another story' })],
  },
  'story-digest': {
    property: 'article',
    value: story({
      sections: [{ heading: 'What happened', paragraphs: ['The council voted [1].'] }],
      related: [story({ id: 'r', title: 'Related story' })],
    }),
  },
};

interface Frame {
  frame: HTMLIFrameElement;
  win: Window & { loaded?: boolean; failed?: string };
}

const base = PACKED;
const frames: HTMLIFrameElement[] = [];

before(async () => {
  const packed = await fetch(`${PACKED}/define/story-card.js`, { method: 'HEAD' });
  expect(packed.ok, 'the packed package is missing from .package/: run `npm run check:package`').to.equal(
    true,
  );
});

after(() => frames.forEach((frame) => frame.remove()));

/** A fresh same-origin page that imports `module` and nothing else. */
async function pageLoading(module: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">
    import(${JSON.stringify(module)}).then(() => { window.loaded = true; }, (error) => { window.failed = String(error); });
  </script></body></html>`;
  frames.push(frame);
  document.body.append(frame);
  const win = () => frame.contentWindow as Frame['win'] | null;
  // Generous: the page loads the npm build module by module, on a machine that may run another suite.
  await waitUntil(() => win()?.loaded || win()?.failed, `${module} did not load`, { timeout: 12_000 });
  return { frame, win: win() as Frame['win'] };
}

/** Every element in `root` and in the open shadow roots nested in it (works across realms). */
function deepElements(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

async function settled(elements: Element[]): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const pending = elements.map(
      (element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete,
    );
    const results = await Promise.all(pending.filter((update) => update !== undefined));
    if (results.every(Boolean)) return;
  }
}

describe('the packed define subpaths', function () {
  this.timeout(30_000);
  for (const [subpath, { property, value }] of Object.entries(SUBPATHS)) {
    it(`digest-elements/${subpath} defines <${subpath}> and what it renders, nothing else`, async () => {
      const { win } = await pageLoading(`${base}/define/${subpath}.js`);
      expect(win.failed, 'import error').to.equal(undefined);
      const defined = ALL_TAGS.filter((tag) => win.customElements.get(tag) !== undefined);
      expect(defined, 'defined right after the import').to.include(subpath);

      const element = win.document.createElement(subpath);
      Object.assign(element, { [property]: value });
      win.document.body.append(element);
      for (let pass = 0; pass < 4; pass++) await settled(deepElements(win.document));
      const everything = deepElements(win.document);
      const rendered = [
        ...new Set(everything.map((node) => node.localName).filter((name) => name.includes('-'))),
      ];
      expect(defined, 'defined: its own tag and the tags it renders').to.deep.equal(rendered.sort());
      const upgraded = everything.filter((node) => node.localName.includes('-') && !node.matches(':defined'));
      expect(
        upgraded.map((node) => node.localName),
        'left undefined',
      ).to.deep.equal([]);
      expect(
        ALL_TAGS.filter((tag) => win.customElements.get(tag) !== undefined),
        'defined later',
      ).to.deep.equal(defined);
    });
  }

  it('the <tag>/class subpaths define nothing', async () => {
    const { win } = await pageLoading(`${base}/elements/story-digest/story-digest.js`);
    expect(win.failed, 'import error').to.equal(undefined);
    expect(ALL_TAGS.filter((tag) => win.customElements.get(tag) !== undefined)).to.deep.equal([]);
  });
});
