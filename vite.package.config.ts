import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { hostilePagePlugin, nullPrototypeLiteralsPlugin } from './scripts/hostile-page-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// The npm package's ES modules (dist/esm/), for apps that have a bundler: one entry per export of
// package.json, shared code in chunks, and the runtime dependencies (lit, @lit/context, zod) left
// as imports so that the app's bundler dedupes them with its own copies. The builds for pages
// (scripts/build-kit.mjs with vite.config.ts: the one-tag loader, its chunks, the all-in-one files)
// bundle them instead: a clinic's page has no bundler.
//
// The hostile-page patches of Lit and zod target files in node_modules, so with the dependencies
// external they find nothing to patch here (and the plugin's own check passes: no patched package
// is in this build); npm users get upstream Lit and zod (README, "With npm").

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies ?? {});
/** `lit`, `lit/decorators.js`, `zod/mini` …: every import of a runtime dependency, or of a subpath of one. */
const isDependency = (id: string): boolean => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** package.json's `exports` (but the type-only ones) → their sources in src/. */
export const ENTRIES = {
  index: 'src/index.ts',
  engine: 'src/engine.ts',
  clinic: 'src/clinic.ts',
  'candidacy-check': 'src/candidacy-check.ts',
  'recovery-timeline': 'src/recovery-timeline.ts',
  'session-planner': 'src/session-planner.ts',
  'types-only': 'src/types-only.ts',
} as const;

export default defineConfig({
  // The same plugins as vite.config.ts: those that harden the kit's own code (src/), such as its
  // null-prototype object literals, apply here as there; the dependencies' patches find nothing.
  plugins: [hostilePagePlugin(), nullPrototypeLiteralsPlugin(), minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    // Its own output folder, emptied each time; the other build's files are left alone.
    outDir: 'dist/esm',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    // Readable code: the app's bundler minifies it with the rest of the app.
    minify: false,
    rolldownOptions: {
      external: isDependency,
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: false },
    },
  },
});
