// Builds the Vue example (`npm run build:examples`) into examples/vue/dist.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  plugins: [
    vue({
      // Without it Vue tries to resolve `<nsiw-events>` as a Vue component and warns on every render.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('nsiw-') } },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2021' },
});
