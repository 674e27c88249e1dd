// The layout-shift matrix of `npm run bench:page`: every way a block gets its data × with or
// without a lead image × one or four logos × three column widths × the script in the head or at
// the end of the body, for story-card, related-rail and story-digest, each with the reserve
// stylesheet and the publisher's text before and after the block. To load fewer pages on a shared
// machine, one page holds the three widths side by side, as three columns of their own: a block
// moving in one column moves nothing in another. A cell is the sum of every layout-shift entry
// with something in its column that moved (stricter than CLS's session window), from first paint
// until every block has rendered its data and its images have loaded.

const ELEMENTS = ['story-card', 'related-rail', 'story-digest'];
const PATHS = ['inline JSON', 'property', 'src after 300 ms'];
const IMAGES = [true, false];
const LOGOS = [1, 4];
const WIDTHS = [320, 680, 1200];
const SCRIPTS = ['head', 'end'];
/** Cards a card page stacks in its column, stories a rail shows. */
const CARDS = 3;
const RAIL_STORIES = 5;

/** A lead image 1200×675, served locally. */
export const LEAD_IMAGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#1f5aa6"/><circle cx="600" cy="337" r="200" fill="#ad1457"/></svg>';

function story(index, { image, logos }) {
  return {
    id: `cls-${index}`,
    title: `Story ${index + 1}: the council votes to extend night bus routes across the city`,
    url: `https://news.example/cls/${index}`,
    summary: 'Three more routes will run until 3 a.m. on weekends.',
    publishedAt: '2024-05-01T10:00:00Z',
    ...(image ? { image: { src: '/bench/image/lead.svg', alt: '', width: 1200, height: 675 } } : {}),
    sources: Array.from({ length: logos }, (_, k) => ({
      name: ['Metro Daily', 'The Verge', 'Fortune', 'CNET'][k],
      url: `https://source${k}.example/cls/${index}`,
      ...(k % 2 === 0 ? { logo: `/bench/logo/${k + 1}.svg` } : {}),
    })),
    sourceCount: logos,
  };
}

/** What each element is given: a card one story, a rail several, a digest one with sections. */
function dataFor(element, index, options) {
  if (element === 'related-rail') {
    return Array.from({ length: RAIL_STORIES }, (_, k) => story(index * 10 + k, options));
  }
  const base = story(index, options);
  if (element === 'story-card') return base;
  return {
    ...base,
    summary: 'The council voted 7 to 2 to run three night bus routes until 3 a.m. on weekends from June.',
    sections: [{ heading: 'What changes', paragraphs: ['Routes N1, N4 and N9 run later [1].'] }],
  };
}

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const id = (page) =>
  `${page.element}-${PATHS.indexOf(page.path)}-${page.image ? 'img' : 'noimg'}-${page.logos}-${page.script}`;

/** One page per block, loading path, image, logos and script position; the widths are its columns. */
export const pages = ELEMENTS.flatMap((element) =>
  PATHS.flatMap((path) =>
    IMAGES.flatMap((image) =>
      LOGOS.flatMap((logos) => SCRIPTS.map((script) => ({ element, path, image, logos, script }))),
    ),
  ),
);

/** The page, and the data each `src` asks for. */
function files(cell) {
  const name = id(cell);
  const count = (cell.element === 'story-card' ? CARDS : 1) * WIDTHS.length;
  const blocks = Array.from({ length: count }, (_, index) => {
    const data = dataFor(cell.element, index, cell);
    if (cell.path === 'inline JSON') {
      return [
        `<${cell.element}><script type="application/json">${json(data)}</script></${cell.element}>`,
        data,
      ];
    }
    if (cell.path === 'property') return [`<${cell.element} data-index="${index}"></${cell.element}>`, data];
    return [`<${cell.element} src="/bench/cls/${name}-${index}.json?delay=300"></${cell.element}>`, data];
  });
  const property = (attribute) =>
    cell.path === 'property'
      ? `<script>
      const data = ${json(blocks.map(([, data]) => data))};
      for (const block of document.querySelectorAll('[data-index]')) block.${attribute} = data[block.dataset.index];
    </script>`
      : '';
  const head = '<script src="/dist/digest-elements.iife.js"></script>';
  const end = '<script type="module" src="/dist/digest-elements.js?delay=200"></script>';
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>CLS ${name}</title>
    <link rel="stylesheet" href="/dist/digest-elements.css" />
    <style>
      body { margin: 0; font: 17px/1.6 system-ui, sans-serif; ${cell.image ? '' : '--digest-card-media: 0;'} }
      main { display: flex; gap: 2rem; align-items: flex-start; }
      main > section { flex: none; }
      main > section > * + * { margin-top: 1rem; }
    </style>
    ${cell.script === 'head' ? head : ''}
  </head>
  <body>
    <main>
      ${WIDTHS.map(
        (width, column) => `<section data-width="${width}" style="width: ${width}px">
        <p>The publisher's own text above the blocks.</p>
        ${blocks
          .slice((column * count) / WIDTHS.length, ((column + 1) * count) / WIDTHS.length)
          .map(([markup]) => markup)
          .join('\n        ')}
        <p>The publisher's text after the blocks: it moves if a block changes height.</p>
      </section>`,
      ).join('\n      ')}
    </main>
    ${property(cell.element === 'related-rail' ? 'articles' : 'article')}
    ${cell.script === 'end' ? end : ''}
  </body>
</html>`;
  return {
    [`/bench/cls/${name}.html`]: page,
    ...Object.fromEntries(
      blocks.map(([, data], index) => [`/bench/cls/${name}-${index}.json`, JSON.stringify(data)]),
    ),
  };
}

/** Every page and data file of the matrix, for the bench server. */
export const matrixFiles = () =>
  Object.assign({ '/bench/image/lead.svg': LEAD_IMAGE_SVG }, ...pages.map(files));

/** Runs in the page: whether every block shows its data. */
function settled() {
  const blocks = [...document.querySelectorAll('story-card, related-rail, story-digest')];
  const done = (element) =>
    element.hasUpdated &&
    !element.isUpdatePending &&
    element.renderRoot.querySelector('[aria-busy="true"]') === null &&
    element.renderRoot.querySelector('[part~=title], [part~=list]') !== null &&
    [...element.renderRoot.querySelectorAll('story-card, related-rail, source-stack')].every(done);
  return customElements.get('story-card') !== undefined && blocks.every(done);
}

/** Runs in the page: whether every image has loaded; lazy ones far off screen never do. */
function imagesLoaded() {
  const images = (root) => [
    ...root.querySelectorAll('img'),
    ...[...root.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? images(element.shadowRoot) : [],
    ),
  ];
  return images(document).every((image) => image.complete);
}

/** Runs in the page: every layout-shift entry so far, with what moved. */
function shiftsSoFar() {
  const describe = (node) => {
    const path = [];
    for (let at = node; at && path.length < 6;) {
      if (at.nodeType === Node.ELEMENT_NODE)
        path.unshift(at.localName + (at.getAttribute('part') ? `[part=${at.getAttribute('part')}]` : ''));
      at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
      if (at === document.body) break;
    }
    return path.join(' > ');
  };
  return new Promise((resolve) => {
    new PerformanceObserver((list) =>
      resolve(
        list.getEntries().map((entry) => ({
          value: entry.value,
          columns: entry.sources.map((source) => {
            let at = source.node;
            while (at && !(at instanceof Element && at.matches('section[data-width]'))) {
              at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
            }
            return at ? Number(at.dataset.width) : 0;
          }),
          moved: entry.sources.map(
            (source) =>
              `${describe(source.node)} ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}px high, y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`,
          ),
        })),
      ),
    ).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 100);
  });
}

/** Loads every page, `parallel` at a time; returns the cells with their shift totals. */
export async function runMatrix(browser, origin, { parallel = 2 } = {}) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < pages.length) {
      const cell = pages[next++];
      const context = await browser.newContext({ viewport: { width: 2400, height: 1000 } });
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.abort(),
      );
      const tab = await context.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      try {
        await tab.goto(`${origin}/bench/cls/${id(cell)}.html`, { waitUntil: 'load' });
        await tab.waitForFunction(settled, undefined, { timeout: 15_000, polling: 50 });
        await tab.waitForFunction(imagesLoaded, undefined, { timeout: 2000, polling: 50 }).catch(() => {});
        await tab.waitForTimeout(300);
        const entries = await tab.evaluate(shiftsSoFar);
        for (const width of WIDTHS) {
          const mine = entries.filter((entry) => entry.columns.includes(width));
          results.push({
            ...cell,
            width,
            shift: mine.reduce((sum, entry) => sum + entry.value, 0),
            entries: mine,
            problems,
          });
        }
      } catch (error) {
        for (const width of WIDTHS) {
          results.push({
            ...cell,
            width,
            shift: Number.NaN,
            entries: [],
            problems: [...problems, error.message],
          });
        }
      } finally {
        await context.close();
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

/** The matrix as Markdown: one row per element, loading path and script position. */
export function matrixTable(results) {
  const lines = [];
  const columns = IMAGES.flatMap((image) =>
    LOGOS.flatMap((logos) => WIDTHS.map((width) => ({ image, logos, width }))),
  );
  lines.push(
    `| Block, data, script | ${columns.map((c) => `${c.image ? 'img' : 'no img'}, ${c.logos} logo${c.logos > 1 ? 's' : ''}, ${c.width}`).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  );
  for (const element of ELEMENTS) {
    for (const path of PATHS) {
      for (const script of SCRIPTS) {
        const row = columns.map((column) => {
          const cell = results.find(
            (r) =>
              r.element === element &&
              r.path === path &&
              r.script === script &&
              r.image === column.image &&
              r.logos === column.logos &&
              r.width === column.width,
          );
          return cell ? (Number.isNaN(cell.shift) ? 'error' : cell.shift.toFixed(3)) : '';
        });
        lines.push(
          `| ${element}, ${path}, script ${script === 'head' ? 'in head' : 'at end'} | ${row.join(' | ')} |`,
        );
      }
    }
  }
  const bad = results.filter((r) => !(r.shift === 0));
  lines.push('', `${results.length - bad.length} of ${results.length} cells 0.000.`);
  for (const r of bad.slice(0, 12)) {
    lines.push(
      `- ${id(r)}, ${r.width} px: ${Number.isNaN(r.shift) ? r.problems.join('; ') : r.shift.toFixed(4)}${
        r.entries.length
          ? `: ${r.entries
              .flatMap((e) => e.moved)
              .slice(0, 3)
              .join('; ')}`
          : ''
      }`,
    );
  }
  return lines;
}
