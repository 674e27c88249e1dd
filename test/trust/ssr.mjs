// Pathological input on the server: each 1 MB input must render with `renderDigestHTML` in Node
// within 1 s (the failure mode is seconds to minutes: a blocked server). Run after the npm build
// (dist/lib), like scripts/ssr-fixtures.mjs; exits non-zero when any input is too slow or fails.
import process from 'node:process';
import { renderDigestHTML } from 'digest-elements/ssr';

const COMPLETES_WITHIN_MS = 1000;
const megabyteOf = (unit) => unit.repeat(Math.ceil(2 ** 20 / unit.length));
const megabyteList = (entry, size) => Array(Math.ceil(2 ** 20 / size)).fill(entry);
const sources = [{ name: 'Metro Daily' }, { name: 'Harbor Gazette' }];

const cases = [
  [
    'story-digest',
    'one paragraph of [1] markers',
    { title: 't', sources, sections: [{ paragraphs: ['[1]'.repeat(3334)] }] },
  ],
  [
    'story-digest',
    '100 paragraphs of markers',
    { title: 't', sources, sections: [{ paragraphs: Array(100).fill('[1][2]'.repeat(1667)) }] },
  ],
  ['story-digest', 'a title of words, spaces and tabs', { title: megabyteOf('t \t') }],
  ['story-digest', 'a headline of dashes', { title: `${megabyteOf('a - ')}a\nb`, sources }],
  ['story-card', 'a summary of controls', { title: 't', summary: megabyteOf('a\u0001\u0085') }],
  [
    'story-card',
    'a date with a megabyte of fraction',
    { title: 't', publishedAt: `2024-01-01T00:00:00.${megabyteOf('1')}x` },
  ],
  ['story-card', 'sources without names', { title: 't', sources: megabyteList({}, 3) }],
  ['related-rail', 'a megabyte of empty stories', [{ title: 't' }, ...megabyteList({}, 3)]],
  ['source-stack', 'a megabyte of unnamed sources', [{ name: 'n' }, ...megabyteList({ name: ' ' }, 12)]],
  ['source-badge', 'a name of a megabyte', { name: megabyteOf('n ') }],
];

// One ordinary render first, so the first case is not charged with loading the renderer.
await renderDigestHTML('story-digest', {
  title: 'Warm-up',
  sources,
  sections: [{ paragraphs: ['Text [1].'] }],
});

let failed = 0;
for (const [tag, name, data] of cases) {
  const start = performance.now();
  let outcome;
  try {
    const html = await renderDigestHTML(tag, data, { onProblems: () => {} });
    outcome = `${html.length} characters`;
  } catch (error) {
    outcome = `failed: ${error.message.slice(0, 200)}`;
    failed++;
  }
  const elapsed = performance.now() - start;
  const slow = elapsed >= COMPLETES_WITHIN_MS;
  if (slow) failed++;
  console.log(`${slow ? '✗' : '✓'} <${tag}> ${name}: ${Math.round(elapsed)} ms, ${outcome}`);
}
if (failed > 0) {
  console.error(`${failed} pathological server render(s) failed or took ${COMPLETES_WITHIN_MS} ms or more.`);
  process.exitCode = 1;
}
