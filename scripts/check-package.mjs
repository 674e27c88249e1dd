// Checks the npm package as an app receives it, after `npm run build`:
//
// 1. `npm pack` into .package/: the tarball holds every file `exports` and `sideEffects` name, and
//    nothing from outside the allowed folders;
// 2. installs the tarball into a throwaway project, .package/project/ (offline, from the npm cache;
//    if that fails, the tarball is unpacked there and Lit resolves from this repository);
// 3. in Node, imports every subpath Node can run (element modules on Lit's DOM shim), each define
//    subpath in a fresh process to see that it defines its tag (and the class subpaths none);
// 4. type-checks test/types/*.ts(x) against the installed package (React, Vue and Svelte typings
//    included), with moduleResolution bundler and nodenext.
//
// The browser half is test/package/define.test.ts, which loads the define subpaths from
// .package/project/ in the web test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.package');
const PROJECT = join(OUT, 'project');
const INSTALLED = join(PROJECT, 'node_modules', 'digest-elements');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The tags with a define subpath each; which others it defines is the browser test's to check. */
const TAGS = ['source-badge', 'source-stack', 'story-card', 'related-rail', 'story-digest'];
const ALL_TAGS = [...TAGS].sort();

/** Where packed files may come from; anything else in the tarball is a mistake. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^(SECURITY|BENCHMARKS)\.md$/,
  /^docs\/[\w-]+\.md$/,
  /^custom-elements\.json$/,
  /^vscode\.html-custom-data\.json$/,
  /^web-types\.json$/,
  /^schema\/[\w.-]+\.json$/,
  /^dist\/digest-elements\.(js|iife\.js|css)$/,
  /^dist\/contract\.js$/,
  /^dist\/(source-badge|source-stack|story-card|related-rail|story-digest)\.js$/,
  /^dist\/chunks\/[\w.-]+\.js$/,
  /^dist\/(sri|preload)\.json$/,
  /^dist\/lib\/.+\.(js|d\.ts)(\.map)?$/,
  /^dist\/types\/[\w-]+\.d\.ts$/,
  /^src\/.+\.(ts|css)$/,
];
const FORBIDDEN = [/(^|\/)test\//, /\.test\./, /\.stories\./, /(^|\/)node_modules\//, /^src\/.*\.d\.ts$/];

let failures = 0;
const fail = (message) => {
  failures += 1;
  console.error(`  ✗ ${message}`);
};
const ok = (message) => console.log(`  ✓ ${message}`);
const step = (title) => console.log(`\n${title}`);

for (const built of [
  'dist/lib/digest-elements.js',
  'dist/types/react.d.ts',
  'dist/sri.json',
  'web-types.json',
]) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`check-package: ${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

// 1. Pack.
step('npm pack');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(PROJECT, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const files = new Set(packed.files.map((file) => file.path));
console.log(
  `  ${packed.filename}: ${files.size} files, ${(packed.size / 1024).toFixed(1)} KB packed, ` +
    `${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`,
);
for (const file of files) {
  if (!ALLOWED.some((pattern) => pattern.test(file)) || FORBIDDEN.some((pattern) => pattern.test(file))) {
    fail(`${file} does not belong in the package`);
  }
}
const targets = new Set();
const collect = (value) => {
  if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
  collect(pkg[field]);
}
(pkg.sideEffects ?? []).filter((path) => path.startsWith('./dist/')).forEach(collect);
const missing = [...targets].filter((target) => !files.has(target));
if (missing.length > 0)
  missing.forEach((target) => fail(`${target} is named in package.json but not packed`));
else ok(`every file named by exports, sideEffects and the entry fields is packed (${targets.size})`);
for (const tag of TAGS) {
  if (!pkg.sideEffects.includes(`./dist/lib/define/${tag}.js`))
    fail(`sideEffects does not list define/${tag}.js`);
}

// 2. Install.
step('install into a throwaway project');
writeFileSync(
  join(PROJECT, 'package.json'),
  JSON.stringify({ name: 'digest-elements-package-check', private: true, type: 'module' }, null, 2),
);
const install = spawnSync(
  'npm',
  [
    'install',
    '--offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--no-package-lock',
    '--loglevel=error',
    join(OUT, packed.filename),
  ],
  { cwd: PROJECT, encoding: 'utf8' },
);
if (install.status === 0 && existsSync(join(INSTALLED, 'package.json'))) {
  ok('npm install --offline of the tarball (Lit from the npm cache)');
} else {
  console.log('  npm install --offline failed (Lit not in the npm cache?); unpacking the tarball instead:');
  console.log(`  ${(install.stderr || install.stdout).trim().split('\n').slice(-3).join('\n  ')}`);
  rmSync(join(PROJECT, 'node_modules'), { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  execFileSync('tar', ['-xzf', join(OUT, packed.filename), '-C', INSTALLED, '--strip-components=1']);
  ok('unpacked into .package/project/node_modules/digest-elements (Lit resolves from this repository)');
}

// 3. Node imports.
step('import in Node');
/** Runs an ES module in a fresh Node process inside the project; returns what it printed as JSON. */
function run(name, source) {
  const file = join(PROJECT, `${name}.mjs`);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], { cwd: PROJECT, encoding: 'utf8' });
  if (result.status !== 0) {
    fail(`${name}: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 6).join('\n    ')}`);
    return undefined;
  }
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const data = run(
  'data',
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const contract = await import('digest-elements/contract');
const cdnContract = await import('digest-elements/cdn/contract.js');
const read = (subpath) => require('digest-elements/' + subpath);
const schema = read('schema/article.schema.json');
const manifest = read('custom-elements.json');
const vscode = read('vscode.html-custom-data.json');
const webTypes = read('web-types.json');
const sri = read('sri.json');
const own = read('package.json');
const { value } = contract.normalizeArticle({ title: ' A  story ', url: 'javascript:alert(1)' });
console.log(JSON.stringify({
  contract: typeof contract.normalizeArticle === 'function' && value.title === 'A story' && value.url === undefined,
  cdnContract: cdnContract.adaptArticle({ '@type': 'NewsArticle', headline: 'A story' })?.title === 'A story',
  schema: schema.$schema,
  manifestTags: manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName).sort(),
  vscodeTags: vscode.tags.map((tag) => tag.name).sort(),
  webTypesTags: webTypes.contributions.html.elements.map((element) => element.name).sort(),
  sri: Object.values(sri).every((value) => /^sha384-[A-Za-z0-9+/]{64}$/.test(value)) && Object.keys(sri).length,
  name: own.name,
}));`,
);
if (data) {
  if (data.contract) ok('digest-elements/contract normalizes without a DOM');
  else fail('digest-elements/contract did not normalize as expected');
  if (data.cdnContract) ok('digest-elements/cdn/contract.js adapts JSON-LD without a DOM');
  else fail('digest-elements/cdn/contract.js did not adapt JSON-LD as expected');
  if (/json-schema\.org/.test(data.schema ?? '')) ok('digest-elements/schema/article.schema.json');
  else fail('the schema is not a JSON Schema');
  for (const key of ['manifestTags', 'vscodeTags', 'webTypesTags']) {
    if (JSON.stringify(data[key]) === JSON.stringify(ALL_TAGS)) ok(`${key}: ${data[key].length} elements`);
    else fail(`${key} lists ${data[key]}, expected ${ALL_TAGS}`);
  }
  // Every CDN file: the entries, their chunks, the classic script and the stylesheet.
  const cdnFiles = [...files].filter((file) => /^dist\/(chunks\/)?[\w.-]+\.(js|css)$/.test(file)).length;
  if (data.sri === cdnFiles) ok(`digest-elements/sri.json holds a sha384 value per CDN file (${cdnFiles})`);
  else fail(`digest-elements/sri.json holds ${data.sri} sha384 values for ${cdnFiles} CDN files`);
  if (data.name !== pkg.name) fail('digest-elements/package.json is not ours');
}

const SHIM = `import '@lit-labs/ssr/lib/install-global-dom-shim.js';\n`;
const defined = `console.log(JSON.stringify(${JSON.stringify(ALL_TAGS)}.filter((tag) => customElements.get(tag))));`;
for (const subpath of ['.', ...TAGS]) {
  const specifier = subpath === '.' ? 'digest-elements' : `digest-elements/${subpath}`;
  const tags = run(
    `define-${subpath === '.' ? 'all' : subpath}`,
    `${SHIM}await import('${specifier}');\n${defined}`,
  );
  if (!tags) continue;
  const expected = subpath === '.' ? ALL_TAGS : [subpath];
  if (expected.every((tag) => tags.includes(tag))) ok(`${specifier} defines <${tags.join('>, <')}>`);
  else fail(`${specifier} defines ${JSON.stringify(tags)}, not ${JSON.stringify(expected)}`);
}
const classes = run(
  'classes',
  `${SHIM}const names = {};
for (const tag of ${JSON.stringify(ALL_TAGS)}) {
  const module = await import('digest-elements/' + tag + '/class');
  names[tag] = Object.keys(module);
}
const cdn = await import('digest-elements/cdn/digest-elements.js');
console.log(JSON.stringify({ names, tags: ${JSON.stringify(ALL_TAGS)}.filter((tag) => customElements.get(tag)), cdn: typeof cdn.StoryCard, cdnContract: 'adaptArticle' in cdn }));`,
);
if (classes) {
  const cdnDefines =
    classes.tags.length === ALL_TAGS.length && classes.cdn === 'function' && !classes.cdnContract;
  if (Object.values(classes.names).every((names) => names.length > 0))
    ok('each <tag>/class subpath exports its class');
  else fail(`a class subpath exports nothing: ${JSON.stringify(classes.names)}`);
  if (cdnDefines)
    ok(
      'digest-elements/cdn/digest-elements.js loads in Node and defines every element (no contract functions)',
    );
  else fail(`the CDN bundle did not define every element: ${JSON.stringify(classes)}`);
}
const classOnly = run(
  'class-only',
  `${SHIM}for (const tag of ${JSON.stringify(ALL_TAGS)}) await import('digest-elements/' + tag + '/class');\n${defined}`,
);
if (classOnly) {
  if (classOnly.length === 0) ok('the <tag>/class subpaths define nothing');
  else fail(`the class subpaths defined ${classOnly}`);
}

// Server rendering needs the optional peer @lit-labs/ssr, here found in this repository's node_modules.
const ssr = run(
  'ssr',
  `const ssr = await import('digest-elements/ssr');
console.log(JSON.stringify(Object.keys(ssr).filter((name) => typeof ssr[name] === 'function')));`,
);
if (ssr?.length > 0) ok(`digest-elements/ssr loads in Node (${ssr.join(', ')})`);
else if (ssr) fail('digest-elements/ssr exports no functions');

// 4. Types.
step('type-check test/types against the package');
const fixtures = join(PROJECT, 'types');
mkdirSync(fixtures, { recursive: true });
for (const file of readdirSync(join(ROOT, 'test', 'types'))) {
  copyFileSync(join(ROOT, 'test', 'types', file), join(fixtures, file));
}
const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  // Our own .d.ts files are checked; the frameworks' are theirs to keep consistent.
  skipLibCheck: false,
  types: [],
};
for (const [resolution, module] of [
  ['bundler', 'ESNext'],
  ['nodenext', 'NodeNext'],
]) {
  const config = join(PROJECT, `tsconfig.${resolution}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module, moduleResolution: resolution },
      include: ['types'],
    }),
  );
  const tsc = spawnSync(process.execPath, [TSC, '-p', config], { cwd: PROJECT, encoding: 'utf8' });
  const errors = (tsc.stdout + tsc.stderr)
    .split('\n')
    // Errors inside the frameworks' own type files are not ours to fix.
    .filter((line) => line.trim() !== '' && !/^(\.\.\/)*node_modules\/(?!digest-elements\/)/.test(line));
  if (errors.length === 0) ok(`tsc (moduleResolution ${resolution}): ${readdirSync(fixtures).join(', ')}`);
  else fail(`tsc (moduleResolution ${resolution}):\n    ${errors.join('\n    ')}`);
}

console.log(failures === 0 ? '\npackage check passed' : `\npackage check: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
