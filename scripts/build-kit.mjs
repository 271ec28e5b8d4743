// Builds what a clinic's page loads, in three steps sharing vite.config.ts:
//   1. dist/cit-widgets/: ES module chunks, one entry per element (and the engine), the code they
//      share split out once, content-hashed names;
//   2. dist/cit-widgets.js: the one-tag classic loader (src/loader.ts), told each element's chunk;
//   3. dist/cit-widgets.all.js (classic) and dist/cit-widgets.mjs (ES module): everything in one
//      file, for sites that cannot serve a folder.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline', 'cit-session-planner'];
const CHUNK_FOLDER = 'cit-widgets';
const quiet = { configFile: 'vite.config.ts', logLevel: 'warn' };
// Rolldown's own options: minified, no comments.
const output = { minify: true, comments: false };

/** A language's chunks named for what they hold: `fr.cit-candidacy-check-<hash>.js`, `fr.shared-<hash>.js`. */
const languageChunkName = (chunk) => {
  const match = /\/src\/(?:elements\/([^/]+)|i18n)\/messages\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId?.replaceAll('\\', '/') ?? '');
  return match ? `${match[2]}.${match[1] ?? 'shared'}-[hash].js` : '[name]-[hash].js';
};

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
    rolldownOptions: { output: { ...output, entryFileNames: '[name]-[hash].js', chunkFileNames: languageChunkName, codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } } },
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

// The all-in-one files have English inside; another language comes from its chunks in the
// cit-widgets/ folder beside them when the site serves one (else English and a warning). Each
// `import('./messages/<code>.ts')` that Vite's `import.meta.glob` wrote becomes an import of that
// language's chunk by URL, relative to the script (the classic file) or the module (the .mjs).
const MESSAGES_FILE = /\/src\/(?:elements\/[^/]+|i18n)\/messages\/[\w-]+\.ts$/;
const languageChunks = new Map(
  files
    .filter((file) => file.type === 'chunk' && file.facadeModuleId && MESSAGES_FILE.test(file.facadeModuleId.replaceAll('\\', '/')))
    .map((file) => [file.facadeModuleId.replaceAll('\\', '/'), file.fileName]),
);
if (!languageChunks.size) throw new Error('build-kit: no language chunk found');
const languagesByUrl = (baseCode) => ({
  name: 'cit-languages-by-url',
  enforce: 'post',
  resolveId: (id) => (id === 'virtual:cit-base' ? '\0cit-base' : null),
  load: (id) => (id === '\0cit-base' ? baseCode : null),
  transform(code, id) {
    const from = id.replaceAll('\\', '/');
    if (!from.includes('/src/') || !code.includes('/messages/')) return null;
    let changed = false;
    const rewritten = code.replace(/import\(\s*(["'])(\.[^"']*\/messages\/[\w-]+\.ts)\1\s*\)/g, (whole, quote, relative) => {
      const target = path.posix.join(path.posix.dirname(from), relative);
      const fileName = languageChunks.get(target);
      if (!fileName) this.error(`build-kit: no chunk for ${target}`);
      changed = true;
      return `import(/* @vite-ignore */ new URL(${JSON.stringify(`${CHUNK_FOLDER}/${fileName}`)}, __citBase).href)`;
    });
    return changed ? { code: `import { base as __citBase } from 'virtual:cit-base';\n${rewritten}`, map: null } : null;
  },
});
const classicBase = 'const script = document.currentScript;\nexport const base = script instanceof HTMLScriptElement && script.src ? script.src : location.href;';
const moduleBase = `export const base = new URL('.', import.meta.url).href;`;
// In one file, code loaded on demand is simply there: a static import, not an inlined lazy module
// (which Rolldown wraps, costing bytes and start-up for nothing).
/** The modules loaded with import() that the all-in-one file has inside: which file loads which module, for which export. */
const ON_DEMAND = [
  ['/src/elements/calendar.ts', '../core/ics.js', 'toICS'],
  ['/src/elements/cit-clinic/cit-clinic.ts', '../../i18n/clinic-messages.js', 'readClinicMessages'],
  ['/src/elements/cit-clinic/cit-clinic.ts', '../../core/protocol-reader.js', 'parseProtocol'],
];
const onDemandInline = {
  name: 'cit-on-demand-inline',
  transform(code, id) {
    const found = ON_DEMAND.filter(([file]) => id.replaceAll('\\', '/').endsWith(file));
    if (!found.length) return null;
    for (const [file, module, name] of found) {
      const lazy = new RegExp(`import\\(\\s*["'\`]${module.replaceAll('.', '\\.')}["'\`]\\s*\\)`);
      if (!lazy.test(code)) this.error(`build-kit: ${file} no longer loads ${module} with import(): update ON_DEMAND`);
      code = `import { ${name} as __cit_${name} } from '${module}';\n${code.replace(lazy, `Promise.resolve({ ${name}: __cit_${name} })`)}`;
    }
    return { code, map: null };
  },
};
await build({
  ...quiet,
  plugins: [languagesByUrl(classicBase), onDemandInline],
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
  plugins: [languagesByUrl(moduleBase)],
  build: {
    outDir: 'dist',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'cit-widgets.mjs' },
    rolldownOptions: { output: { ...output, codeSplitting: false } },
  },
});
