import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { entryChunks } from './scripts/entry-chunks.js';
import { minifyTemplates } from './scripts/minify-templates.js';

// The CDN builds, with Lit inside. The ES build has one entry per element plus the whole library,
// sharing content-hashed chunks (Lit, the base class, the parts) and loading what only some pages
// need (languages, the `src` loader, the format adapters) as chunks of their own. The classic script
// (for CMSs that cannot load modules) and the contract's entry are self-contained files, each
// built in a pass of its own.
// The npm build (ES modules with Lit as a dependency) is tsc's, see tsconfig.build.json.

/** The CDN entries: file name in dist/ (without `.js`) → source module. */
export const CDN_ENTRIES = {
  'digest-elements': 'src/define/all.ts',
  'source-badge': 'src/define/source-badge.ts',
  'source-stack': 'src/define/source-stack.ts',
  'story-card': 'src/define/story-card.ts',
  'related-rail': 'src/define/related-rail.ts',
  'story-digest': 'src/define/story-digest.ts',
};

/** The contract's CDN entry (`dist/contract.js`), one self-contained file: see `selfContained`. */
export const CDN_CONTRACT = 'src/contract/index.ts';

/** Ships the optional reserve stylesheet next to the bundles, without its comments and indentation. */
const reserveStylesheet = (): Plugin => ({
  name: 'reserve-stylesheet',
  generateBundle() {
    const source = readFileSync('src/digest-elements.css', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*([{}:;,])\s*/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    this.emitFile({ type: 'asset', fileName: 'digest-elements.css', source });
  },
});

/** Where scripts/size.mjs finds how much of the bundle each source module takes. */
const MODULE_SIZES = 'node_modules/.cache/digest-elements/module-sizes.json';

/** Records each module's share of the self-contained bundle, so the size report can name what costs what. */
const moduleSizes = (): Plugin => ({
  name: 'module-sizes',
  generateBundle(_options, bundle) {
    const sizes: Record<string, number> = {};
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      for (const [id, module] of Object.entries(output.modules)) sizes[id] = module.renderedLength;
    }
    mkdirSync(dirname(MODULE_SIZES), { recursive: true });
    writeFileSync(MODULE_SIZES, JSON.stringify(sizes));
  },
});

/** One self-contained file in dist/, built in a pass of its own from `lib`. */
const buildAlone = (lib: LibraryOptions, plugins: Plugin[] = []) =>
  build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplates(), ...plugins],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib,
      rolldownOptions: { output: { minify: true } },
    },
  });

/**
 * Builds, once the ES build is written and into the same folder, the files that share no chunk
 * with it: the classic script (the npm main: every element and the contract) and the contract's
 * own ES entry, `dist/contract.js` (pure functions, every adapter, no Lit). Were the contract an
 * entry of the ES build, the normalizer and format detection it shares with the elements would
 * become chunks of their own that every element page fetches before its first render.
 */
const selfContained = (): Plugin => ({
  name: 'self-contained',
  apply: 'build',
  async closeBundle() {
    await buildAlone(
      {
        entry: 'src/digest-elements.ts',
        name: 'DigestElements',
        formats: ['iife'],
        fileName: () => 'digest-elements.iife.js',
      },
      [moduleSizes()],
    );
    await buildAlone({ entry: CDN_CONTRACT, formats: ['es'], fileName: () => 'contract.js' });
  },
});

export default defineConfig({
  plugins: [minifyTemplates(), reserveStylesheet(), entryChunks(), selfContained()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    lib: { entry: CDN_ENTRIES, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        // The text helpers every adapter shares are a chunk of their own, apart from the field
        // readers, so that each shared chunk stays within the budget of one lazy chunk.
        codeSplitting: { groups: [{ name: 'text', test: /\/src\/contract\/adapters\/text\.ts$/ }] },
        // Language chunks say so in their name, for the size report's per-language budget, and
        // adapter chunks (loaded when data needs one) say so too; the chunk every entry shares
        // (Lit, the base class) is the core.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/i18n/languages/')
            ? 'chunks/lang-[name]-[hash].js'
            : chunk.moduleIds.some((id) => id.includes('/src/element/digest-element.ts'))
              ? 'chunks/core-[hash].js'
              : chunk.moduleIds.every((id) => id.includes('/src/contract/adapters/'))
                ? 'chunks/adapter-[name]-[hash].js'
                : 'chunks/[name]-[hash].js',
      },
    },
  },
});
