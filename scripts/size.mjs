// Prints the transfer size of each CDN bundle and fails the build when one is over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
// What a publisher's page pays for every element, the contract, the adapters, eight languages and
// Lit together. The goal is 12 KB brotli / 14 KB gzip; this ceiling stops regressions meanwhile.
// Raised from 20 KB when the render got faster: the URL rule's quick path, the language cache,
// the off-screen opt-in for long lists and the first render in a task of its own cost 0.6 KB.
const budget = { brotli: 21.5 * KB, gzip: 24 * KB };
const bundles = ['dist/digest-elements.js', 'dist/digest-elements.iife.js'];

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let over = false;
console.log('bundle                          min        gzip       brotli');
for (const file of bundles) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  }).length;
  const flag = gzip > budget.gzip || brotli > budget.brotli ? '  OVER BUDGET' : '';
  over ||= flag !== '';
  console.log(`${file.padEnd(31)} ${kb(code.length).padEnd(10)} ${kb(gzip).padEnd(10)} ${kb(brotli)}${flag}`);
}
console.log(`budget per bundle: ${kb(budget.gzip)} gzip, ${kb(budget.brotli)} brotli`);
printShares(readFileSync(bundles[0]));
/**
 * Each part's share of the ES bundle: its share of the code before compression, applied to the
 * brotli size (compression is not additive per module, so these are estimates that sum up).
 */
function printShares(code) {
  let sizes;
  try {
    sizes = JSON.parse(readFileSync('node_modules/.cache/digest-elements/module-sizes.json', 'utf8'));
  } catch {
    return;
  }
  const brotli = brotliCompressSync(code).length;
  const groups = new Map();
  for (const [id, length] of Object.entries(sizes)) {
    const path = id.replaceAll('\\', '/');
    const group = /node_modules\/(?:@lit|lit)/.test(path)
      ? 'Lit'
      : (/src\/elements\/([^/]+)\//.exec(path)?.[1] ??
        (/src\/contract\/adapters\//.test(path)
          ? 'adapters'
          : /src\/contract\//.test(path)
            ? 'contract (normalizer, URL rule)'
            : /src\/internal\/translations/.test(path)
              ? 'translations (8 languages)'
              : /src\/internal\//.test(path)
                ? 'shared machinery'
                : 'other'));
    groups.set(group, (groups.get(group) ?? 0) + length);
  }
  const total = [...groups.values()].reduce((sum, length) => sum + length, 0);
  console.log('share of the ES bundle (brotli, estimated)');
  for (const [group, length] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${group.padEnd(31)} ${kb((brotli * length) / total)}`);
  }
}

if (over) {
  console.error('A bundle is over its size budget.');
  process.exit(1);
}
