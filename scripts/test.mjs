// Runs every browser test in Chromium and ends with the line CI reads: `N passed, N failed`.
import { existsSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { COUNT_FILE } from './count-reporter.mjs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}.
The tests run in a real browser. Install Debian's Chromium:
    sudo apt-get install -y chromium
or point CHROME_PATH at a Chromium or Chrome binary:
    CHROME_PATH=/path/to/chrome npm test`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(new URL('.', COUNT_FILE), { recursive: true });
rmSync(COUNT_FILE, { force: true });
const run = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});

let totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
if (existsSync(COUNT_FILE)) totals = JSON.parse(readFileSync(COUNT_FILE, 'utf8'));
// Skipped tests are not allowed in this project: count them as failures, as are files that broke.
const failed = totals.failed + totals.skipped + totals.sessionErrors;
const ok = run.status === 0 && failed === 0 && totals.passed > 0;
console.log(`${totals.passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
