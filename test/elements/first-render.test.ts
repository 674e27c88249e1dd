/**
 * Blocks already on the page when the script runs render a task later, after a task that readies
 * the page's date formatting (src/element/first-render.ts), and the reserve stylesheet holds their
 * space meanwhile. Each case loads the library fresh, in its own frame.
 */
import { expect, waitUntil } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
after(() => frames.forEach((frame) => frame.remove()));

interface Sample {
  pending: boolean;
  height: number;
  rendered: boolean;
  serverCopy: boolean;
}

interface FrameWindow extends Window {
  samples?: Record<string, Sample>;
  failed?: string;
}

const ARTICLE = JSON.stringify({ title: 'On the page at load', sources: [{ name: 'Fortune' }] });

/** What every test page samples of a card: run in the page, as a script's text. */
const SAMPLE = `const sample = (card) => ({
  pending: card.matches(':state(pending)'),
  height: card.getBoundingClientRect().height,
  rendered: (card.shadowRoot?.childElementCount ?? 0) > 0,
  serverCopy: card.shadowRoot?.getElementById('server-copy') != null,
});`;

/**
 * A fresh page in a frame: `head` and `body`, then `steps` run once `library` is loaded (with
 * `sample` in scope, filling `window.samples`). Resolves once `samples[last]` is there.
 */
async function framePage(
  head: string,
  body: string,
  steps: string,
  last: string,
  library = '/src/digest-elements.ts',
): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}
    <script type="module">
      ${SAMPLE}
      import('${library}').then(async () => {
        window.samples = {};
        ${steps}
      }).catch((error) => { window.failed = String(error); });
    </script>
  </body></html>`;
  frames.push(frame);
  document.body.append(frame);
  const win = () => frame.contentWindow as FrameWindow;
  await waitUntil(() => win().samples?.[last] || win().failed, 'the frame did not finish', {
    timeout: 4000,
  });
  return win();
}

const RESERVE = '<link rel="stylesheet" href="/src/digest-elements.css" />';

/**
 * A fresh page with a card, and the reserve stylesheet or not; it samples the card as the library
 * runs. `serverCopy` gives the card a declarative shadow root, as server rendering does.
 */
const pageWithCard = (reserve: boolean, serverCopy = false) =>
  framePage(
    reserve ? RESERVE : '',
    `<story-card style="width: 320px">${
      serverCopy ? '<template shadowrootmode="open"><p id="server-copy">Server copy</p></template>' : ''
    }<script type="application/json">${ARTICLE}</script></story-card>`,
    `// Everything the library does within this task: microtasks only, so no other task can run.
    const flushMicrotasks = async () => { for (let i = 0; i < 50; i++) await null; };
    const card = document.querySelector('story-card');
    await flushMicrotasks();
    window.samples.sameTask = sample(card);
    await card.updateComplete;
    window.samples.rendered = sample(card);
    const later = document.createElement('story-card');
    later.article = { title: 'Added later' };
    document.body.append(later);
    await flushMicrotasks();
    window.samples.addedLater = sample(later);`,
    'addedLater',
  );

describe('first render of blocks on the page at load', () => {
  it("with the reserve stylesheet, waits for a task of its own while the stylesheet holds the block's space; blocks added later render at once", async () => {
    const win = await pageWithCard(true);
    expect(win.failed).to.equal(undefined);
    const { sameTask, rendered, addedLater } = win.samples as Record<string, Sample>;
    expect(sameTask, 'in the task that ran the library').to.include({ pending: true, rendered: false });
    expect(sameTask.height, 'space held by the reserve stylesheet').to.be.greaterThan(150);
    expect(rendered, 'a task later').to.include({ pending: false, rendered: true });
    expect(addedLater, 'once the page is ready').to.include({ pending: false, rendered: true });
  });

  it('without the reserve stylesheet, happens in the task that ran the library, where it may still beat the first paint', async () => {
    const win = await pageWithCard(false);
    expect(win.failed).to.equal(undefined);
    const { sameTask, addedLater } = win.samples as Record<string, Sample>;
    expect(sameTask).to.include({ pending: false, rendered: true });
    expect(addedLater).to.include({ pending: false, rendered: true });
  });

  it('with the reserve stylesheet, renders a server-rendered block at once: its copy is replaced in the same task, never left empty or pending', async () => {
    const win = await pageWithCard(true, true);
    expect(win.failed).to.equal(undefined);
    const { sameTask } = win.samples as Record<string, Sample>;
    expect(sameTask, 'in the task that ran the library').to.include({
      pending: false,
      rendered: true,
      serverCopy: false,
    });
  });
});

describe('first render of a page of source badges', () => {
  /**
   * Counts the Intl formatters the page builds (a badge writes no date and no count), then loads
   * only the badge's definition, with the reserve stylesheet.
   */
  const badgePage = () =>
    framePage(
      `${RESERVE}<script>
        window.formatters = 0;
        for (const kind of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat']) {
          const Original = Intl[kind];
          Intl[kind] = function (...args) { window.formatters += 1; return new Original(...args); };
        }
      </script>`,
      '<source-badge name="Fortune" href="https://fortune.com/"></source-badge>',
      `const badge = document.querySelector('source-badge');
      for (let i = 0; i < 50; i++) await null;
      window.samples.sameTask = sample(badge);
      await new Promise((resolve) => setTimeout(resolve, 50));
      window.samples.later = { ...sample(badge), formatters: window.formatters };`,
      'later',
      '/src/define/source-badge.ts',
    );

  it('builds no formatter and renders in the task that ran the library, with the reserve stylesheet', async () => {
    const win = await badgePage();
    expect(win.failed).to.equal(undefined);
    const { sameTask, later } = win.samples as Record<string, Sample & { formatters?: number }>;
    expect(sameTask, 'in the task that ran the library').to.include({ pending: false, rendered: true });
    expect(later.formatters, 'Intl formatters built').to.equal(0);
  });
});

describe('a block whose data a page script hands over later', () => {
  /** A card with no data on a page with the reserve stylesheet; a script gives it its story later. */
  const lateProperty = () =>
    framePage(
      RESERVE,
      '<story-card style="width: 320px"></story-card>',
      `const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const card = document.querySelector('story-card');
      await card.updateComplete;
      await nextFrame();
      window.samples.givenNothing = sample(card);
      card.article = ${JSON.stringify({
        title: 'Handed over by the page',
        summary: 'A summary.',
        image: { src: '/images/night-bus.jpg', alt: 'A bus' },
        sources: [{ name: 'Fortune' }],
      })};
      await card.updateComplete;
      window.samples.given = sample(card);`,
      'given',
    );

  it('with the reserve stylesheet, keeps its reserved box while it has been given nothing, and the story fills that same box', async () => {
    const win = await lateProperty();
    expect(win.failed).to.equal(undefined);
    const { givenNothing, given } = win.samples as Record<string, Sample>;
    expect(givenNothing, 'rendered, given nothing').to.include({ pending: true });
    // README: a 16:9 image box over a text part the same whatever the story holds.
    expect(givenNothing.height, 'space held by the reserve stylesheet').to.be.greaterThan(318 * 0.5625);
    expect(given, 'once given its story').to.include({ pending: false, rendered: true });
    expect(given.height).to.be.closeTo(givenNothing.height, 0.5);
  });
});
