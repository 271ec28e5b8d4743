import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must know the kit's tags are custom elements, not Vue components it failed to find.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cit-') } } })],
});
