// Builds what a clinic's page loads, in three steps sharing vite.config.ts:
//   1. dist/cit-widgets/: ES module chunks, one entry per element (and the engine), the code they
//      share split out once, content-hashed names;
//   2. dist/cit-widgets.js: the one-tag classic loader (src/loader.ts), told each element's chunk;
//   3. dist/cit-widgets.all.js (classic) and dist/cit-widgets.mjs (ES module): everything in one
//      file, for sites that cannot serve a folder.
import { rmSync } from 'node:fs';
import { build } from 'vite';

const TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline', 'cit-session-planner'];
const CHUNK_FOLDER = 'cit-widgets';
const quiet = { configFile: 'vite.config.ts', logLevel: 'warn' };
// Rolldown's own options: minified, no comments.
const output = { minify: true, comments: false };

rmSync(`dist/${CHUNK_FOLDER}`, { recursive: true, force: true });
const chunks = await build({
  ...quiet,
  build: {
    outDir: `dist/${CHUNK_FOLDER}`,
    lib: {
      entry: Object.fromEntries(TAGS.map((name) => [name, `src/entries/${name}.ts`])),
      formats: ['es'],
    },
    // The code two or more elements share in one chunk: fewer files is fewer round trips on a slow
    // connection (HTTP/1.1 fetches six at a time), for a few hundred bytes some pages do not use.
    rolldownOptions: { output: { ...output, entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js', codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } } },
  },
});
// The engine for a page's own code (`CitWidgets.engine()`): one module of its own, so that its
// imports (the calendar writer among them) do not pull code into the elements' shared chunk.
const engineBuild = await build({
  ...quiet,
  build: {
    outDir: `dist/${CHUNK_FOLDER}`,
    lib: { entry: { engine: 'src/entries/engine.ts' }, formats: ['es'] },
    rolldownOptions: { output: { ...output, entryFileNames: '[name]-[hash].js', codeSplitting: false } },
  },
});
const files = [chunks, engineBuild].flatMap((built) => (Array.isArray(built) ? built : [built])).flatMap((result) => result.output);
const entry = (name) => {
  const chunk = files.find((file) => file.type === 'chunk' && file.isEntry && file.name === name);
  if (!chunk) throw new Error(`build-kit: no chunk for ${name}`);
  return `${CHUNK_FOLDER}/${chunk.fileName}`;
};
/**
 * An element's chunk and every chunk it imports statically, entry first: the loader asks for all
 * of them at once, so a slow network pays one round trip, not one per level of imports.
 */
const withImports = (name) => {
  const byName = new Map(files.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file]));
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry(name).slice(CHUNK_FOLDER.length + 1));
  return [...seen].map((fileName) => `${CHUNK_FOLDER}/${fileName}`);
};

await build({
  ...quiet,
  define: {
    __CIT_CHUNKS__: JSON.stringify(Object.fromEntries(TAGS.map((tag) => [tag, withImports(tag)]))),
    __CIT_ENGINE__: JSON.stringify(entry('engine')),
  },
  build: {
    outDir: 'dist',
    lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'CitWidgetsLoader', fileName: () => 'cit-widgets.js' },
    rolldownOptions: { output },
  },
});

// The all-in-one classic file has English inside; another language comes from that language's
// chunk in the cit-widgets/ folder beside it when the site serves one (else English and a warning).
const languageChunks = files.filter((file) => file.type === 'chunk' && file.facadeModuleId?.replaceAll('\\', '/').includes('/src/i18n/languages/'));
const languagesByUrl = {
  name: 'cit-languages-by-url',
  enforce: 'pre',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/i18n/languages.ts')) return null;
    const entries = languageChunks.map((file) => `${JSON.stringify(file.name)}: () => import(/* @vite-ignore */ new URL(${JSON.stringify(`${CHUNK_FOLDER}/${file.fileName}`)}, base).href)`);
    return `const script = document.currentScript;\nconst base = script instanceof HTMLScriptElement && script.src ? script.src : location.href;\nexport const LANGUAGES = { ${entries.join(', ')} };`;
  },
};
if (!languageChunks.length) throw new Error('build-kit: no language chunk found');
// In one file, code loaded on demand is simply there: a static import, not an inlined lazy module
// (which Rolldown wraps, costing bytes and start-up for nothing).
const onDemandInline = {
  name: 'cit-on-demand-inline',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/elements/calendar.ts')) return null;
    const lazy = /import\(\s*["'`]\.\.\/core\/ics\.js["'`]\s*\)/;
    if (!lazy.test(code)) this.error('build-kit: calendar.ts no longer loads the .ics writer with import(): update onDemandInline');
    return { code: `import { toICS as __citToICS } from '../core/ics.js';\n${code.replace(lazy, 'Promise.resolve({ toICS: __citToICS })')}`, map: null };
  },
};
await build({
  ...quiet,
  plugins: [languagesByUrl, onDemandInline],
  build: {
    outDir: 'dist',
    lib: { entry: 'src/index.ts', name: 'CitWidgets', formats: ['iife'], fileName: () => 'cit-widgets.all.js' },
    // `extend`: the classic script assigns `window.CitWidgets` instead of declaring `var CitWidgets`,
    // which is a SyntaxError (and no kit at all) on a page with its own `let`/`const CitWidgets`.
    rolldownOptions: { output: { ...output, extend: true } },
  },
});
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'cit-widgets.mjs' },
    rolldownOptions: { output: { ...output, codeSplitting: false } },
  },
});
