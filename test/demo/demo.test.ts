import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, rendered } from '../builder/frames.js';

/**
 * The demo page (index.html, issue 19), on the built bundle: the story in the language chosen,
 * links that keep the other setting, pictures from the page's own server, and no backdrop boxes
 * around the standalone blocks on the dark page.
 */

async function openDemo(query: string) {
  const frame = await openFrame((frame) => {
    frame.src = `/index.html${query}`;
  });
  const doc = frame.contentDocument as Document;
  const digest = doc.querySelector('story-digest') as Element;
  await waitUntil(() => digest.shadowRoot?.querySelector('h1'), 'the digest did not render', {
    timeout: 4000,
  });
  await rendered(digest);
  return { frame, doc, digest };
}

/** Every element under `root`, through open shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
  ]);
}

describe('the demo page', function () {
  // The page loads the bundle and, in French, its translation.
  this.timeout(15_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads the French story with ?lang=fr, and its links keep the theme and the language', async () => {
    const frame = await openFrame((frame) => {
      frame.src = '/index.html?lang=fr&theme=dark';
    });
    const doc = frame.contentDocument as Document;
    // The test server hands out .json files as JavaScript modules, so the loaded story itself is
    // seen only on a plain server (npm start); here, that the digest asks for it and nothing else.
    const digest = doc.querySelector('story-digest') as Element;
    expect(new URL(digest.getAttribute('src') ?? '', doc.baseURI).pathname).to.equal('/demo/story.fr.json');
    expect(digest.querySelector('script')).to.equal(null);
    const links = Object.fromEntries(
      Array.from(doc.querySelectorAll<HTMLAnchorElement>('nav a'), (link) => {
        const { searchParams } = new URL(link.href);
        return [link.textContent, `lang=${searchParams.get('lang')} theme=${searchParams.get('theme')}`];
      }),
    );
    expect(links['English']).to.equal('lang=null theme=dark');
    expect(links['日本語']).to.equal('lang=ja theme=dark');
    expect(links['Light']).to.equal('lang=fr theme=light');
    expect(links['Dark']).to.equal('lang=fr theme=dark');
  });

  it('shows logos and pictures, all from its own server', async () => {
    const { doc, digest } = await openDemo('');
    const images = deepElements(doc.body).filter(
      (element): element is HTMLImageElement => element.localName === 'img',
    );
    expect(digest.shadowRoot?.querySelector('[part~="image"]')).to.not.equal(null);
    expect(images.filter((image) => image.getAttribute('part')?.includes('logo')).length).to.be.greaterThan(
      5,
    );
    for (const image of images) expect(new URL(image.src).origin).to.equal(location.origin);
  });

  it('paints no backdrop box around the standalone stack and badge on the dark page', async () => {
    const { doc, frame } = await openDemo('?theme=dark');
    const view = frame.contentWindow as Window;
    for (const tag of ['source-stack', 'source-badge']) {
      const element = doc.querySelector(`.parts ${tag}`) as Element;
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(view.getComputedStyle(element).backgroundColor, tag).to.equal('rgba(0, 0, 0, 0)');
    }
  });
});
