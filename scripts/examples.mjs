// Builds every app in examples/ against the packed package, the way a user installs it: `npm test`
// runs scripts/check-package.mjs first, which packs the package and installs the tarball into
// .package/project. Each app then imports 'digest-elements' from that installation.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const installed = resolve('.package/project/node_modules/digest-elements');
if (!existsSync(join(installed, 'package.json'))) {
  console.error('examples: run `node scripts/check-package.mjs` first (it installs the packed package).');
  process.exit(1);
}

// Inside this repository 'digest-elements' would name the repository itself (a package may import
// itself by name): point it at the installed package's own entry, read from its exports map.
const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const entry = join(installed, exports['.'].default);

const apps = {
  react: [],
  vue: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  svelte: [svelte()],
};

const started = performance.now();
for (const [name, plugins] of Object.entries(apps)) {
  await build({
    configFile: false,
    root: resolve('examples', name),
    base: './',
    logLevel: 'warn',
    plugins,
    resolve: { alias: [{ find: /^digest-elements$/, replacement: entry }] },
    build: { outDir: 'dist', emptyOutDir: true },
  });
}

// The WordPress-style page has no build: it takes the package's classic bundle and stylesheet.
const wordpress = resolve('examples/wordpress/dist');
rmSync(wordpress, { recursive: true, force: true });
mkdirSync(wordpress, { recursive: true });
cpSync(resolve('examples/wordpress/index.html'), join(wordpress, 'index.html'));
for (const file of ['digest-elements.iife.js', 'digest-elements.css']) {
  cpSync(join(installed, 'dist', file), join(wordpress, file));
}

console.log(
  `examples: react, vue, svelte and wordpress built in ${Math.round(performance.now() - started)} ms`,
);
