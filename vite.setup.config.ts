// The setup page (setup/): a static folder, dist/setup/, that a clinic or the project can host
// anywhere. It carries a copy of the built kit (kit/) for its preview, so it needs nothing else.
// Run after the kit's own build (npm run build does both).
import { cpSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { snippetChunks } from './scripts/kit-chunks.mjs';
import { cdnUrl as cdnAddress, CLASSIC_SCRIPT, integrity as sri } from './scripts/sri.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// The same hash and address as scripts/sri.mjs gives the README's CDN snippets.
const integrity = sri(CLASSIC_SCRIPT);
const cdnUrl = cdnAddress(pkg.version, CLASSIC_SCRIPT);
// The files the loader fetches for each element (and those a clinic's settings make certain), for
// the snippet's preload hints, with their hashes.
const chunks = snippetChunks();
const chunkIntegrity = Object.fromEntries(
  [...new Set(Object.values(chunks).flat())].map((file) => [file, sri(`dist/${file}`)]),
);

/** The built kit beside the page, for the preview: the one-tag script and its folder of chunks. */
const copyKit = (): Plugin => ({
  name: 'cit-setup-copy-kit',
  apply: 'build',
  closeBundle() {
    cpSync('dist/cit-widgets.js', 'dist/setup/kit/cit-widgets.js');
    cpSync('dist/cit-widgets', 'dist/setup/kit/cit-widgets', { recursive: true, filter: (source) => !source.endsWith('.map') });
  },
});

export default defineConfig({
  root: 'setup',
  base: './',
  plugins: [copyKit()],
  define: {
    __CIT_CDN_URL__: JSON.stringify(cdnUrl),
    __CIT_INTEGRITY__: JSON.stringify(integrity),
    __CIT_VERSION__: JSON.stringify(pkg.version),
    __CIT_CHUNKS__: JSON.stringify(chunks),
    __CIT_CHUNK_INTEGRITY__: JSON.stringify(chunkIntegrity),
  },
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
  logLevel: 'warn',
  build: {
    outDir: '../dist/setup',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { index: 'setup/index.html', preview: 'setup/preview.html' } },
  },
});
