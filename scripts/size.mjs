// Prints the transfer size of each CDN bundle and fails the build when one is over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
// What a publisher's page pays for every element, the contract and Lit together. The goal is
// 12 KB brotli / 14 KB gzip (the weight-budget issue); this ceiling only stops regressions meanwhile.
const budget = { brotli: 21 * KB, gzip: 23.5 * KB };
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
if (over) {
  console.error('A bundle is over its size budget.');
  process.exit(1);
}
