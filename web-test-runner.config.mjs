import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { hostilePages } from './test/support/hostile-pages.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testServer } from './test/support/test-server.mjs';

// Flags for a headless Chromium on a machine with no network; root needs --no-sandbox.
const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test pages run as background tabs: keep their timers, frames and observers running.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  // The leak tests collect garbage (gc()) and read exact heap sizes (performance.memory).
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export default {
  files: ['test/**/*.test.ts'],
  // Test the production build of Lit that ships, without dev-mode console noise.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: { args: chromeArgs },
      // One window per test page: a background tab is a hidden page, where Chrome runs no frames,
      // scroll events or intersection observers, and the rail's tests need all three.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  middleware: [testServer, hostilePages],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json' })],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
