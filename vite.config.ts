import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

// The two CDN bundles: one self-contained ES module and the same as a classic script, both with
// Lit inside. The npm build (ES modules with Lit as a dependency) is tsc's, see tsconfig.build.json.
export default defineConfig({
  plugins: [minifyTemplates()],
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
