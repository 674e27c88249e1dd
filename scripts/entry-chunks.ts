import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Where the build writes each CDN entry's static chunks, for `modulepreload` hints. */
export const PRELOAD_FILE = 'preload.json';

/** Every chunk `entry` needs before it runs: its static imports, transitively, in load order. */
function staticChunks(entry: OutputChunk, bundle: OutputBundle): string[] {
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (seen.has(name) || imported?.type !== 'chunk') continue;
      seen.add(name);
      visit(imported);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * Makes each CDN entry import every chunk it needs itself, so the browser learns the whole list
 * from the entry and fetches it in one round trip, not one round trip per level of imports
 * (Rollup's `hoistTransitiveImports`, which Rolldown does not have). Also writes the list per
 * entry to dist/preload.json, from which a page's `modulepreload` hints are written.
 */
export function entryChunks(): Plugin {
  return {
    name: 'digest-entry-chunks',
    apply: 'build',
    generateBundle(options, bundle) {
      if (options.format !== 'es') return;
      const preload: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const needed = staticChunks(chunk, bundle);
        const missing = needed.filter((name) => !chunk.imports.includes(name));
        // After the entry's own imports, so the order in which chunks run stays Rolldown's.
        chunk.code += missing.map((name) => `import"./${name}";`).join('');
        preload[chunk.fileName] = needed;
      }
      this.emitFile({
        type: 'asset',
        fileName: PRELOAD_FILE,
        source: `${JSON.stringify(preload, null, 2)}\n`,
      });
    },
  };
}
