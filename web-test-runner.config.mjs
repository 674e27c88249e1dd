import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// Flags for a headless Chromium on a machine with no network; root needs --no-sandbox.
const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export default {
  files: ['test/**/*.test.ts'],
  // Test the production build of Lit that ships, without dev-mode console noise.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  browsers: [chromeLauncher({ launchOptions: { args: chromeArgs } })],
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
