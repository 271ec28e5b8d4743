// A wtr reporter that records how many tests passed and failed, for the closing line CI reads.
import { writeFileSync } from 'node:fs';

export const COUNT_FILE = new URL('../node_modules/.cache/cit-test-count.json', import.meta.url);

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += 1;
      }
      writeFileSync(COUNT_FILE, JSON.stringify(totals));
    },
  };
}
