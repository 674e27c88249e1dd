// Builds the apps in examples/ against the package exactly as npm ships it, after `npm run build`:
//
// 1. the packed tarball (check-package's, when fresh; else `npm pack` with scripts ignored: no
//    rebuild) unpacked into examples/.package/digest-elements/ (gitignored);
// 2. each Vite app (react, vue, svelte) built with its own vite.config.js, plus one alias that an
//    app installing from npm does not need: 'digest-elements' names the unpacked package folder,
//    so Vite resolves `import 'digest-elements'` through the packed package.json's `exports`. The
//    package's own `import 'lit'` then resolves by walking up from examples/.package/ to this
//    repository's node_modules/lit, as it would from an app's node_modules;
// 3. the WordPress-style page copied with the packed classic bundle and stylesheet beside it.
//
// Output: examples/<name>/dist/ (gitignored). test/examples/examples.test.ts opens each one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const PACKAGE = join(EXAMPLES, '.package', 'digest-elements');
const VITE_APPS = ['react', 'vue', 'svelte'];

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

for (const built of ['dist/lib/digest-elements.js', 'dist/digest-elements.iife.js']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`examples: ${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

// 1. Pack and unpack. `npm test` has just packed the package (scripts/check-package.mjs leaves the
//    tarball in .package/): that tarball is used when it is newer than the build, so the test run
//    packs once. Otherwise the package is packed here.
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const checked = join(ROOT, '.package', `${name}-${version}.tgz`);
const builtAt = Math.max(
  ...['dist/lib/digest-elements.js', 'dist/digest-elements.iife.js'].map(
    (file) => statSync(join(ROOT, file)).mtimeMs,
  ),
);
const scratch = mkdtempSync(join(tmpdir(), 'digest-elements-examples-'));
try {
  let tarball = checked;
  if (!existsSync(checked) || statSync(checked).mtimeMs < builtAt) {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    tarball = join(scratch, packed.filename);
  }
  rmSync(join(EXAMPLES, '.package'), { recursive: true, force: true });
  mkdirSync(PACKAGE, { recursive: true });
  // npm tarballs hold one top folder, package/.
  execFileSync('tar', ['-xzf', tarball, '-C', PACKAGE, '--strip-components=1']);
  console.log(
    `examples: ${tarball === checked ? 'unpacked .package/' : 'packed'} ${basename(tarball)} into examples/.package/`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. The Vite apps.
for (const name of VITE_APPS) {
  const root = join(EXAMPLES, name);
  const configFile = join(root, 'vite.config.js');
  await build({
    root,
    configFile: existsSync(configFile) ? configFile : false,
    base: './',
    logLevel: 'warn',
    resolve: { alias: [{ find: /^digest-elements(?=\/|$)/, replacement: PACKAGE }] },
    build: { outDir: 'dist', emptyOutDir: true },
  });
  console.log(`examples: ${name} built (${elapsed()})`);
}

// 3. The WordPress-style page: no build step, just the files a theme would upload.
const wordpress = join(EXAMPLES, 'wordpress', 'dist');
rmSync(wordpress, { recursive: true, force: true });
mkdirSync(wordpress, { recursive: true });
cpSync(join(EXAMPLES, 'wordpress', 'index.html'), join(wordpress, 'index.html'));
for (const file of ['digest-elements.iife.js', 'digest-elements.css']) {
  cpSync(join(PACKAGE, 'dist', file), join(wordpress, file));
}
console.log(`examples: wordpress copied; all four in examples/*/dist/ (${elapsed()})`);
