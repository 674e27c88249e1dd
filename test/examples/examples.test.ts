import { expect, waitUntil } from '@open-wc/testing';

/**
 * The apps in examples/, as `npm run examples` built them from the packed package: each must show
 * the story and the rail, and hand a click on a title to its own digest-select handler, which
 * writes the chosen title into #selected.
 */
const EXAMPLES = ['react', 'vue', 'svelte', 'wordpress'];
const STORY = 'A city council votes to extend night bus routes';
const RELATED = ['Fares stay flat for another year', 'A new depot opens in the east end'];

type FrameWindow = Window & typeof globalThis;

interface Opened {
  doc: Document;
  /** Uncaught errors, unhandled rejections, console.error and console.warn calls in the page. */
  problems: string[];
}

/** Starts recording a window's problems and stops its link clicks from navigating. */
function watch(win: FrameWindow, problems: string[]) {
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`rejection: ${String(event.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  // The stories link to made-up hosts: the app still hears the click, the page stays.
  win.addEventListener('click', (event) => event.preventDefault(), { capture: true });
}

const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

/**
 * Opens a built example in an iframe. The page gets a new window object when it commits, so the
 * recorders cannot be set up in advance: the test watches for the commit, task by task, and
 * attaches them then. Every example's first script is fetched (an external classic script or
 * a module), which leaves at least that fetch between the commit and the first line of the app.
 */
async function open(name: string): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const blank = frame.contentDocument;
  const problems: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const path = `/examples/${name}/dist/index.html`;
  frame.src = path;
  const started = performance.now();
  while (frame.contentDocument === blank || frame.contentDocument?.location.pathname !== path) {
    if (performance.now() - started > 5000) throw new Error(`${name}: ${path} did not open`);
    await nextTask();
  }
  watch(frame.contentWindow as FrameWindow, problems);
  await loaded;
  return { doc: frame.contentDocument as Document, problems };
}

const titleLink = (card: Element | null | undefined) =>
  card?.shadowRoot?.querySelector<HTMLAnchorElement>('[part=title-link]') ?? null;

const railCards = (rail: Element | null) =>
  Array.from(rail?.shadowRoot?.querySelectorAll('story-card') ?? []);

describe('the examples, built from the packed package, in Chromium', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of EXAMPLES) {
    it(`${name}: shows the story and the rail, and its digest-select handler hears clicks`, async () => {
      const { doc, problems } = await open(name);
      const card = () => doc.querySelector('story-card');
      const rail = () => doc.querySelector('related-rail');
      const selected = () => doc.getElementById('selected')?.textContent;

      await waitUntil(() => titleLink(card()), `${name}: the story card did not render`);
      const link = titleLink(card()) as HTMLAnchorElement;
      expect(link.textContent?.trim()).to.equal(STORY);
      expect(link.getAttribute('href')).to.equal('https://news.example/stories/night-buses');
      // The frameworks hand the objects over as properties, never as "[object Object]" attributes.
      expect(card()?.hasAttribute('article'), 'article attribute').to.equal(false);
      expect(rail()?.hasAttribute('articles'), 'articles attribute').to.equal(false);

      await waitUntil(
        () => railCards(rail()).filter((each) => titleLink(each)).length === RELATED.length,
        `${name}: the rail did not render its cards`,
      );
      expect(railCards(rail()).map((each) => titleLink(each)?.textContent?.trim())).to.deep.equal(RELATED);

      expect(selected()).to.equal('');
      link.click();
      await waitUntil(() => selected() === STORY, `${name}: the handler did not run for the story card`);

      titleLink(railCards(rail())[1])?.click();
      await waitUntil(() => selected() === RELATED[1], `${name}: the handler did not run for the rail`);

      // Still the same page: nothing navigated away (a detached document has no window).
      expect(doc.defaultView?.location.pathname).to.equal(`/examples/${name}/dist/index.html`);
      expect(problems).to.deep.equal([]);
    });
  }
});
