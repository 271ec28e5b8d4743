import { defineConfig } from 'vite';
import { hostilePagePlugin, nullPrototypeLiteralsPlugin } from './scripts/hostile-page-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// Two builds of one entry: a classic script (IIFE, global `CitWidgets`) for the one-tag embed, and
// an ES module. Every dependency is inside both: a clinic page has no bundler.
export default defineConfig({
  plugins: [hostilePagePlugin(), nullPrototypeLiteralsPlugin(), minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      name: 'CitWidgets',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'iife' ? 'cit-widgets.js' : 'cit-widgets.mjs'),
    },
    minify: true,
    rolldownOptions: {
      // `extend`: the classic script assigns `window.CitWidgets` instead of declaring `var CitWidgets`,
      // which is a SyntaxError (and no kit at all) on a page with its own `let`/`const CitWidgets`.
      output: { minify: true, comments: false, extend: true },
    },
  },
  // Lit's production build: no dev-mode warnings or checks in the shipped bytes.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
});
