// Memory and size soak for the CDN bundle, run apart from the test suite: `npm run test:soak`.
//
// 1. Creates and removes 1,000 story cards, 10 rounds, and measures the JS heap after a forced
//    garbage collection each round: the last round must be within 10% of the first.
// 2. Renders a rail given 2,000 articles, and a digest (and a card) given 10,000 sources and a
//    1 MB title: each must render in bounded time and bounded shadow DOM size.
//
// It serves the repository's dist/ on a local port and drives the system Chromium with
// puppeteer-core. Needs dist/ (`npx vite build`).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/digest-elements.js`;
if (!existsSync(bundle)) {
  console.error('dist/digest-elements.js is missing: run `npx vite build` first.');
  process.exit(1);
}

const ROUNDS = 10;
const CARDS = 1000;
const HEAP_TOLERANCE = 0.1;
/** Bounds for the oversized inputs. */
const MAX_RENDER_MS = 3000;
const MAX_SHADOW_NODES = 20_000;

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>digest-elements soak</title>
    <script type="module" src="/dist/digest-elements.js"></script>
  </head>
  <body>
    <div id="stage" style="width: 800px"></div>
  </body>
</html>`;

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/' || path === '/index.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (/^\/dist\/(chunks\/)?[\w-][\w.-]*\.js$/.test(path) && existsSync(`${root}${path.slice(1)}`)) {
    // The entry and the chunks it imports.
    response
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      .end(readFileSync(`${root}${path.slice(1)}`));
  } else if (path === '/favicon.ico') {
    response.writeHead(204).end();
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ],
});

const failures = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console.error: ${message.text()}`);
  });
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('story-card') !== undefined);
  const cdp = await tab.createCDPSession();

  // Page-side helpers: wait for a tree of Lit elements to finish updating, and count shadow nodes.
  await tab.evaluate(() => {
    const all = (root) => {
      const found = [];
      const visit = (node) => {
        for (const element of node.querySelectorAll('*')) {
          found.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      if (root.shadowRoot) visit(root.shadowRoot);
      visit(root);
      return found;
    };
    window.soak = {
      async settled(root) {
        for (let pass = 0; pass < 10; pass++) {
          const pending = all(root)
            .map((element) => element.updateComplete)
            .filter((update) => update instanceof Promise);
          if ((await Promise.all(pending)).every(Boolean)) return;
        }
      },
      shadowNodes(root) {
        let count = 0;
        const walk = (node) => {
          for (const child of node.childNodes) {
            count += 1;
            walk(child);
          }
          if (node.shadowRoot) walk(node.shadowRoot);
        };
        for (const element of [root, ...all(root)]) if (element.shadowRoot) walk(element.shadowRoot);
        return count;
      },
      article(index) {
        return {
          id: `soak-${index}`,
          title: `Soak story ${index}`,
          url: `https://news.example/soak/${index}`,
          summary: 'A card created and removed to look for leaks.',
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
          sources: [
            { name: 'Metro Daily', url: 'https://metro.example/a' },
            { name: 'The Verge', url: 'https://verge.example/a' },
            { name: 'Fortune', url: 'https://fortune.example/a' },
          ],
          sourceCount: 12,
        };
      },
    };
  });

  const heap = async () => {
    for (let pass = 0; pass < 3; pass++) {
      await tab.evaluate(() => window.gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };

  // 1. Create and remove 1,000 cards, ten times.
  const baselineHeap = await heap();
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const ms = await tab.evaluate(async (count) => {
      const stage = document.getElementById('stage');
      const started = performance.now();
      for (let index = 0; index < count; index++) {
        const card = document.createElement('story-card');
        card.article = window.soak.article(index);
        stage.append(card);
      }
      await window.soak.settled(stage);
      const elapsed = performance.now() - started;
      stage.replaceChildren();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return elapsed;
    }, CARDS);
    rounds.push({ round, renderMs: ms, heap: await heap() });
  }
  const first = rounds[0].heap;
  const last = rounds.at(-1).heap;
  const growth = (last - first) / first;

  // 2. Oversized inputs.
  const oversized = await tab.evaluate(async () => {
    const stage = document.getElementById('stage');
    const measure = async (element) => {
      stage.replaceChildren();
      const started = performance.now();
      stage.append(element);
      await window.soak.settled(element);
      const renderMs = performance.now() - started;
      const result = { renderMs, shadowNodes: window.soak.shadowNodes(element) };
      return result;
    };
    const hugeTitle = 'A '.repeat(512 * 1024); // 1 MB of title
    const manySources = Array.from({ length: 10_000 }, (_, index) => ({
      name: `Publisher ${index + 1}`,
      url: `https://publisher${index + 1}.example/story`,
    }));

    const rail = document.createElement('related-rail');
    rail.layout = 'grid';
    rail.articles = Array.from({ length: 2000 }, (_, index) => window.soak.article(index));
    const railResult = await measure(rail);
    railResult.cards = rail.shadowRoot.querySelectorAll('story-card').length;

    const digest = document.createElement('story-digest');
    digest.article = {
      ...window.soak.article(0),
      title: hugeTitle,
      sources: manySources,
      sections: [{ heading: 'Cited', paragraphs: ['Everything [1][2][3] and [10000].'] }],
    };
    const digestResult = await measure(digest);
    digestResult.titleChars = digest.shadowRoot.querySelector('[part~=title]').textContent.length;
    digestResult.sourceEntries = digest.shadowRoot.querySelectorAll('[part~=source]').length;

    const card = document.createElement('story-card');
    card.article = { ...window.soak.article(0), title: hugeTitle, sources: manySources };
    const cardResult = await measure(card);
    cardResult.titleChars = card.shadowRoot.querySelector('[part~=title-link]').textContent.length;
    cardResult.count = card.shadowRoot
      .querySelector('source-stack')
      .shadowRoot.querySelector('[part~=count]').textContent;
    stage.replaceChildren();
    return { rail: railResult, digest: digestResult, card: cardResult };
  });

  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  console.log(`\nCreate and remove ${CARDS} story cards, ${ROUNDS} rounds (heap after forced GC)`);
  console.log(`baseline heap before round 1: ${mb(baselineHeap)} MB`);
  console.table(
    rounds.map(({ round, renderMs, heap: used }) => ({
      round,
      'render ms': Math.round(renderMs),
      'heap MB': mb(used),
      'vs round 1': `${(((used - first) / first) * 100).toFixed(1)}%`,
    })),
  );
  console.log(`last round vs first: ${(growth * 100).toFixed(1)}% (limit ${HEAP_TOLERANCE * 100}%)`);

  console.log('\nOversized inputs');
  console.table({
    'rail, 2,000 articles': {
      'render ms': Math.round(oversized.rail.renderMs),
      'shadow nodes': oversized.rail.shadowNodes,
      shown: `${oversized.rail.cards} cards`,
    },
    'digest, 10,000 sources + 1 MB title': {
      'render ms': Math.round(oversized.digest.renderMs),
      'shadow nodes': oversized.digest.shadowNodes,
      shown: `${oversized.digest.sourceEntries} sources, title ${oversized.digest.titleChars} chars`,
    },
    'card, 10,000 sources + 1 MB title': {
      'render ms': Math.round(oversized.card.renderMs),
      'shadow nodes': oversized.card.shadowNodes,
      shown: `"${oversized.card.count}", title ${oversized.card.titleChars} chars`,
    },
  });

  if (Math.abs(growth) > HEAP_TOLERANCE) {
    failures.push(`heap after round ${ROUNDS} is ${(growth * 100).toFixed(1)}% off round 1`);
  }
  for (const [name, result] of Object.entries(oversized)) {
    if (result.renderMs > MAX_RENDER_MS) {
      failures.push(`${name} took ${Math.round(result.renderMs)} ms (limit ${MAX_RENDER_MS})`);
    }
    if (result.shadowNodes > MAX_SHADOW_NODES) {
      failures.push(`${name} has ${result.shadowNodes} shadow nodes (limit ${MAX_SHADOW_NODES})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`\nSoak failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nSoak passed.');
