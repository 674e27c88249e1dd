// One Lighthouse mobile performance run of a URL, for bench:page and the entry comparison.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const run = promisify(execFile);

/**
 * The JSON report of one run (Lighthouse 12.2.3, Debian's Chromium, simulated mobile);
 * `selfSigned` for the bench server's CDN mode.
 */
export async function runLighthouse(url, { selfSigned = false } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'digest-lh-'));
  const output = join(directory, 'report.json');
  try {
    await run(
      'npx',
      [
        '-y',
        'lighthouse@12.2.3',
        url,
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=--headless=new --no-sandbox${selfSigned ? ' --ignore-certificate-errors' : ''}`,
        '--only-categories=performance',
        '--form-factor=mobile',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
