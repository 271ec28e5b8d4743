// A wtr reporter that records how many tests passed and failed, for the closing line CI reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the totals go: scripts/test.mjs gives each engine's run a file in its temporary folder. */
export const COUNT_FILE = process.env.CIT_COUNT_FILE || fileURLToPath(new URL('../node_modules/.cache/cit-test-count.json', import.meta.url));

function count(suite, totals, file) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
    totals.durations.push([test.duration ?? 0, `${file}: ${test.name}`]);
  }
  for (const child of suite.suites ?? []) count(child, totals, file);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, durations: [] };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals, session.testFile);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += 1;
      }
      // CIT_SLOWEST=N lists the N slowest tests, to see where a run's time goes.
      const slowest = Number(process.env.CIT_SLOWEST) || 0;
      for (const [ms, name] of totals.durations.sort((a, b) => b[0] - a[0]).slice(0, slowest)) console.log(`${String(ms).padStart(6)} ms  ${name}`);
      delete totals.durations;
      mkdirSync(dirname(COUNT_FILE), { recursive: true });
      writeFileSync(COUNT_FILE, JSON.stringify(totals));
    },
  };
}
