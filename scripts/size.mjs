// Prints the transfer size of each CDN bundle and fails the build when one is over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
// What a publisher's page pays for every element, the contract, the adapters, eight languages and
// Lit together. A ceiling against regressions, set to the self-contained bundle's budget in issue 16
// until the per-element entries and lazy capabilities give each page type its own budget.
const budget = { brotli: 22 * KB, gzip: 24.5 * KB };
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
    // Each folder of src/ is one part: an element, the contract, adapters, element base, data, i18n, parts.
    const group = /node_modules\/(?:@lit|lit)/.test(path)
      ? 'Lit'
      : /src\/contract\/adapters\//.test(path)
        ? 'adapters'
        : (/src\/(?:elements\/)?([^/]+)\//.exec(path)?.[1] ?? 'other');
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
