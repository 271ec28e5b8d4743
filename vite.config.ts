import { defineConfig } from 'vite';
import { hostilePagePlugin, nullPrototypeLiteralsPlugin } from './scripts/hostile-page-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// What every build of the kit shares (the chunks, the one-tag loader, the all-in-one file:
// scripts/build-kit.mjs runs them) and what Storybook merges in. Every dependency is inside each
// build: a clinic page has no bundler.
export default defineConfig({
  plugins: [hostilePagePlugin(), nullPrototypeLiteralsPlugin(), minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    reportCompressedSize: false,
    minify: true,
  },
  // Lit's production build: no dev-mode warnings or checks in the shipped bytes.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
});
