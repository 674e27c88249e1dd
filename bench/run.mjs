// `npm run bench`: render, update and memory cost of story cards against references that share
// nothing with the library, in headless Chromium. Cards sit in one horizontal rail (a heading,
// buttons and a scrolling row of fixed-width items; bench/browser/shared.mjs).
//
//   A  the lower bound: <template> clones filled with textContent/setAttribute, light DOM, plain
//      CSS written for it (bench/pages/plain.css: fixed widths, no custom properties, no
//      container queries)
//   P  a minimal Lit element: shadow DOM, static styles written for it, one template
//   B  this library's story-card from dist/digest-elements.js, given `.article`
//   C  the same card as a React 19 component (production build, createRoot + flushSync), A's CSS
//
// Every measurement runs in a fresh browser context (a fresh page and renderer), and the
// implementations take turns, the order reversed every other round: A P B C, C B P A, …
// Options: `--runs=N` (default 9), `--quick` (3 runs, no heap snapshots, no profile),
// `--only=cards|rail`, `--no-profile`, `--no-snapshots` (no heap snapshots: they need memory), `--compare=<bundle>`: O, another build of the library on
// B's page, in turn with the others. Needs dist/ (`npx vite build`). Prints Markdown tables and
// writes the raw numbers to bench/results.json.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { bundle, root, startServer } from './server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const QUICK = Boolean(args.quick);
const RUNS = Number(args.runs ?? (QUICK ? 3 : 9));
const SIZES = [50, 200, 1000];
const RAIL_CARDS = 20;
const IMPLS = args.compare ? ['A', 'P', 'B', 'C', 'O'] : ['A', 'P', 'B', 'C'];
const NAMES = {
  A: 'A plain',
  P: 'P minimal Lit',
  B: 'B story-card',
  C: 'C React 19',
  O: 'O = B from --compare',
};
/** The ratio columns: B (and O) against each reference. */
const RATIOS = [['B', 'A'], ['B', 'P'], ['B', 'C'], ...(args.compare ? [['O', 'A']] : [])];

const version = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const page = (title, head) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="/bench/pages/stage.css" />
    ${head}
  </head>
  <body>
    <div id="stage"></div>
  </body>
</html>`;

console.error('Bundling the bench pages…');
const [scriptA, scriptP, scriptB, scriptC, unminified] = await Promise.all([
  bundle('bench/browser/template.mjs'),
  bundle('bench/browser/plain-lit.mjs'),
  bundle('bench/browser/lit.mjs'),
  bundle('bench/browser/react.mjs'),
  bundle('src/digest-elements.ts', { minify: false }),
]);
const plainCss = '<link rel="stylesheet" href="/bench/pages/plain.css" />';
const server = await startServer({
  '/bench/A.js': scriptA,
  '/bench/P.js': scriptP,
  '/bench/B.js': scriptB,
  '/bench/C.js': scriptC,
  '/bench/profile/digest-elements.js': unminified,
  '/bench/A.html': page('A: plain', `${plainCss}<script type="module" src="/bench/A.js"></script>`),
  '/bench/P.html': page('P: minimal Lit', `${plainCss}<script type="module" src="/bench/P.js"></script>`),
  // The rail shell's own rules only: the cards inside are styled by the library.
  '/bench/B.html': page(
    'B: digest-elements',
    `${plainCss}<script type="module" src="/dist/digest-elements.js"></script><script type="module" src="/bench/B.js"></script>`,
  ),
  '/bench/C.html': page('C: React', `${plainCss}<script type="module" src="/bench/C.js"></script>`),
  ...(args.compare && {
    '/bench/compare/digest-elements.js': readFileSync(args.compare, 'utf8'),
    '/bench/O.html': page(
      'O: digest-elements from --compare',
      `${plainCss}<script type="module" src="/bench/compare/digest-elements.js"></script><script type="module" src="/bench/B.js"></script>`,
    ),
  }),
  '/bench/profile.html': page(
    'B, unminified, for the profile',
    `${plainCss}<script type="module" src="/bench/profile/digest-elements.js"></script><script type="module" src="/bench/B.js"></script>`,
  ),
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-extensions',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

/** JS heap after two full collections. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}

/**
 * V8's compiled code in the heap: bytecode, machine code, feedback and function metadata (the
 * `code` nodes of a heap snapshot, which collects garbage first). A page pays it once for the code
 * it has run, however many cards it renders.
 */
async function compiledCode(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[type].indexOf('code');
  let total = 0;
  for (let index = 0; index < nodes.length; index += fields.length) {
    if (nodes[index + type] === code) total += nodes[index + size];
  }
  return total;
}

async function openPage(impl) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const tab = await context.newPage();
  const problems = [];
  // Nothing leaves the machine: any request to another origin fails, and is reported.
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => {
      problems.push(`blocked ${route.request().url()}`);
      return route.abort();
    },
  );
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await tab.goto(`${server.origin}/bench/${impl}.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return { context, tab, problems, cdp: await context.newCDPSession(tab) };
}

/** One fresh page: render (timed), heap, update (timed), and what is shown. */
async function measure(impl, scenario, inspect) {
  const { context, tab, problems, cdp } = await openPage(impl);
  try {
    await tab.evaluate((options) => window.bench.setup(options), {
      kind: scenario.kind,
      count: scenario.count,
    });
    const before = await heap(cdp);
    const render = await tab.evaluate(() => window.bench.render());
    const after = await heap(cdp);
    const update = await tab.evaluate(() => window.bench.update());
    const shown = inspect ? await tab.evaluate(() => window.bench.inspect()) : undefined;
    if (problems.length > 0) throw new Error(`${impl} ${scenario.label}: ${problems.join('; ')}`);
    return {
      render,
      update,
      heap: (after.js - before.js) / 1024,
      embedder: (after.embedder - before.embedder) / 1024,
      shown,
    };
  } finally {
    await context.close();
  }
}

const scenarios = [
  ...SIZES.map((count) => ({ kind: 'cards', count, label: `${count} cards`, perCard: count })),
  { kind: 'rail', count: RAIL_CARDS, label: `related-rail, ${RAIL_CARDS} cards`, perCard: 0 },
].filter((scenario) => !args.only || scenario.kind === args.only);

const results = {};
for (let run = 0; run < RUNS; run++) {
  for (const scenario of scenarios) {
    for (const impl of run % 2 ? [...IMPLS].reverse() : IMPLS) {
      const sample = await measure(impl, scenario, run === 0);
      const entry = (results[scenario.label] ??= { scenario, samples: {}, shown: {} });
      (entry.samples[impl] ??= []).push(sample);
      if (sample.shown) entry.shown[impl] = sample.shown;
    }
  }
  console.error(`run ${run + 1}/${RUNS} done`);
}

// ---------------------------------------------------------------------------------------------
// What the JS heap growth of a card list is made of: compiled code (once per page) and the rest.

/** One render of `count` cards: the JS heap growth, and the compiled code's part of it (KB). */
async function heapParts(impl, count) {
  const { context, tab, cdp } = await openPage(impl);
  try {
    await tab.evaluate((options) => window.bench.setup(options), { kind: 'cards', count });
    const before = await heap(cdp);
    const codeBefore = await compiledCode(cdp);
    await tab.evaluate(() => window.bench.render());
    const after = await heap(cdp);
    const code = ((await compiledCode(cdp)) - codeBefore) / 1024;
    return { code, rest: (after.js - before.js) / 1024 - code };
  } finally {
    await context.close();
  }
}

const heapKinds = {};
if (!QUICK && !args['no-snapshots'] && (!args.only || args.only === 'cards')) {
  for (const count of SIZES) {
    for (const impl of IMPLS) (heapKinds[count] ??= {})[impl] = await heapParts(impl, count);
  }
}

// ---------------------------------------------------------------------------------------------
// The CPU profile of one B render of 1,000 cards, with a trace for style and layout.

/** Which source module each line of the unminified bundle comes from (esbuild's `// path` comments). */
function moduleLines(text) {
  const starts = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (match) starts.push([index, match[1]]);
  });
  return (line) => {
    let found = '(bundle)';
    for (const [start, path] of starts) {
      if (start > line) break;
      found = path;
    }
    return found;
  };
}

const INTL =
  /^(format|formatToParts|select|DateTimeFormat|NumberFormat|PluralRules|RelativeTimeFormat|toLocale\w*)$/;

function category(frame, moduleOf) {
  const { functionName: name, url } = frame;
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)') return 'browser outside JS (style, layout, paint)';
  if (name === '(idle)' || name === '(root)') return 'idle';
  if (url.endsWith('/bench/B.js')) return 'forced style + layout (harness offsetHeight)';
  if (url.endsWith('/bench/profile/digest-elements.js')) {
    const path = moduleOf(frame.lineNumber);
    if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(path)) return 'lit template';
    if (path.startsWith('src/contract/')) return 'normalizer';
    if (path.endsWith('.styles.ts')) return 'styles';
    // dates.ts was part of formatters.ts: one group, so runs before and after the split compare.
    if (path === 'src/i18n/formatters.ts' || path === 'src/i18n/dates.ts') return 'Intl (our formatters.ts)';
    return 'our render';
  }
  if (!url && INTL.test(name)) return 'Intl (built-in)';
  if (!url) return 'native (DOM, built-ins)';
  return 'other';
}

/** Style recalculation, layout and paint in a trace, renderer main thread only (ms). */
function renderingWork(trace) {
  const main = trace.traceEvents.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const totals = {};
  for (const event of trace.traceEvents) {
    if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X') continue;
    if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'].includes(event.name)) {
      totals[event.name] = (totals[event.name] ?? 0) + event.dur / 1000;
    }
  }
  return totals;
}

/** One traced render of 1,000 cards, for the style and layout share of A and C. */
async function traceRender(impl) {
  const { context, tab, cdp } = await openPage(impl);
  try {
    await tab.evaluate((options) => window.bench.setup(options), { kind: 'cards', count: 1000 });
    await heap(cdp);
    await browser.startTracing(tab, { categories: ['devtools.timeline'] });
    const render = await tab.evaluate(() => window.bench.render());
    return { render, ...renderingWork(JSON.parse((await browser.stopTracing()).toString('utf8'))) };
  } finally {
    await context.close();
  }
}

async function profile() {
  const { context, tab, cdp } = await openPage('profile');
  try {
    await tab.evaluate((options) => window.bench.setup(options), { kind: 'cards', count: 1000 });
    await heap(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await browser.startTracing(tab, { categories: ['devtools.timeline'] });
    await cdp.send('Profiler.start');
    const render = await tab.evaluate(() => window.bench.render());
    const { profile: cpu } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));

    const cache = join(root, 'node_modules/.cache/digest-elements');
    mkdirSync(cache, { recursive: true });
    const file = join(cache, 'bench-B-1000.cpuprofile');
    writeFileSync(file, JSON.stringify(cpu));

    const moduleOf = moduleLines(unminified);
    const self = new Map();
    cpu.samples.forEach((id, index) => {
      const delta = cpu.timeDeltas[index + 1] ?? 0;
      self.set(id, (self.get(id) ?? 0) + delta / 1000);
    });
    const byCategory = {};
    const byFunction = new Map();
    for (const node of cpu.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (ms === 0) continue;
      const group = category(node.callFrame, moduleOf);
      byCategory[group] = (byCategory[group] ?? 0) + ms;
      const where = node.callFrame.url.endsWith('/bench/profile/digest-elements.js')
        ? moduleOf(node.callFrame.lineNumber)
        : node.callFrame.url.replace(server.origin, '') || '(native)';
      const key = `${node.callFrame.functionName || '(anonymous)'} | ${where}`;
      const entry = byFunction.get(key) ?? { ms: 0, group };
      entry.ms += ms;
      byFunction.set(key, entry);
    }
    delete byCategory.idle;
    const top = [...byFunction.entries()]
      .filter(([, entry]) => entry.group !== 'idle')
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)
      .map(([key, entry]) => ({ fn: key, group: entry.group, ms: entry.ms }));

    const rendering = { 'B under the CPU profiler': { render, ...renderingWork(trace) } };
    return { render, file, byCategory, top, rendering };
  } finally {
    await context.close();
  }
}

const profiled =
  QUICK || args['no-profile'] || (args.only && args.only !== 'cards') ? undefined : await profile();
if (profiled) {
  for (const impl of IMPLS) profiled.rendering[`${NAMES[impl]} (traced only)`] = await traceRender(impl);
}
const chromiumVersion = browser.version();
await browser.close();
await server.close();

// ---------------------------------------------------------------------------------------------
// Report.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const digits = (value) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
const fixed = (value) => value.toFixed(digits(value));
const cell = ({ median: m, min, max }) => `${fixed(m)} (${fixed(min)}–${fixed(max)})`;

const summary = {};
for (const [label, { scenario, samples, shown }] of Object.entries(results)) {
  const perCard = (measure) => (value) =>
    scenario.perCard && (measure === 'heap' || measure === 'embedder') ? value / scenario.perCard : value;
  summary[label] = { kind: scenario.kind, count: scenario.count, perCard: scenario.perCard > 0, shown };
  for (const measure of ['render', 'update', 'heap', 'embedder']) {
    const of = Object.fromEntries(
      IMPLS.map((impl) => [impl, stats(samples[impl].map((s) => perCard(measure)(s[measure])))]),
    );
    summary[label][measure] = { ...of };
    for (const [impl, reference] of RATIOS) {
      summary[label][measure][`${impl}/${reference}`] = of[impl].median / of[reference].median;
    }
  }
}

const lines = [];
const table = (title, measure, unit) => {
  lines.push(`### ${title}`, '');
  const ratios = RATIOS.map(([impl, reference]) => `${impl}/${reference}`);
  lines.push(
    `| Case | ${IMPLS.map((impl) => `${NAMES[impl]} (${unit})`).join(' | ')} | ${ratios.join(' | ')} |`,
  );
  lines.push(`| --- | ${IMPLS.map(() => '---:').join(' | ')} | ${ratios.map(() => '---:').join(' | ')} |`);
  for (const [label, row] of Object.entries(summary)) {
    const m = row[measure];
    const name = row.perCard && measure !== 'render' && measure !== 'update' ? `${label} (per card)` : label;
    const tail = ratios.map((ratio) => m[ratio].toFixed(2)).join(' | ');
    lines.push(`| ${name} | ${IMPLS.map((impl) => cell(m[impl])).join(' | ')} | ${tail} |`);
  }
  lines.push('');
};
lines.push(
  `Medians of ${RUNS} alternated rounds (min–max in brackets), each measurement in a fresh page.`,
  '',
);
table('Render: start to the next frame, layout forced', 'render', 'ms');
table('Update every title', 'update', 'ms');
table('JS heap growth after render (forced GC)', 'heap', 'KB');
table('DOM (Blink/Oilpan) heap growth after render (forced GC)', 'embedder', 'KB');
if (Object.keys(heapKinds).length > 0) {
  lines.push(
    '### JS heap growth: compiled code and the rest (one run, heap snapshots)',
    '',
    `| Cards | ${IMPLS.map((impl) => `${impl}: compiled code (KB) | ${impl}: the rest per card (KB)`).join(' | ')} |`,
    `| ---: | ${IMPLS.map(() => '---: | ---:').join(' | ')} |`,
  );
  for (const [count, parts] of Object.entries(heapKinds)) {
    const cells = IMPLS.map((impl) => `${fixed(parts[impl].code)} | ${fixed(parts[impl].rest / count)}`);
    lines.push(`| ${count} | ${cells.join(' | ')} |`);
  }
  lines.push('');
}

const targets = [];
const cards = (count) => summary[`${count} cards`];
const check = (label, value, limit, pass) =>
  targets.push(`| ${label} | ${value} | ${limit} | ${pass ? 'met' : '**not met**'} |`);
for (const count of [200, 1000]) {
  const row = cards(count);
  if (!row) continue;
  check(`render B/A, ${count} cards`, row.render['B/A'].toFixed(2), '≤ 1.30', row.render['B/A'] <= 1.3);
  check(`render B/P, ${count} cards`, row.render['B/P'].toFixed(2), '≤ 1.20', row.render['B/P'] <= 1.2);
  check(`update B/A, ${count} cards`, row.update['B/A'].toFixed(2), '≤ 1.30', row.update['B/A'] <= 1.3);
}
for (const count of SIZES) {
  const row = cards(count);
  if (!row) continue;
  check(
    `render B below C, ${count} cards`,
    `${fixed(row.render.B.median)} vs ${fixed(row.render.C.median)} ms`,
    'B < C',
    row.render.B.median < row.render.C.median,
  );
}
const thousand = cards(1000);
if (thousand) {
  check(
    `JS heap per card (B), 1000 cards`,
    `${fixed(thousand.heap.B.median)} KB`,
    '≤ 2 KB',
    thousand.heap.B.median <= 2,
  );
  check(
    'DOM heap B/A, 1000 cards',
    thousand.embedder['B/A'].toFixed(2),
    '≤ 1.30',
    thousand.embedder['B/A'] <= 1.3,
  );
}
if (targets.length > 0) {
  lines.push(
    '### Targets',
    '',
    '| Target | Measured | Limit | |',
    '| --- | ---: | ---: | --- |',
    ...targets,
    '',
  );
}

const mismatches = Object.entries(summary)
  .map(([label, row]) => {
    const [a, ...others] = IMPLS.map((impl) => JSON.stringify(row.shown[impl]));
    return others.some((other) => other !== a)
      ? `${label}: ${IMPLS.map((i) => `${i} ${JSON.stringify(row.shown[i])}`).join(', ')}`
      : '';
  })
  .filter(Boolean);
lines.push('### What each shows', '');
lines.push(
  '| Case | Headings | Links | Logos | Monograms | Dates | Counts | Text characters |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const [label, row] of Object.entries(summary)) {
  for (const impl of IMPLS) {
    const s = row.shown[impl];
    if (s)
      lines.push(
        `| ${label}, ${impl} | ${s.headings} | ${s.links} | ${s.images} | ${s.monograms} | ${s.times} | ${s.counts} | ${s.text} |`,
      );
  }
}
lines.push('');

if (profiled) {
  const total = Object.values(profiled.byCategory).reduce((sum, ms) => sum + ms, 0);
  lines.push(
    `### CPU profile: one B render of 1000 cards (${fixed(profiled.render)} ms, unminified build of src/)`,
    '',
  );
  lines.push('| Group | Self time (ms) | Share |', '| --- | ---: | ---: |');
  for (const [group, ms] of Object.entries(profiled.byCategory).sort((a, b) => b[1] - a[1])) {
    lines.push(`| ${group} | ${fixed(ms)} | ${((100 * ms) / total).toFixed(0)}% |`);
  }
  lines.push('', '| Top self time | Group | ms |', '| --- | --- | ---: |');
  for (const entry of profiled.top)
    lines.push(`| \`${entry.fn.replace(/\|/g, '·')}\` | ${entry.group} | ${fixed(entry.ms)} |`);
  const phases = ['render', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
  lines.push(
    '',
    '| One traced render of 1000 cards (ms) | Whole render | Style (UpdateLayoutTree) | Layout | PrePaint | Paint |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [impl, work] of Object.entries(profiled.rendering)) {
    lines.push(`| ${impl} | ${phases.map((phase) => fixed(work[phase] ?? 0)).join(' | ')} |`);
  }
  lines.push(
    '',
    `Profile saved to ${profiled.file.replace(root, '')} (open it in DevTools > Performance).`,
    '',
  );
}

const environment = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium: chromiumVersion,
  node: process.version,
  library: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  lit: version('lit'),
  react: version('react'),
  runs: RUNS,
};
console.log(
  `Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpu} (${environment.cores} cores), ${environment.date}\n`,
);
console.log(lines.join('\n'));
if (mismatches.length > 0)
  console.log(`\nWARNING: the implementations show different content:\n${mismatches.join('\n')}`);

const file = join(root, 'bench/results.json');
const json = JSON.stringify(
  { environment, summary, heapKinds, profile: profiled, samples: results },
  null,
  2,
);
const options = (await prettier.resolveConfig(file)) ?? {};
writeFileSync(file, await prettier.format(json, { ...options, parser: 'json' }));
console.error(`Raw numbers: bench/results.json`);
