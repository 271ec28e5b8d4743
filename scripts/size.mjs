// Bytes of script each kind of page loads, every file compressed alone (as a browser fetches
// them): the one-tag loader, the chunk of each element on the page and everything those import
// statically (shared code counted once); never the chunks loaded only on demand (import()).
// Each budget is a ratchet: it only comes down. The targets are issue 15's.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { fileURLToPath } from 'node:url';
import { chunkLists } from './kit-chunks.mjs';

const DIST = new URL('../dist/', import.meta.url);
let chunkOf;
function chunks() {
  // Each element's own chunk: the first of the loader's list for it.
  chunkOf ??= Object.fromEntries(Object.entries(chunkLists(DIST)).map(([tag, [first]]) => [tag, first]));
  return chunkOf;
}

/** [page, tags on it, budget (ratchet), target]. */
export const PAGES = [
  ['clinic + candidacy check', ['cit-clinic', 'cit-candidacy-check'], 35_600, 20_000],
  ['clinic + recovery timeline', ['cit-clinic', 'cit-recovery-timeline'], 36_550, 20_000],
  ['clinic + session planner', ['cit-clinic', 'cit-session-planner'], 38_180, 20_000],
  ['clinic + all three widgets', ['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline', 'cit-session-planner'], 52_870, 32_000],
];
// Raised by 100 when the calendar writer became a chunk of its own (every page above came down
// ~670), and the timeline's by ~100 for working out the "can I" panel only when it opens or prints.
// Pages came down 230–460 when the protocol reader became a chunk loaded only for a clinic with a
// protocol and the widgets stopped checking their own input twice; the all-in-one file, which holds
// both the checking engine API and the widgets' direct paths (and so gains nothing), rose by about 400.
// Then +60 on planner pages: the planner no longer judges (and re-renders) a refused entry again
// when the patient leaves the field after Enter.
// Then +60 on planner pages (+85 all-in-one): a tap that redraws the whole plan lets the browser
// paint the tap first (its interaction to next paint went from ~120 ms to ~30 ms at 4× CPU).
// Then every page down ~150: each element's check of a clinic's own wording moved into the chunk
// loaded only for a clinic with "messages"; the all-in-one file, which holds both, rose 24.
// Then +10 there (pages had the room): the localize controller sets its own fields, so a page's
// `Object.prototype.pending` can no longer make every widget wait for ever.
const ALL_IN_ONE = ['all-in-one file (cit-widgets.all.js, English inside)', 49_980, 34_000];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const read = (file) => readFileSync(new URL(file, DIST));

/** A chunk and every chunk it imports statically, as paths under dist/. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file).toString();
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+)["'`]/g)) closure(folder + spec.slice(2), seen);
  return seen;
}

export function pageFiles(tags) {
  const files = new Set(['cit-widgets.js']);
  for (const tag of tags) for (const file of closure(chunks()[tag])) files.add(file);
  return [...files];
}

const pad = (n) => String(n).padStart(7);
/** [page, files, gzip, brotli, budget, target] for each page type, and the files loaded only on demand with their gzip bytes. */
export function pageBytes() {
  const rows = [];
  for (const [page, tags, budget, target] of PAGES) {
    const files = pageFiles(tags);
    const bytes = files.reduce((sum, file) => sum + gzip(read(file)), 0);
    const br = files.reduce((sum, file) => sum + brotli(read(file)), 0);
    rows.push([page, files.length, bytes, br, budget, target]);
  }
  const code = read('cit-widgets.all.js');
  rows.push([ALL_IN_ONE[0], 1, gzip(code), brotli(code), ALL_IN_ONE[1], ALL_IN_ONE[2]]);
  const onDemand = readdirSync(new URL(`cit-widgets/`, DIST))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `cit-widgets/${f}`)
    .filter((f) => !PAGES.some(([, tags]) => pageFiles(tags).includes(f)))
    .map((f) => [f, gzip(read(f))]);
  return { rows, onDemand };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) report();

function report() {
let failed = false;
const { rows, onDemand } = pageBytes();

console.log('script bytes by page type (each file gzip -9 alone; brotli 11)');
for (const [page, count, bytes, br, budget, target] of rows) {
  const over = bytes > budget;
  failed ||= over;
  console.log(`  ${page.padEnd(40)} ${String(count).padStart(2)} files ${pad(bytes)} gzip ${pad(br)} brotli   budget ${budget}, target ${target}${over ? `   OVER BUDGET by ${bytes - budget}` : ''}`);
}
const languages = new Map();
for (const [file, bytes] of onDemand) {
  const language = /^cit-widgets\/([\w-]+)\.(shared|cit-[a-z-]+)-/.exec(file);
  if (!language) console.log(`  on demand: ${file.padEnd(44)} ${pad(bytes)} gzip`);
  else languages.set(language[1], [...(languages.get(language[1]) ?? []), [language[2], bytes]]);
}
// A language's cost on a page: its shared words plus the messages of each element shown in it.
for (const [code, parts] of languages) {
  const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`  on demand, language ${code.padEnd(8)} ${pad(total)} gzip for all three widgets (${parts.map(([part, bytes]) => `${part} ${bytes}`).join(', ')})`);
}
if (failed) {
  console.error('Over budget. See where the bytes go: node scripts/bytes-by-module.mjs');
  process.exit(1);
}
}
