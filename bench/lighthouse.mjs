// `npm run bench:page`: page experience of blocks that render after first paint.
//
// 1. Layout shift, measured in headless Chromium with a buffered PerformanceObserver for
//    'layout-shift', on bench/pages/cls.html (script at the end of the body, served late; every
//    block loads its data from `src`, answered late), on the same page without the reserve
//    stylesheet, and on the demo page (index.html). Each shift is listed with what moved.
// 2. Lighthouse 12.2.3 (mobile, performance only) on cls.html and the demo page: CLS, TBT, FCP
//    and LCP from audits (simulated throttling) and the observed values from the `metrics` audit.
// 3. Lazy logos: which logos of a 20-card scrolling rail, each card with a logo of its own, the page
//    fetches once loaded, and which more once the reader has scrolled the rail to its end.
//
// 4. The layout-shift matrix (bench/cls-matrix.mjs): every loading path, with and without an image,
//    one or four logos, three column widths, the script in the head or at the end, for each block.
//
// `--only=cls` runs the matrix alone. Writes the numbers to bench/page-results.json and prints
// Markdown tables. Needs dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { runLighthouse } from './run-lighthouse.mjs';
import { root, startServer } from './server.mjs';
import { matrixFiles, matrixTable, runMatrix } from './cls-matrix.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LOADS = 3;
const SKIP_LIGHTHOUSE = process.argv.includes('--no-lighthouse');
const ONLY_CLS = process.argv.includes('--only=cls');

/** The seed story, logos served locally (`*.example` hosts do not resolve). */
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-story.json'), 'utf8'), (key, value) =>
  key === 'logo' && typeof value === 'string' ? `/bench/logo/${value.includes('verge') ? 2 : 1}.svg` : value,
);
const clsPage = readFileSync(join(root, 'bench/pages/cls.html'), 'utf8');

const RAIL_CARDS = 20;
/** Logo URLs of the rail page: `/bench/logo/<LOGO_BASE + card>.svg`, so a request names its card. */
const LOGO_BASE = 100;
const railStories = Array.from({ length: RAIL_CARDS }, (_, card) => ({
  id: `rail-${card}`,
  title: `Story ${card + 1}`,
  url: `https://news.example/rail/${card}`,
  summary: 'A story in a rail that scrolls sideways.',
  publishedAt: '2024-05-01T10:00:00Z',
  sources: [{ name: `Publisher ${card + 1}`, logo: `/bench/logo/${LOGO_BASE + card}.svg` }],
}));
const railPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>A rail of ${RAIL_CARDS} cards</title>
    <script type="module" src="/dist/digest-elements.js"></script>
  </head>
  <body>
    <related-rail><script type="application/json">${JSON.stringify(railStories)}</script></related-rail>
  </body>
</html>`;

const server = await startServer({
  ...matrixFiles(),
  '/bench/pages/lazy-rail.html': railPage,
  '/bench/data/story.json': JSON.stringify(seed),
  '/bench/data/related.json': JSON.stringify(seed.related),
  ...Object.fromEntries(
    seed.related.map((story, index) => [`/bench/data/card-${index}.json`, JSON.stringify(story)]),
  ),
  '/bench/pages/cls-no-reserve.html': clsPage.replace(
    /<link rel="stylesheet" href="\/dist\/digest-elements.css" \/>/,
    '',
  ),
});

const pages = [
  { name: 'cls.html (reserve stylesheet)', path: '/bench/pages/cls.html', lighthouse: true },
  { name: 'cls.html without the reserve stylesheet', path: '/bench/pages/cls-no-reserve.html' },
  { name: 'demo page (index.html)', path: '/index.html', lighthouse: true },
];
const viewports = [
  { name: 'mobile 412×823', viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 },
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 } },
];

// ---------------------------------------------------------------------------------------------
// 1. Layout shifts, in the page.

/** Runs in the page once every block has rendered: the buffered shifts, with what moved. */
function collectShifts() {
  const describe = (node) => {
    if (!node) return '(node gone)';
    const path = [];
    for (let at = node; at && path.length < 8;) {
      if (at.nodeType === Node.ELEMENT_NODE) {
        const part = at.getAttribute('part');
        path.unshift(
          at.localName +
            (at.id ? `#${at.id}` : '') +
            (part ? `[part=${part}]` : at.className ? `.${String(at.className).split(' ')[0]}` : ''),
        );
      } else if (at.nodeType === Node.TEXT_NODE) path.unshift('#text');
      at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
      if (at === document.body || at === document) break;
    }
    return path.join(' > ');
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  return new Promise((resolve) => {
    const entries = [];
    new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
    setTimeout(
      () =>
        resolve(
          entries.map((entry) => ({
            value: entry.value,
            at: Math.round(entry.startTime),
            hadRecentInput: entry.hadRecentInput,
            sources: entry.sources.map((source) => ({
              node: describe(source.node),
              from: rect(source.previousRect),
              to: rect(source.currentRect),
            })),
          })),
        ),
      200,
    );
  });
}

/** CLS as Chrome defines it: the largest session window (gaps under 1 s, at most 5 s long). */
function cumulativeLayoutShift(entries) {
  let largest = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const entry of entries.filter((e) => !e.hadRecentInput)) {
    if (current > 0 && entry.at - last < 1000 && entry.at - first < 5000) current += entry.value;
    else {
      current = entry.value;
      first = entry.at;
    }
    last = entry.at;
    largest = Math.max(largest, current);
  }
  return largest;
}

/** Runs before the page: records each top-level block's height whenever it changes, and its state. */
function watchHeights() {
  window.blockHeights = [];
  const blocks = [];
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const block = entry.target;
      const busy = block.shadowRoot?.querySelector('[aria-busy="true"]');
      window.blockHeights.push({
        block: `${block.localName} ${blocks.indexOf(block) + 1}`,
        at: Math.round(performance.now()),
        height: Math.round(entry.borderBoxSize[0].blockSize),
        state: !block.matches(':defined') ? 'reserve' : busy ? 'skeleton' : 'content',
      });
    }
  });
  // From the moment the parser adds each block, before the first paint.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (
          node.nodeType === Node.ELEMENT_NODE &&
          /^(story-digest|story-card|related-rail)$/.test(node.localName)
        ) {
          blocks.push(node);
          observer.observe(node);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });

const matrix = await runMatrix(browser, server.origin);
const matrixLines = [
  '### Layout shift matrix (reserve stylesheet; sum of all layout-shift entries)',
  '',
  ...matrixTable(matrix),
  '',
];
if (ONLY_CLS) {
  console.log(matrixLines.join('\n'));
  await browser.close();
  await server.close();
  process.exit(matrix.every((cell) => cell.shift === 0) ? 0 : 1);
}

const shifts = [];
for (const page of pages) {
  for (const device of viewports) {
    const loads = [];
    for (let load = 0; load < LOADS; load++) {
      const context = await browser.newContext({
        viewport: device.viewport,
        isMobile: device.isMobile ?? false,
        deviceScaleFactor: device.deviceScaleFactor ?? 1,
      });
      await context.route(
        (url) => url.origin !== server.origin,
        (route) => route.abort(),
      );
      const tab = await context.newPage();
      await tab.addInitScript(watchHeights);
      await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'load' });
      // Every block has its data and has rendered it (no skeleton left anywhere).
      await tab.waitForFunction(
        () => {
          const blocks = [
            ...document.querySelectorAll(
              'story-digest, story-card, related-rail, source-stack, source-badge',
            ),
          ];
          const busy = (element) =>
            !element.hasUpdated ||
            element.isUpdatePending ||
            element.renderRoot.querySelector('[aria-busy="true"]') !== null ||
            [
              ...element.renderRoot.querySelectorAll('story-card, related-rail, source-stack, source-badge'),
            ].some(busy);
          return customElements.get('story-card') !== undefined && !blocks.some(busy);
        },
        undefined,
        { timeout: 15_000, polling: 100 },
      );
      await tab.waitForTimeout(1200);
      const entries = await tab.evaluate(collectShifts);
      const heights = await tab.evaluate(() => window.blockHeights);
      const all = entries.reduce((sum, entry) => sum + entry.value, 0);
      loads.push({ cls: cumulativeLayoutShift(entries), all, entries, heights });
      await context.close();
    }
    const values = loads.map((l) => l.cls).sort((a, b) => a - b);
    const all = loads.map((l) => l.all).sort((a, b) => a - b);
    shifts.push({
      page: page.name,
      device: device.name,
      cls: values[LOADS >> 1],
      min: values[0],
      max: values.at(-1),
      all: all[LOADS >> 1],
      loads,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Lazy logos in a rail.

/** Cards (1-based) whose logo the page has asked for, in order. */
const cardsOf = (fetched) => [...fetched].sort((a, b) => a - b).map((card) => card + 1);

const railLogos = [];
for (const device of viewports) {
  const context = await browser.newContext({
    viewport: device.viewport,
    isMobile: device.isMobile ?? false,
    deviceScaleFactor: device.deviceScaleFactor ?? 1,
  });
  const tab = await context.newPage();
  const fetched = new Set();
  tab.on('request', (request) => {
    const logo = /\/bench\/logo\/(\d+)\.svg$/.exec(request.url());
    if (logo) fetched.add(Number(logo[1]) - LOGO_BASE);
  });
  await tab.goto(`${server.origin}/bench/pages/lazy-rail.html`, { waitUntil: 'load' });
  const inView = await tab.evaluate(async (count) => {
    const rail = document.querySelector('related-rail');
    await rail.updateComplete;
    const cards = [...rail.renderRoot.querySelectorAll('story-card')];
    if (cards.length !== count) throw new Error(`the rail shows ${cards.length} cards, not ${count}`);
    await Promise.all(cards.map((card) => card.updateComplete));
    return cards.filter((card) => card.getBoundingClientRect().left < innerWidth).length;
  }, RAIL_CARDS);
  await tab.waitForLoadState('networkidle');
  const atLoad = cardsOf(fetched);
  await tab.evaluate(() => {
    const scroller = document.querySelector('related-rail').renderRoot.querySelector('.scroller');
    scroller.scrollLeft = scroller.scrollWidth;
  });
  await tab.waitForTimeout(500);
  await tab.waitForLoadState('networkidle');
  railLogos.push({ device: device.name, inView, atLoad, afterScroll: cardsOf(fetched) });
  await context.close();
}
await browser.close();

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse.

const lighthouse = [];
for (const page of pages.filter((p) => p.lighthouse && !SKIP_LIGHTHOUSE)) {
  try {
    const report = await runLighthouse(`${server.origin}${page.path}`);
    const audit = (id) => {
      const found = report.audits[id];
      return found?.errorMessage ? `error: ${found.errorMessage}` : found?.numericValue;
    };
    const observed = report.audits.metrics?.details?.items?.[0] ?? {};
    lighthouse.push({
      page: page.name,
      url: page.path,
      lighthouse: report.lighthouseVersion,
      chrome: report.environment?.hostUserAgent,
      score: report.categories.performance.score,
      runtimeError: report.runtimeError?.message,
      simulated: {
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        si: audit('speed-index'),
      },
      observed: {
        cls: observed.observedCumulativeLayoutShift,
        fcp: observed.observedFirstContentfulPaint,
        lcp: observed.observedLargestContentfulPaint,
        load: observed.observedLoad,
      },
      errors: ['layout-shifts', 'largest-contentful-paint-element', 'lcp-lazy-loaded']
        .filter((id) => report.audits[id]?.errorMessage)
        .map((id) => `${id}: ${report.audits[id].errorMessage}`),
      lcpElement:
        report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    });
  } catch (error) {
    lighthouse.push({
      page: page.name,
      url: page.path,
      failed: String(error.message ?? error).slice(0, 500),
    });
  }
}
await server.close();

// ---------------------------------------------------------------------------------------------
// Report.

const number = (value, digits = 0) => (typeof value === 'number' ? value.toFixed(digits) : (value ?? '–'));
const lines = ['### Layout shift (PerformanceObserver, buffered)', ''];
lines.push(
  `| Page | Viewport | CLS, median of ${LOADS} (min–max) | All shifts incl. "had recent input" | Shifts |`,
  '| --- | --- | ---: | ---: | ---: |',
);
for (const row of shifts) {
  const count = row.loads[0].entries.length;
  lines.push(
    `| ${row.page} | ${row.device} | ${number(row.cls, 4)} (${number(row.min, 4)}–${number(row.max, 4)}) | ${number(row.all, 4)} | ${count} |`,
  );
}
lines.push('');
for (const row of shifts.filter((r) => r.all > 0)) {
  const worst = row.loads.reduce((a, b) => (b.all > a.all ? b : a));
  lines.push(`What moved, ${row.page}, ${row.device} (load with CLS ${number(worst.cls, 4)}):`, '');
  for (const entry of worst.entries) {
    lines.push(
      `- ${number(entry.value, 4)} at ${entry.at} ms${entry.hadRecentInput ? ' (flagged "had recent input", not in CLS)' : ''}:`,
    );
    for (const source of entry.sources) lines.push(`  - \`${source.node}\` ${source.from} → ${source.to}`);
  }
  lines.push(
    '',
    'Block heights (px) as they changed: reserve (not defined yet), skeleton (loading `src`), content:',
    '',
  );
  const byBlock = new Map();
  for (const step of worst.heights) byBlock.set(step.block, [...(byBlock.get(step.block) ?? []), step]);
  for (const [block, steps] of byBlock) {
    lines.push(
      `- ${block}: ${steps.map((step) => `${step.height} ${step.state} @${step.at} ms`).join(' → ')}`,
    );
  }
  lines.push('');
}
lines.push('### Lighthouse 12.2.3 (mobile, simulated throttling)', '');
lines.push(
  '| Page | Score | CLS | TBT (ms) | FCP (ms) | LCP (ms) | Observed CLS | Observed FCP (ms) | Observed LCP (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const row of lighthouse) {
  if (row.failed) {
    lines.push(`| ${row.page} | failed: ${row.failed.split('\n')[0]} | | | | | | | |`);
    continue;
  }
  const s = row.simulated;
  const o = row.observed;
  lines.push(
    `| ${row.page} | ${number(row.score * 100)} | ${number(s.cls, 4)} | ${number(s.tbt)} | ${number(s.fcp)} | ${number(s.lcp)} | ${number(o.cls, 4)} | ${number(o.fcp)} | ${number(o.lcp)} |`,
  );
}
lines.push('');
for (const row of lighthouse) {
  for (const error of row.errors ?? []) lines.push(`- ${row.page}: ${error}`);
  if (row.runtimeError) lines.push(`- ${row.page}: runtime error: ${row.runtimeError}`);
  if (row.lcpElement) lines.push(`- ${row.page}: LCP element \`${row.lcpElement}\``);
}
const ranges = (cards) =>
  cards
    .reduce((runs, card) => {
      const last = runs.at(-1);
      if (last && card === last[1] + 1) last[1] = card;
      else runs.push([card, card]);
      return runs;
    }, [])
    .map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`))
    .join(', ');
lines.push(
  '',
  `### Lazy logos in a rail of ${RAIL_CARDS} cards, each with a logo of its own`,
  '',
  '| Viewport | Cards in view | Logos fetched once loaded | Their cards | After scrolling the rail to its end | Their cards |',
  '| --- | ---: | ---: | --- | ---: | --- |',
);
for (const row of railLogos) {
  lines.push(
    `| ${row.device} | ${row.inView} | ${row.atLoad.length} | ${ranges(row.atLoad)} | ${row.afterScroll.length} | ${ranges(row.afterScroll)} |`,
  );
}
lines.push('', ...matrixLines);
console.log(lines.join('\n'));

const file = join(root, 'bench/page-results.json');
const json = JSON.stringify(
  {
    date: new Date().toISOString(),
    shifts,
    lighthouse,
    railLogos,
    matrix: matrix.map(({ entries, ...cell }) => ({ ...cell, moved: entries.flatMap((e) => e.moved) })),
  },
  null,
  2,
);
writeFileSync(
  file,
  await prettier.format(json, { ...((await prettier.resolveConfig(file)) ?? {}), parser: 'json' }),
);
console.error('Raw numbers: bench/page-results.json');
