// Bytes of the one-tag embed, compressed as a server would send it; fails over the budget.
// The budget only comes down: the kit's goal is 20 000 bytes gzip for everything.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_GZIP = 28_000;
const GOAL_GZIP = 20_000;

const file = 'dist/cit-widgets.js';
let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`${file} is missing: run npm run build first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pad = (n) => String(n).padStart(7);
console.log(`${file}
  minified ${pad(code.length)} bytes
  gzip -9  ${pad(gzip)} bytes   (budget ${BUDGET_GZIP}, goal ${GOAL_GZIP})
  brotli   ${pad(brotli)} bytes`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget by ${gzip - BUDGET_GZIP} bytes gzip. See where the bytes go: node scripts/bytes-by-module.mjs`);
  process.exit(1);
}
console.log(`Within budget: ${BUDGET_GZIP - gzip} bytes to spare.`);
