// `node bench/entry-lighthouse.mjs [--runs=5]`: Lighthouse 12.2.3 (mobile, simulated slow 4G,
// performance only) on a page with one <story-card>, loaded once from dist/story-card.js and once
// from dist/digest-elements.js, runs alternated; prints the median LCP and TBT of each (issue 16:
// the per-element entry must be no worse). `--before=<file>` compares with that file (e.g. the
// one-file dist/digest-elements.js of an earlier build) instead; `--preload` gives the story-card
// page the modulepreload hints of dist/preload.json; `--cdn` serves everything as a CDN does (HTTP/2,
// brotli) instead of plain HTTP/1.1. Needs dist/ (`npx vite build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { runLighthouse } from './run-lighthouse.mjs';
import { root, startServer } from './server.mjs';

const RUNS = Number(/--runs=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 5);
const BEFORE = /--before=(\S+)/.exec(process.argv.join(' '))?.[1];
const PRELOAD = process.argv.includes('--preload');
const CDN = process.argv.includes('--cdn');
const hints = (script) =>
  (JSON.parse(readFileSync(join(root, 'dist/preload.json'), 'utf8'))[script.replace('/dist/', '')] ?? [])
    .map((chunk) => `<link rel="modulepreload" href="/dist/${chunk}" />`)
    .join('');

const story = readFileSync(join(root, 'test/fixtures/seed-story.json'), 'utf8');
const page = (script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>One story card</title>
    ${PRELOAD ? hints(script) : ''}<script type="module" src="${script}"></script>
  </head>
  <body>
    <story-card><script type="application/json">${story}</script></story-card>
  </body>
</html>`;
const variants = [
  { name: 'dist/story-card.js', path: '/bench/pages/entry-card.html', script: '/dist/story-card.js' },
  BEFORE
    ? { name: `${BEFORE} (before)`, path: '/bench/pages/entry-before.html', script: '/bench/before.js' }
    : {
        name: 'dist/digest-elements.js',
        path: '/bench/pages/entry-all.html',
        script: '/dist/digest-elements.js',
      },
];
const server = await startServer(
  {
    ...Object.fromEntries(variants.map((v) => [v.path, page(v.script)])),
    ...(BEFORE ? { '/bench/before.js': readFileSync(BEFORE) } : {}),
  },
  { cdn: CDN },
);

async function lighthouse(url) {
  const { audits } = await runLighthouse(url, { selfSigned: CDN });
  return {
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
  };
}

const results = new Map(variants.map((v) => [v.name, []]));
/** One retry: Lighthouse now and then fails to record a trace (NO_NAVSTART) on this machine. */
const measure = (url) => lighthouse(url).catch(() => lighthouse(url));
for (let round = 0; round < RUNS; round += 1) {
  // Alternated, and each round in the other order, so drift in the machine's load falls on both.
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  for (const variant of order)
    results.get(variant.name).push(await measure(`${server.origin}${variant.path}`));
}
await server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log(`| script | LCP (median of ${RUNS}) | TBT (median of ${RUNS}) | LCP runs | TBT runs |`);
console.log('| --- | ---: | ---: | --- | --- |');
for (const [name, runs] of results) {
  const lcp = runs.map((r) => Math.round(r.lcp));
  const tbt = runs.map((r) => Math.round(r.tbt));
  console.log(
    `| \`${name}\` | ${median(lcp)} ms | ${median(tbt)} ms | ${lcp.join(', ')} | ${tbt.join(', ')} |`,
  );
}
