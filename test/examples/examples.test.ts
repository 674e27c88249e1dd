import { expect, waitUntil } from '@open-wc/testing';

interface Opened {
  frame: HTMLIFrameElement;
  doc: Document;
  errors: string[];
}

/** Opens a built example in an iframe, recording its errors, with navigation away prevented. */
async function open(name: string): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const errors: string[] = [];
  frame.src = `/examples/${name}/dist/index.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  // The stories link to made-up hosts: a click is recorded by the app, the page stays.
  win.addEventListener('click', (event) => event.preventDefault(), { capture: true });
  return { frame, doc: frame.contentDocument as Document, errors };
}

const titleLink = (host: Element | null | undefined) =>
  host?.shadowRoot?.querySelector<HTMLAnchorElement>('[part=title-link]') ?? null;

const cardsOf = (rail: Element | null) =>
  Array.from(rail?.shadowRoot?.querySelectorAll('story-card') ?? []).map(
    (card) => titleLink(card)?.textContent,
  );

describe('the examples, built from the packed package, in a browser', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of ['react', 'vue', 'svelte', 'wordpress']) {
    it(`${name}: renders the story and the rail, and its digest-select handler runs on a click`, async () => {
      const { doc, errors } = await open(name);
      await waitUntil(() => titleLink(doc.querySelector('story-card')), `${name}: the card did not render`, {
        timeout: 5000,
      });
      const link = titleLink(doc.querySelector('story-card')) as HTMLAnchorElement;
      expect(link.textContent).to.equal('A city council votes to extend night bus routes');
      expect(link.getAttribute('href')).to.equal('https://news.example/stories/night-buses');
      await waitUntil(
        () => cardsOf(doc.querySelector('related-rail')).length === 2,
        `${name}: no rail cards`,
      );
      expect(cardsOf(doc.querySelector('related-rail'))).to.deep.equal([
        'Fares stay flat for another year',
        'A new depot opens in the east end',
      ]);

      link.click();
      await waitUntil(
        () => doc.getElementById('selected')?.textContent !== '',
        `${name}: handler did not run`,
      );
      expect(doc.getElementById('selected')?.textContent).to.equal(link.textContent);
      expect(errors).to.deep.equal([]);
    });
  }
});
