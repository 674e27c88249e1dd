import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

// The two CDN bundles: one self-contained ES module and the same as a classic script, both with
// Lit inside. The npm build (ES modules with Lit as a dependency) is tsc's, see tsconfig.build.json.
/** Ships the optional reserve stylesheet next to the bundles, without its comments and indentation. */
const reserveStylesheet = (): Plugin => ({
  name: 'reserve-stylesheet',
  generateBundle(options) {
    if (options.format !== 'es') return;
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

/** Records each module's share of the ES bundle, so the size report can name what costs what. */
const moduleSizes = (): Plugin => ({
  name: 'module-sizes',
  generateBundle(options, bundle) {
    if (options.format !== 'es') return;
    const sizes: Record<string, number> = {};
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      for (const [id, module] of Object.entries(output.modules)) sizes[id] = module.renderedLength;
    }
    mkdirSync(dirname(MODULE_SIZES), { recursive: true });
    writeFileSync(MODULE_SIZES, JSON.stringify(sizes));
  },
});

export default defineConfig({
  plugins: [minifyTemplates(), reserveStylesheet(), moduleSizes()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    lib: {
      entry: 'src/digest-elements.ts',
      name: 'DigestElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'digest-elements.js' : 'digest-elements.iife.js'),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
