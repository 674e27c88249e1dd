// Writes dist/sri.json: the Subresource Integrity value (sha384) of each CDN file, for the
// `integrity` attribute of a <script> or <link> that loads it from a CDN. A page that uses it gets
// exactly the bytes of this release, or nothing.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['digest-elements.js', 'digest-elements.iife.js', 'digest-elements.css'];

const sri = {};
for (const file of files) {
  const digest = createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64');
  sri[file] = `sha384-${digest}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
for (const [file, integrity] of Object.entries(sri)) console.log(`${file.padEnd(25)} ${integrity}`);
