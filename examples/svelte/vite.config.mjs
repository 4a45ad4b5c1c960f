// Builds the Svelte example (`npm run build:examples`) into examples/svelte/dist.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2021' },
});
