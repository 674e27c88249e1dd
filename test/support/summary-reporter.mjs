/**
 * Web Test Runner's own summary line carries a progress bar; CI and people reading logs want
 * one plain closing line: "N passed, N failed".
 */
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no failed test of its own, but
        // must not pass silently: it counts as one failure.
        if (!session.passed && totals.failed === failedBefore) totals.failed++;
      }
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      line = `${totals.passed} passed, ${totals.failed} failed${skipped}`;
    },
    // The default reporter redraws its progress area until the very end, so the plain line is
    // written as the process exits (stdout is synchronous for files, pipes and terminals on Linux).
    start() {
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
  };
}
