// What `npm pack` would publish, checked and measured (run after `npm run build`):
// - everything a user needs is in it: the licence, README, changelog, manifest, the classic script
//   loader with its chunks and the all-in-one files, the npm build (dist/esm), the types, every file
//   package.json's `main`, `module`, `types` and `exports` point to, and every file a packed script
//   loads (the loader's chunks, each chunk's relative imports);
// - nothing else: every file matches one of the patterns below (no source maps, no src/, no tests);
// - its size, by group, and its compressed size against a budget (a ratchet, like size.mjs's): the
//   sum of every file compressed alone (gzip -9). The tarball's own gzip size is shown too, but it
//   moves by ±3 kB from one build to the next with no change of content (chunk names carry content
//   hashes, and the order of files in the tarball follows them), so it cannot hold a ratchet.
// `npm run size:pack`; `--json` prints the figures as JSON.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes of the packed tarball (gzip), a ratchet that only comes down: measured 284 174 for 0.1.0
 * (105 files: the one-tag loader's chunks and the all-in-one file of issue 15 beside the npm
 * build), with a little headroom; then 303 030 once the engine for page code (`CitWidgets.engine()`)
 * became a module of its own beside the chunks (so it pulls nothing into the widgets' shared chunk);
 * 425 000 with ten languages (issue 16), themes and the setup page's needs; 428 500 once the
 * protocol reader and the checking engine API became modules of their own, with the README and
 * BENCHMARKS that explain them (427 774 measured; the build now empties dist/types first, so no
 * type file of an old layout is packed). From 2026-12-02 the budget holds the sum of the files each
 * compressed alone instead (the tarball's size depends on the order of its files): 527 200 (527 111 measured
 * with this session's README and CHANGELOG).
 */
const BUDGET_PACKED = 527_200;

/** Every file the package may hold, and the group it is counted in. */
const ALLOWED = [
  [/^(LICENSE|README\.md|CHANGELOG\.md|package\.json)$/, 'docs and package.json'],
  [/^custom-elements\.json$/, 'custom-elements.json'],
  [/^dist\/cit-widgets(\.all)?\.(js|mjs)$|^dist\/cit-widgets\/[^/]+\.js$|^dist\/cit-widgets\.sri\.json$/, 'for pages (loader and its chunks, all-in-one files, SRI hashes)'],
  [/^dist\/esm\/.+\.js$/, 'npm build (dist/esm)'],
  [/^dist\/types\/.+\.d\.ts$/, 'types (dist/types)'],
];

/** Files that must be there whatever the build's chunking. */
const REQUIRED = [
  'LICENSE',
  'README.md',
  'CHANGELOG.md',
  'package.json',
  'custom-elements.json',
  'dist/cit-widgets.js',
  'dist/cit-widgets.all.js',
  'dist/cit-widgets.mjs',
  'dist/cit-widgets.sri.json',
  'dist/types/index.d.ts',
  'dist/types/frameworks/elements.d.ts',
];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every path package.json points to: main, module, types, and the targets of `exports` (a `*` pattern: at least one file under it). */
function pointedTo() {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set(targets.filter(Boolean).map((t) => t.replace(/^\.\//, '')))];
}

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const paths = new Set(packed.files.map((f) => f.path));
const problems = [];

for (const file of packed.files) if (!ALLOWED.some(([pattern]) => pattern.test(file.path))) problems.push(`not meant to be published: ${file.path}`);
for (const file of REQUIRED) if (!paths.has(file)) problems.push(`missing: ${file}`);
for (const target of pointedTo()) {
  if (target.includes('*')) {
    const prefix = target.slice(0, target.indexOf('*'));
    if (![...paths].some((p) => p.startsWith(prefix))) problems.push(`package.json points to ${target}, which matches nothing in the package`);
  } else if (!paths.has(target)) problems.push(`package.json points to ${target}, which is not in the package (run npm run build?)`);
}
if (pkg.private) problems.push('package.json is private: it cannot be published');
if (!pkg.license || !/^MIT$/.test(pkg.license)) problems.push(`licence is ${pkg.license ?? 'missing'}, not MIT`);

// Every file a packed script loads must be packed too: the chunks the one-tag loader
// and the all-in-one files name (`cit-widgets/…js`, beside them), and each relative import of a
// chunk or of dist/esm.
for (const file of packed.files.filter((f) => /^dist\/.+\.m?js$/.test(f.path))) {
  const code = readFileSync(file.path, 'utf8');
  const folder = file.path.slice(0, file.path.lastIndexOf('/'));
  const wanted = [
    ...[...code.matchAll(/["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g)].map((m) => join(folder, m[1])),
    ...(/^dist\/cit-widgets(\.all)?\.m?js$/.test(file.path) ? [...code.matchAll(/["'`](cit-widgets\/[^"'`]+\.js)["'`]/g)].map((m) => join('dist', m[1])) : []),
  ];
  for (const path of wanted) if (!paths.has(path)) problems.push(`${file.path} loads ${path}, which is not in the package`);
}

/** Every packed file compressed alone: what the package weighs, in any order of its files. */
const compressed = packed.files.reduce((sum, file) => sum + gzipSync(readFileSync(file.path), { level: 9 }).length, 0);

const groups = new Map(ALLOWED.map(([, name]) => [name, { files: 0, bytes: 0 }]));
for (const file of packed.files) {
  const group = ALLOWED.find(([pattern]) => pattern.test(file.path))?.[1];
  if (!group) continue;
  groups.get(group).files++;
  groups.get(group).bytes += file.size;
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ file: packed.filename, packed: packed.size, compressed, unpacked: packed.unpackedSize, files: packed.entryCount, budget: BUDGET_PACKED, groups: Object.fromEntries(groups) }, null, 2));
} else {
  const pad = (n, w = 9) => String(n).padStart(w);
  console.log(`${packed.filename}: ${packed.entryCount} files`);
  for (const [name, g] of groups) console.log(`  ${pad(g.bytes)} bytes in ${pad(g.files, 3)} files  ${name}`);
  console.log(`  ${pad(packed.unpackedSize)} bytes unpacked
  ${pad(packed.size)} bytes packed (the tarball, gzip)
  ${pad(compressed)} bytes with each file compressed alone (gzip -9)   (budget ${BUDGET_PACKED})`);
}
if (compressed > BUDGET_PACKED) problems.push(`the package is over budget by ${compressed - BUDGET_PACKED} bytes (each file compressed alone)`);
if (problems.length) {
  for (const p of problems) console.error(`npm pack: ${p}`);
  process.exit(1);
}
console.log(`Package contents as intended; ${BUDGET_PACKED - compressed} bytes under the budget.`);
