// Subresource Integrity for the files a page loads from a CDN: prints each one's sha384 hash and
// writes them to dist/cit-widgets.sri.json (shipped in the package), for `<script integrity>`.
// Run by `npm run build` after the bundles; scripts/readme-tables.mjs writes the classic script's
// hash into the README's snippets, and fails with --check when they no longer match the file.
//
// Which files: the one-tag loader (dist/cit-widgets.js), the chunks it imports from
// dist/cit-widgets/, and the all-in-one files (dist/cit-widgets.all.js, dist/cit-widgets.mjs). A
// hash covers one file: the loader's integrity does not cover the chunks it imports.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CLASSIC_SCRIPT = 'dist/cit-widgets.js';
const FILES = [CLASSIC_SCRIPT, 'dist/cit-widgets.all.js', 'dist/cit-widgets.mjs'];
const CHUNKS = 'dist/cit-widgets';
export const SRI_JSON = 'dist/cit-widgets.sri.json';

/** The `integrity` value of a file: `sha384-` and the base64 of its SHA-384 digest. */
export function integrity(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** The files a CDN page may load, those that exist, in a stable order. */
export function sriFiles(root = '.') {
  const files = FILES.filter((f) => existsSync(join(root, f)));
  const walk = (dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.m?js$/.test(name) ? [path] : [];
      });
  if (existsSync(join(root, CHUNKS))) files.push(...walk(join(root, CHUNKS)).map((p) => relative(root, p)));
  return files;
}

/** The jsDelivr address of a file of the published package, at this version. */
export const cdnUrl = (version, file) => `https://cdn.jsdelivr.net/npm/cit-widgets@${version}/${file}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = sriFiles();
  if (!files.includes(CLASSIC_SCRIPT)) {
    console.error(`${CLASSIC_SCRIPT} is missing: build it first (npm run build).`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const hashes = Object.fromEntries(files.map((f) => [f, integrity(f)]));
  writeFileSync(SRI_JSON, `${JSON.stringify({ version, files: hashes }, null, 2)}\n`);
  for (const [file, hash] of Object.entries(hashes)) console.log(`${hash}  ${cdnUrl(version, file)}`);
}
