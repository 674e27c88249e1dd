import { expect, waitUntil } from '@open-wc/testing';

interface BundlePage extends Window {
  recorded: { warnings: string[]; errors: string[] };
}

/** Opens a plain publisher-style page in an iframe and waits until its card has rendered. */
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '400px';
  frame.src = new URL(`./pages/${path}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as BundlePage;
  const card = () => frame.contentDocument?.querySelector('story-card')?.shadowRoot;
  await waitUntil(() => card()?.querySelector('[part=count]'), 'card did not render');
  return { frame, win, card: card() as ShadowRoot };
}

function countText(card: ShadowRoot) {
  return card.querySelector('[part=count]')?.textContent;
}

describe('the CDN bundles on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders inline JSON with only the ES module script tag', async () => {
    const { win, card } = await openPage('esm.html');
    expect(card.querySelector('[part=title-link]')?.textContent).to.equal('A plain page, one script tag');
    expect(countText(card)).to.equal('22 Sources');
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('renders with the classic script in <head>, before the card is parsed', async () => {
    const { win, card } = await openPage('iife.html');
    expect(card.querySelector('[part=title-link]')?.getAttribute('href')).to.equal(
      'https://news.example/plain',
    );
    expect(countText(card)).to.equal('22 Sources');
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('survives the module twice and the classic script on one page with a single warning', async () => {
    const { win, card } = await openPage('both.html');
    await waitUntil(() => win.recorded.warnings.length > 0, 'the second copy did not warn');
    expect(countText(card)).to.equal('22 Sources');
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.have.length(1);
    expect(win.recorded.warnings[0]).to.contain('<story-card>');
  });
});
