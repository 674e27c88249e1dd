// Writes dist/sri.json: the Subresource Integrity value (sha384) of each CDN file, for the
// `integrity` attribute of a <script>, <link rel="modulepreload"> or <link> that loads it from a
// CDN. A page that uses it gets exactly the bytes of this release, or nothing. The chunks are
// listed too: a page that preloads them with `integrity` checks every file it runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = [
  ...readdirSync('dist').filter((name) => /\.(js|css)$/.test(name)),
  ...readdirSync('dist/chunks').map((name) => `chunks/${name}`),
].sort();

const sri = {};
for (const file of files) {
  const digest = createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64');
  sri[file] = `sha384-${digest}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
for (const [file, integrity] of Object.entries(sri)) console.log(`${file.padEnd(40)} ${integrity}`);
